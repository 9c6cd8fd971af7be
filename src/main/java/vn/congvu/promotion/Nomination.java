package vn.congvu.promotion;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An official put forward for a promotion round: their eligibility as judged when nominated (the conditions, each
 * "CODE:STATUS"), then their score (or the council's votes) and outcome.
 */
@Entity
@Table(name = "nomination", schema = "promotion")
class Nomination {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long examId;

	private long officialId;

	private String fullName;

	private String currentRankCode;

	private boolean eligible;

	private String conditions;

	private String nominatedBy;

	private boolean absent;

	private @Nullable BigDecimal score;

	private @Nullable Integer votesFor;

	private @Nullable Integer votesCast;

	private @Nullable Integer members;

	private @Nullable String markedBy;

	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	private PromotionRanking.@Nullable Verdict verdict;

	private @Nullable Integer ranking;

	private @Nullable String reasonCode;

	private @Nullable Long actionId;

	@Version
	private long version;

	@SuppressWarnings("NullAway")
	protected Nomination() {
	}

	Nomination(long examId, long officialId, String fullName, String currentRankCode, Eligibility eligibility,
			String nominatedBy) {
		this.examId = examId;
		this.officialId = officialId;
		this.fullName = fullName;
		this.currentRankCode = currentRankCode;
		this.eligible = eligibility.eligible();
		this.conditions = String.join(",",
				eligibility.conditions().stream().map(c -> c.code() + ":" + c.status().name()).toList());
		this.nominatedBy = nominatedBy;
	}

	long id() {
		return java.util.Objects.requireNonNull(id);
	}

	long officialId() {
		return officialId;
	}

	boolean eligible() {
		return eligible;
	}

	boolean marked() {
		return absent || score != null || votesFor != null;
	}

	void mark(boolean absent, @Nullable BigDecimal score, String by) {
		this.absent = absent;
		this.score = absent ? null : score;
		this.markedBy = by;
	}

	void vote(int votesFor, int votesCast, int members, String by) {
		this.votesFor = votesFor;
		this.votesCast = votesCast;
		this.members = members;
		this.markedBy = by;
	}

	boolean absent() {
		return absent;
	}

	@Nullable BigDecimal score() {
		return score;
	}

	@Nullable Integer votesFor() {
		return votesFor;
	}

	@Nullable Integer votesCast() {
		return votesCast;
	}

	@Nullable Integer members() {
		return members;
	}

	void outcome(PromotionRanking.Verdict verdict, @Nullable Integer ranking, String reasonCode) {
		this.verdict = verdict;
		this.ranking = ranking;
		this.reasonCode = reasonCode;
	}

	PromotionRanking.Entry entry() {
		return new PromotionRanking.Entry(officialId, eligible, absent, score, votesFor, votesCast, members);
	}

	PromotionRanking.@Nullable Verdict verdict() {
		return verdict;
	}

	void promoted(long actionId) {
		this.actionId = actionId;
	}

	NominationView view() {
		return new NominationView(id(), examId, officialId, fullName, currentRankCode, eligible,
				List.of(conditions.split(",")), absent, score, votesFor, votesCast, members, verdict, ranking, reasonCode,
				actionId, version);
	}

}
