package vn.congvu.organization.web;

import org.jspecify.annotations.Nullable;

/** The staffing-quota page's form, as typed. */
class QuotaForm {

	private @Nullable Integer year;

	private @Nullable Integer civilServants;

	private @Nullable Integer publicEmployees;

	private @Nullable Long version;

	private @Nullable String decisionNumber;

	private @Nullable String decisionDate;

	private @Nullable String decisionIssuer;

	public @Nullable Integer getYear() { return year; }
	public void setYear(@Nullable Integer year) { this.year = year; }
	public @Nullable Integer getCivilServants() { return civilServants; }
	public void setCivilServants(@Nullable Integer civilServants) { this.civilServants = civilServants; }
	public @Nullable Integer getPublicEmployees() { return publicEmployees; }
	public void setPublicEmployees(@Nullable Integer publicEmployees) { this.publicEmployees = publicEmployees; }
	public @Nullable Long getVersion() { return version; }
	public void setVersion(@Nullable Long version) { this.version = version; }
	public @Nullable String getDecisionNumber() { return decisionNumber; }
	public void setDecisionNumber(@Nullable String decisionNumber) { this.decisionNumber = decisionNumber; }
	public @Nullable String getDecisionDate() { return decisionDate; }
	public void setDecisionDate(@Nullable String decisionDate) { this.decisionDate = decisionDate; }
	public @Nullable String getDecisionIssuer() { return decisionIssuer; }
	public void setDecisionIssuer(@Nullable String decisionIssuer) { this.decisionIssuer = decisionIssuer; }

}
