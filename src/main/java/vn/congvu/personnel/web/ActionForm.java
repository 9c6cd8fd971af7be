package vn.congvu.personnel.web;

import org.jspecify.annotations.Nullable;

/** A personnel decision as typed on its page: text as typed, so that a mistyped value stays to be corrected. */
public class ActionForm {

	private @Nullable String kind;

	private @Nullable String effectiveDate;

	private @Nullable String endDate;

	private @Nullable String unitId;

	private @Nullable String category;

	private @Nullable String rankCode;

	private @Nullable String salaryStep;

	private @Nullable String stepStart;

	private boolean outOfSequence;

	private @Nullable String positionTitle;

	private @Nullable String positionCode;

	private @Nullable String cancelsActionId;

	private @Nullable String note;

	private @Nullable String decisionNumber;

	private @Nullable String decisionDate;

	private @Nullable String decisionIssuer;

	private @Nullable String signer;

	private @Nullable String legalBasis;

	public @Nullable String getKind() {
		return kind;
	}

	public void setKind(@Nullable String kind) {
		this.kind = kind;
	}

	public @Nullable String getEffectiveDate() {
		return effectiveDate;
	}

	public void setEffectiveDate(@Nullable String effectiveDate) {
		this.effectiveDate = effectiveDate;
	}

	public @Nullable String getEndDate() {
		return endDate;
	}

	public void setEndDate(@Nullable String endDate) {
		this.endDate = endDate;
	}

	public @Nullable String getUnitId() {
		return unitId;
	}

	public void setUnitId(@Nullable String unitId) {
		this.unitId = unitId;
	}

	public @Nullable String getCategory() {
		return category;
	}

	public void setCategory(@Nullable String category) {
		this.category = category;
	}

	public @Nullable String getRankCode() {
		return rankCode;
	}

	public void setRankCode(@Nullable String rankCode) {
		this.rankCode = rankCode;
	}

	public @Nullable String getSalaryStep() {
		return salaryStep;
	}

	public void setSalaryStep(@Nullable String salaryStep) {
		this.salaryStep = salaryStep;
	}

	public @Nullable String getStepStart() {
		return stepStart;
	}

	public void setStepStart(@Nullable String stepStart) {
		this.stepStart = stepStart;
	}

	public boolean isOutOfSequence() {
		return outOfSequence;
	}

	public void setOutOfSequence(boolean outOfSequence) {
		this.outOfSequence = outOfSequence;
	}

	public @Nullable String getPositionTitle() {
		return positionTitle;
	}

	public void setPositionTitle(@Nullable String positionTitle) {
		this.positionTitle = positionTitle;
	}

	public @Nullable String getPositionCode() {
		return positionCode;
	}

	public void setPositionCode(@Nullable String positionCode) {
		this.positionCode = positionCode;
	}

	public @Nullable String getCancelsActionId() {
		return cancelsActionId;
	}

	public void setCancelsActionId(@Nullable String cancelsActionId) {
		this.cancelsActionId = cancelsActionId;
	}

	public @Nullable String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}

	public @Nullable String getDecisionNumber() {
		return decisionNumber;
	}

	public void setDecisionNumber(@Nullable String decisionNumber) {
		this.decisionNumber = decisionNumber;
	}

	public @Nullable String getDecisionDate() {
		return decisionDate;
	}

	public void setDecisionDate(@Nullable String decisionDate) {
		this.decisionDate = decisionDate;
	}

	public @Nullable String getDecisionIssuer() {
		return decisionIssuer;
	}

	public void setDecisionIssuer(@Nullable String decisionIssuer) {
		this.decisionIssuer = decisionIssuer;
	}

	public @Nullable String getSigner() {
		return signer;
	}

	public void setSigner(@Nullable String signer) {
		this.signer = signer;
	}

	public @Nullable String getLegalBasis() {
		return legalBasis;
	}

	public void setLegalBasis(@Nullable String legalBasis) {
		this.legalBasis = legalBasis;
	}

}
