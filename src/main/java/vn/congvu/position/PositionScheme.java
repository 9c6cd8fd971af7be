package vn.congvu.position;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.congvu.shared.ConflictException;
import vn.congvu.shared.DecisionRef;

/**
 * One version of a unit's job-position scheme. Its content changes only while it is a draft; it is submitted by the
 * unit (or by Home Affairs on its behalf), approved under a decision by someone else than the submitter, and superseded
 * when the next version is approved. The checks of content and authority are {@link PositionSchemeBook}'s; this class
 * keeps the life cycle.
 */
@Entity
@Table(name = "scheme", schema = "position")
class PositionScheme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long unitId;

	private int versionNo;

	private @Nullable Long revisesId;

	@Enumerated(EnumType.STRING)
	private SchemeStatus status;

	private String title;

	private LocalDate appliesFrom;

	private @Nullable LocalDate appliesTo;

	private String createdBy;

	private Instant createdAt;

	private @Nullable String submittedBy;

	private @Nullable Long submittedByUnitId;

	private @Nullable Instant submittedAt;

	private @Nullable String returnedNote;

	@Embedded
	private @Nullable DecisionRef decision;

	private @Nullable String signer;

	private @Nullable String approvedBy;

	private @Nullable Instant approvedAt;

	@ElementCollection
	@CollectionTable(name = "job_position", schema = "position", joinColumns = @JoinColumn(name = "scheme_id"))
	@OrderColumn(name = "sort_order")
	private List<JobPosition> positions = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "rank_share", schema = "position", joinColumns = @JoinColumn(name = "scheme_id"))
	@OrderColumn(name = "sort_order")
	private List<RankShare> rankShares = new ArrayList<>();

	@Version
	private long version;

	@SuppressWarnings("NullAway")
	protected PositionScheme() {
	}

	PositionScheme(long unitId, int versionNo, @Nullable Long revisesId, SchemeContent content, String createdBy,
			Instant createdAt) {
		this.unitId = unitId;
		this.versionNo = versionNo;
		this.revisesId = revisesId;
		this.status = SchemeStatus.DRAFT;
		this.title = content.title();
		this.appliesFrom = content.appliesFrom();
		this.positions = new ArrayList<>(content.positions());
		this.rankShares = new ArrayList<>(content.rankShares());
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("not saved yet");
		}
		return id;
	}

	long unitId() {
		return unitId;
	}

	int versionNo() {
		return versionNo;
	}

	SchemeStatus status() {
		return status;
	}

	long version() {
		return version;
	}

	LocalDate appliesFrom() {
		return appliesFrom;
	}

	@Nullable String submittedBy() {
		return submittedBy;
	}

	@Nullable Long submittedByUnitId() {
		return submittedByUnitId;
	}

	SchemeContent content() {
		return new SchemeContent(title, appliesFrom, List.copyOf(positions), List.copyOf(rankShares));
	}

	void edit(SchemeContent content) {
		requireStatus(SchemeStatus.DRAFT, "position.scheme.notDraft");
		this.title = content.title();
		this.appliesFrom = content.appliesFrom();
		if (!positions.equals(content.positions())) {
			this.positions.clear();
			this.positions.addAll(content.positions());
		}
		if (!rankShares.equals(content.rankShares())) {
			this.rankShares.clear();
			this.rankShares.addAll(content.rankShares());
		}
	}

	void submit(String by, @Nullable Long byUnitId, Instant at) {
		requireStatus(SchemeStatus.DRAFT, "position.scheme.notDraft");
		this.status = SchemeStatus.SUBMITTED;
		this.submittedBy = by;
		this.submittedByUnitId = byUnitId;
		this.submittedAt = at;
		this.returnedNote = null;
	}

	void returnToDraft(String note) {
		requireStatus(SchemeStatus.SUBMITTED, "position.scheme.notSubmitted");
		this.status = SchemeStatus.DRAFT;
		this.returnedNote = note;
	}

	void approve(DecisionRef decision, String signer, LocalDate effectiveFrom, String by, Instant at) {
		requireStatus(SchemeStatus.SUBMITTED, "position.scheme.notSubmitted");
		this.status = SchemeStatus.APPROVED;
		this.decision = decision;
		this.signer = signer;
		this.appliesFrom = effectiveFrom;
		this.approvedBy = by;
		this.approvedAt = at;
	}

	/** Ends an approved version the day before {@code nextFrom}, when the next approved version takes over. */
	void supersede(LocalDate nextFrom) {
		requireStatus(SchemeStatus.APPROVED, "position.scheme.notApproved");
		this.status = SchemeStatus.SUPERSEDED;
		this.appliesTo = nextFrom;
	}

	private void requireStatus(SchemeStatus wanted, String messageCode) {
		if (status != wanted) {
			throw new ConflictException(messageCode, versionNo, status.name());
		}
	}

	SchemeView view(String unitName) {
		return new SchemeView(id(), unitId, unitName, versionNo, revisesId, status, title, appliesFrom,
				appliesTo == null ? null : appliesTo.minusDays(1), createdBy, createdAt, submittedBy, submittedAt,
				returnedNote, decision, signer, approvedBy, approvedAt, List.copyOf(positions),
				List.copyOf(rankShares), version);
	}

}
