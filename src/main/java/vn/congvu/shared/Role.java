package vn.congvu.shared;

/**
 * What an account may do; what it may see is further limited by its scope (an organisation subtree).
 */
public enum Role {

	/** The operator: accounts, reference data, backups; no personnel data by default. */
	SYSTEM_ADMIN,
	/** The Department of Home Affairs (Sở Nội vụ): everything in its scope, approvals, restructuring, reports. */
	HOME_AFFAIRS,
	/** The HR officer of one agency or commune: the records and processes of its subtree. */
	UNIT_HR,
	/** Leadership: dashboards and reports of its scope, read-only. */
	LEADER,
	/** Every official: their own record. */
	OFFICIAL;

	public String authority() {
		return "ROLE_" + name();
	}

}
