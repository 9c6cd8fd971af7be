package vn.congvu.position;

/** Where a version of a job-position scheme stands: draft → submitted → approved → superseded. */
public enum SchemeStatus {

	/** Being prepared by the unit; the only state in which its content can change. */
	DRAFT,
	/** Sent for appraisal and approval; Home Affairs approves it or returns it to draft. */
	SUBMITTED,
	/** Approved by the competent authority's decision; in force from its effective date. */
	APPROVED,
	/** Replaced by the next approved version from that version's effective date. */
	SUPERSEDED;

	public boolean decided() {
		return this == APPROVED || this == SUPERSEDED;
	}

}
