package vn.congvu.personnel;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.congvu.shared.Caller;
import vn.congvu.shared.Role;

/**
 * Whose records the caller may see and change: the people of the units in their scope, judged by the database function
 * {@code organization.scope_periods} on the day that matters. The operator sees no personnel data; leaders only read;
 * an official sees their own record only, and changes it through {@link SelfService}.
 */
@Component
class PersonnelScope {

	/**
	 * What the caller may reach: {@code root} is the scope's root unit; {@code unrestricted} for the system caller
	 * (start-up, the demo, jobs: {@link vn.congvu.shared.SystemWork}); {@code nothing} for roles that see no lists of
	 * people; {@code self} is the record of the official signed in, which they alone may open this way. Nobody at all
	 * (no account, not the system) is refused by the scope guard.
	 */
	record Access(@Nullable Long root, boolean unrestricted, boolean nothing, @Nullable Long self) {

		static final Access UNRESTRICTED = new Access(null, true, false, null);

		static final Access NOTHING = new Access(null, false, true, null);

	}

	private final Officials officials;

	private final vn.congvu.organization.ScopeGuard guard;

	PersonnelScope(Officials officials, vn.congvu.organization.ScopeGuard guard) {
		this.officials = officials;
		this.guard = guard;
	}

	/** The record linked to the signed-in {@code OFFICIAL} account, if any. */
	java.util.Optional<Long> self() {
		return Caller.current()
			.filter(c -> c.role() == Role.OFFICIAL)
			.flatMap(c -> officials.findByAccountUsername(c.username()))
			.map(Official::id);
	}

	Access readable() {
		var caller = guard.reach().caller();
		if (caller == null) {
			return Access.UNRESTRICTED;
		}
		return switch (caller.role()) {
			case HOME_AFFAIRS, UNIT_HR, LEADER -> rooted(caller);
			case SYSTEM_ADMIN -> Access.NOTHING;
			case OFFICIAL -> self().map(id -> new Access(null, false, true, id)).orElse(Access.NOTHING);
		};
	}

	Access writable() {
		var caller = guard.reach("personnel records are changed by Home Affairs and unit HR", Role.HOME_AFFAIRS,
				Role.UNIT_HR).caller();
		return caller == null ? Access.UNRESTRICTED : rooted(caller);
	}

	/**
	 * Refuses a step about the caller's own record (the scope guard's rule for every module): recording an action,
	 * changing the record, linking it.
	 */
	void refuseOwnCase(long officialId) {
		guard.refuseOwnCase(guard.reach(), officialId, "personnel.official.ownCase");
	}

	/** The caller's own record, if their account is linked to one (never the system's). */
	java.util.Optional<Long> ownRecord() {
		return guard.ownRecord(guard.reach());
	}

	/** Refuses linking the caller's own account to a record: whose record is theirs, somebody else says. */
	void refuseOwnAccount(@Nullable String username) {
		guard.refuseOwnAccount(guard.reach(), username, "personnel.account.own");
	}

	private static Access rooted(Caller caller) {
		return caller.scopeUnitId() == null ? Access.NOTHING : new Access(caller.scopeUnitId(), false, false, null);
	}

}
