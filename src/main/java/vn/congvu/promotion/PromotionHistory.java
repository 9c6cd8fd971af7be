package vn.congvu.promotion;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.catalog.Catalog;
import vn.congvu.personnel.ActionKind;
import vn.congvu.personnel.Category;
import vn.congvu.personnel.PersonnelRecords;
import vn.congvu.shared.DecisionRef;

/**
 * Loads promotion rounds held before CôngVụ kept them — a province's past exams, or the demo province's — as they
 * were, through the same steps as a round run here: each nominee judged on their record by {@link EligibilityRules} on
 * the round's date, the results ranked by {@link PromotionRanking} within the quota, and each pass linked to the rank
 * change its decision made, which the official's record must already hold (effective on the decision's day, to the
 * round's rank, under its number). A round whose marks do not give the passes its decision names is refused; the
 * whole load is one transaction.
 */
@Service
public class PromotionHistory {

	/** A nominee's mark: a score out of 100 (an exam), the council's votes (a council), or absent. */
	public record PastNominee(long officialId, boolean absent, @Nullable BigDecimal score, @Nullable Integer votesFor,
			@Nullable Integer votesCast, @Nullable Integer members) {

		public static PastNominee scored(long officialId, BigDecimal score) {
			return new PastNominee(officialId, false, score, null, null, null);
		}

		public static PastNominee voted(long officialId, int votesFor, int votesCast, int members) {
			return new PastNominee(officialId, false, null, votesFor, votesCast, members);
		}

	}

	/** A round as it was held, published and decided. */
	public record PastRound(long authorityUnitId, String title, String targetRankCode, LocalDate heldOn, int quota,
			LocalDate publishedOn, DecisionRef decision, LocalDate effectiveDate, List<PastNominee> nominees) {
	}

	static final String LOADED_BY = "system";

	private final PromotionExams exams;

	private final Nominations nominations;

	private final PromotionDesk desk;

	private final PersonnelRecords records;

	private final Catalog catalog;

	private final Clock clock;

	private final jakarta.persistence.EntityManager entities;

	PromotionHistory(PromotionExams exams, Nominations nominations, PromotionDesk desk, PersonnelRecords records,
			Catalog catalog, Clock clock, jakarta.persistence.EntityManager entities) {
		this.entities = entities;
		this.exams = exams;
		this.nominations = nominations;
		this.desk = desk;
		this.records = records;
		this.catalog = catalog;
		this.clock = clock;
	}

	/** Loads the rounds; returns how many nominations were written. */
	@Transactional
	public int load(List<PastRound> rounds) {
		vn.congvu.shared.SystemWork.require("Loading past promotion rounds");
		int written = 0;
		for (var round : rounds) {
			var rank = catalog.rank(round.targetRankCode(), round.heldOn())
				.orElseThrow(() -> new IllegalArgumentException("unknown rank " + round.targetRankCode()));
			var category = rank.kind().equals("PUBLIC_EMPLOYEE_TITLE") ? Category.PUBLIC_EMPLOYEE
					: Category.CIVIL_SERVANT;
			var path = PromotionPath.of(category, round.heldOn());
			var exam = exams.saveAndFlush(new PromotionExam(round.authorityUnitId(), round.title(), path, rank.code(),
					rank.level(), round.heldOn(), round.quota(), LOADED_BY, clock.instant()));
			var byOfficial = new HashMap<Long, Nomination>();
			// the nominees' records as they stood on the day: read together, once, for the nominations, their
			// judgement and the rank changes of the passes
			var records = this.records.overviews(round.nominees().stream().map(PastNominee::officialId).toList(),
					round.heldOn());
			for (var n : round.nominees()) {
				var record = records.get(n.officialId());
				if (record == null) {
					throw new IllegalArgumentException("no official " + n.officialId());
				}
				var current = record.now() == null ? null : record.now().rankCode();
				var nomination = new Nomination(exam.id(), n.officialId(), record.official().fullName(),
						current == null ? "-" : current, desk.judge(exam, record), LOADED_BY);
				if (nomination.eligible() && path.byExam()) {
					nomination.mark(n.absent(), n.score(), LOADED_BY);
				}
				else if (nomination.eligible()) {
					if (n.votesFor() == null || n.votesCast() == null || n.members() == null) {
						throw new IllegalArgumentException(round.title() + ": a council's round needs its votes");
					}
					nomination.vote(n.votesFor(), n.votesCast(), n.members(), LOADED_BY);
				}
				byOfficial.put(n.officialId(), nomination);
			}
			// the records read to judge the nominees need not stay in the session (nor be checked at each query)
			entities.clear();
			exam.closeNominations();
			exam.publish(round.publishedOn(), LOADED_BY);
			var outcomes = PromotionRanking.rank(path, round.quota(),
					byOfficial.values().stream().map(Nomination::entry).toList(), Set.of());
			for (var o : outcomes) {
				var nomination = byOfficial.get(o.officialId());
				nomination.outcome(o.verdict(), o.rank(), o.reason());
				if (o.tied()) {
					throw new IllegalArgumentException(round.title() + ": a tie at the last place awaits the head");
				}
				if (o.passed()) {
					nomination.promoted(rankChange(records.get(o.officialId()), round));
				}
			}
			exam.decide(round.decision());
			exam = exams.saveAndFlush(exam);
			nominations.saveAllAndFlush(byOfficial.values());
			written += byOfficial.size();
		}
		return written;
	}

	/** The rank change the round's decision made in the official's record. */
	private static long rankChange(PersonnelRecords.Overview record, PastRound round) {
		return record.actions()
			.stream()
			.filter(a -> a.kind() == ActionKind.RANK_CHANGE && !a.cancelled()
					&& a.effectiveDate().equals(round.effectiveDate())
					&& round.targetRankCode().equals(a.rankCode())
					&& a.decision().number().equals(round.decision().number()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(round.title() + ": official " + record.official().id()
					+ " passed, and their record has no rank change by decision " + round.decision().number()))
			.id();
	}

}
