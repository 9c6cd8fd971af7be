package vn.congvu.personnel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import vn.congvu.shared.DecisionRef;

/**
 * One personnel action: a decision about one official, effective on a date. Never changed once recorded: a mistake is
 * corrected by a cancelling action.
 */
@Entity
@Immutable
@Table(name = "personnel_action", schema = "personnel")
class PersonnelAction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long officialId;

	private long provinceId;

	@Enumerated(EnumType.STRING)
	private ActionKind kind;

	private LocalDate effectiveDate;

	private @Nullable LocalDate endDate;

	@Embedded
	private DecisionRef decision;

	private @Nullable String signer;

	private @Nullable String legalBasis;

	private @Nullable Long unitId;

	@Enumerated(EnumType.STRING)
	private @Nullable Category category;

	private @Nullable String rankCode;

	private @Nullable String salaryScaleCode;

	private @Nullable Integer salaryStep;

	private @Nullable LocalDate stepStart;

	private @Nullable String positionTitle;

	private @Nullable String positionCode;

	private @Nullable String note;

	@Column(name = "cancels_action_id")
	private @Nullable Long cancelsActionId;

	private boolean outOfSequence;

	private Instant recordedAt;

	private String recordedBy;

	@SuppressWarnings("NullAway")
	protected PersonnelAction() {
	}

	PersonnelAction(long officialId, long provinceId, ActionRecord action, @Nullable String signer,
			@Nullable String legalBasis, @Nullable String note, Instant recordedAt, String recordedBy) {
		this.officialId = officialId;
		this.provinceId = provinceId;
		this.kind = action.kind();
		this.effectiveDate = action.effectiveDate();
		this.endDate = action.endDate();
		this.decision = action.decision();
		this.signer = signer;
		this.legalBasis = legalBasis;
		this.unitId = action.unitId();
		this.category = action.category();
		this.rankCode = action.rankCode();
		this.salaryScaleCode = action.salaryScaleCode();
		this.salaryStep = action.salaryStep();
		this.stepStart = action.stepStart();
		this.positionTitle = action.positionTitle();
		this.positionCode = action.positionCode();
		this.note = note;
		this.cancelsActionId = action.cancelsActionId();
		this.outOfSequence = action.outOfSequence();
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
	}

	long id() {
		return Objects.requireNonNull(id);
	}

	long officialId() {
		return officialId;
	}

	ActionRecord record() {
		return new ActionRecord(id(), kind, effectiveDate, endDate, decision, unitId, category, rankCode,
				salaryScaleCode, salaryStep, stepStart, positionTitle, positionCode, cancelsActionId, outOfSequence);
	}

	ActionView view(boolean cancelled) {
		return new ActionView(id(), kind, effectiveDate, endDate, decision, signer, legalBasis, unitId, category,
				rankCode, salaryScaleCode, salaryStep, stepStart, positionTitle, positionCode, note, cancelsActionId,
				outOfSequence,
				cancelled, recordedAt, recordedBy);
	}

}
