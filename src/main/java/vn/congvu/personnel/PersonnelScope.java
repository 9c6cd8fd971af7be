package vn.congvu.personnel;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.congvu.shared.Caller;
import vn.congvu.shared.Role;

/**
 * Whose records the caller may see and change: the people of the units in their scope, judged by the database function
 * {@code organization.scope_periods} on the day that matters. The operator sees no personnel data; leaders only read;
 * an official's own record comes with the record-editing work.
 */
@Component
class PersonnelScope {

	/**
	 * What the caller may reach: {@code root} is the scope's root unit; {@code unrestricted} for internal work without a
	 * signed-in caller (start-up, jobs); {@code nothing} for roles that see no personnel data.
	 */
	record Access(@Nullable Long root, boolean unrestricted, boolean nothing) {

		static final Access UNRESTRICTED = new Access(null, true, false);

		static final Access NOTHING = new Access(null, false, true);

	}

	Access readable() {
		var caller = Caller.current();
		if (caller.isEmpty()) {
			return Access.UNRESTRICTED;
		}
		return switch (caller.get().role()) {
			case HOME_AFFAIRS, UNIT_HR, LEADER -> rooted(caller.get());
			case SYSTEM_ADMIN, OFFICIAL -> Access.NOTHING;
		};
	}

	Access writable() {
		var caller = Caller.current();
		if (caller.isEmpty()) {
			return Access.UNRESTRICTED;
		}
		if (caller.get().role() != Role.HOME_AFFAIRS && caller.get().role() != Role.UNIT_HR) {
			throw new AccessDeniedException("personnel records are changed by Home Affairs and unit HR");
		}
		return rooted(caller.get());
	}

	private static Access rooted(Caller caller) {
		return caller.scopeUnitId() == null ? Access.NOTHING : new Access(caller.scopeUnitId(), false, false);
	}

}
