package vn.congvu.staffing;

/** The rules an agency's staffing is judged by; see {@link StaffingRules} for each one's legal source. */
public enum ComplianceRule {

	/** People work in the unit but it has no approved job-position scheme in force. */
	NO_APPROVED_SCHEME,
	/** A civil servant or public employee holds no position of the scheme in force. */
	NO_POSITION,
	/** The holder's rank or professional title does not match the one the position requires. */
	RANK_MISMATCH,
	/** The holder lacks a qualification the position requires. */
	QUALIFICATION,
	/** More people hold a position than its headcount. */
	OVER_HEADCOUNT,
	/** Someone holds a second position that is not a concurrent post the scheme allows. */
	SECOND_POSITION,
	/** The shares of the rank levels stray from the scheme's rank structure beyond the tolerance. */
	RANK_STRUCTURE,
	/** More people work in the unit than its staffing quota (biên chế) for the year. */
	OVER_QUOTA

}
