package vn.congvu.personnel.web;

import org.jspecify.annotations.Nullable;

/** A new official as typed on the enrolment page, with the decision that starts their career. */
public class EnrolForm {

	private @Nullable String citizenId;

	private @Nullable String fullName;

	private @Nullable String dateOfBirth;

	private boolean birthYearOnly;

	private @Nullable String sex;

	private @Nullable String ethnicGroup;

	private @Nullable String kind = "RECRUITMENT";

	private @Nullable String unitId;

	private @Nullable String category;

	private @Nullable String rankCode;

	private @Nullable String salaryStep = "1";

	private @Nullable String startDate;

	private @Nullable String decisionNumber;

	private @Nullable String decisionDate;

	private @Nullable String decisionIssuer;

	private @Nullable String signer;

	public @Nullable String getCitizenId() {
		return citizenId;
	}

	public void setCitizenId(@Nullable String citizenId) {
		this.citizenId = citizenId;
	}

	public @Nullable String getFullName() {
		return fullName;
	}

	public void setFullName(@Nullable String fullName) {
		this.fullName = fullName;
	}

	public @Nullable String getDateOfBirth() {
		return dateOfBirth;
	}

	public void setDateOfBirth(@Nullable String dateOfBirth) {
		this.dateOfBirth = dateOfBirth;
	}

	public boolean isBirthYearOnly() {
		return birthYearOnly;
	}

	public void setBirthYearOnly(boolean birthYearOnly) {
		this.birthYearOnly = birthYearOnly;
	}

	public @Nullable String getSex() {
		return sex;
	}

	public void setSex(@Nullable String sex) {
		this.sex = sex;
	}

	public @Nullable String getEthnicGroup() {
		return ethnicGroup;
	}

	public void setEthnicGroup(@Nullable String ethnicGroup) {
		this.ethnicGroup = ethnicGroup;
	}

	public @Nullable String getKind() {
		return kind;
	}

	public void setKind(@Nullable String kind) {
		this.kind = kind;
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

	public @Nullable String getStartDate() {
		return startDate;
	}

	public void setStartDate(@Nullable String startDate) {
		this.startDate = startDate;
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

}
