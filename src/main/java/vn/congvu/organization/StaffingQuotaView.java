package vn.congvu.organization;

import vn.congvu.shared.DecisionRef;

/** A unit's staffing quota for a year, with the decision that assigned it. */
public record StaffingQuotaView(long unitId, int year, int civilServants, int publicEmployees, DecisionRef decision,
		long version) {

	public int total() {
		return civilServants + publicEmployees;
	}

}
