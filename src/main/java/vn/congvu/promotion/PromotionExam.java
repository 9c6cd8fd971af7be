package vn.congvu.promotion;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.congvu.shared.ConflictException;
import vn.congvu.shared.DecisionRef;

/** A promotion round for one higher rank or title: its path, date, quota, and where it stands. */
@Entity
@Table(name = "exam", schema = "promotion")
class PromotionExam {

	enum Status {
		NOMINATING, EXAMINING, PUBLISHED, DECIDED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long authorityUnitId;

	private String title;

	@Enumerated(EnumType.STRING)
	private PromotionPath path;

	private String targetRankCode;

	private String targetLevel;

	private LocalDate heldOn;

	private int quota;

	@Enumerated(EnumType.STRING)
	private Status status;

	private @Nullable LocalDate resultsPublishedOn;

	private @Nullable String publishedBy;

	@Embedded
	private @Nullable DecisionRef decision;

	private String createdBy;

	private Instant createdAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway")
	protected PromotionExam() {
	}

	PromotionExam(long authorityUnitId, String title, PromotionPath path, String targetRankCode, String targetLevel,
			LocalDate heldOn, int quota, String createdBy, Instant createdAt) {
		this.authorityUnitId = authorityUnitId;
		this.title = title;
		this.path = path;
		this.targetRankCode = targetRankCode;
		this.targetLevel = targetLevel;
		this.heldOn = heldOn;
		this.quota = quota;
		this.status = Status.NOMINATING;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	long id() {
		return java.util.Objects.requireNonNull(id);
	}

	long authorityUnitId() {
		return authorityUnitId;
	}

	PromotionPath path() {
		return path;
	}

	String targetRankCode() {
		return targetRankCode;
	}

	String targetLevel() {
		return targetLevel;
	}

	LocalDate heldOn() {
		return heldOn;
	}

	int quota() {
		return quota;
	}

	@Nullable LocalDate resultsPublishedOn() {
		return resultsPublishedOn;
	}

	void require(Status wanted) {
		if (status != wanted) {
			throw new ConflictException("promotion.exam.wrongStatus", title, status.name(), wanted.name());
		}
	}

	void closeNominations() {
		require(Status.NOMINATING);
		status = Status.EXAMINING;
	}

	void publish(LocalDate on, String by) {
		require(Status.EXAMINING);
		if (on.isBefore(heldOn)) {
			throw new vn.congvu.shared.InvalidInputException("publishedOn", "promotion.exam.publishedBeforeHeld", heldOn);
		}
		status = Status.PUBLISHED;
		resultsPublishedOn = on;
		publishedBy = by;
	}

	void decide(DecisionRef decision) {
		require(Status.PUBLISHED);
		status = Status.DECIDED;
		this.decision = decision;
	}

	ExamView view() {
		return new ExamView(id(), authorityUnitId, title, path, targetRankCode, targetLevel, heldOn, quota, status.name(),
				resultsPublishedOn, decision, version);
	}

}
