package vn.congvu.personnel;

import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.congvu.organization.UnitDirectory;
import vn.congvu.shared.Caller;
import vn.congvu.shared.Role;

/**
 * Which units' people the caller may see: the units of their scope (through time). The operator sees no personnel
 * data; an official's own record comes with the record-editing work.
 */
@Component
class PersonnelScope {

	private final UnitDirectory units;

	PersonnelScope(UnitDirectory units) {
		this.units = units;
	}

	/** The unit ids whose people the caller may read; {@code null} for unrestricted internal work. */
	@org.jspecify.annotations.Nullable
	Long[] readable() {
		var caller = Caller.current();
		if (caller.isEmpty()) {
			return null;
		}
		return switch (caller.get().role()) {
			case HOME_AFFAIRS, UNIT_HR, LEADER -> toArray(units.scopeOf(root(caller.get())));
			case SYSTEM_ADMIN, OFFICIAL -> new Long[0];
		};
	}

	/** The unit ids whose people the caller may change; leaders only read. */
	@org.jspecify.annotations.Nullable
	Long[] writable() {
		var caller = Caller.current();
		if (caller.isEmpty()) {
			return null;
		}
		if (caller.get().role() != Role.HOME_AFFAIRS && caller.get().role() != Role.UNIT_HR) {
			throw new AccessDeniedException("personnel records are changed by Home Affairs and unit HR");
		}
		return toArray(units.scopeOf(root(caller.get())));
	}

	private static long root(Caller caller) {
		var root = caller.scopeUnitId();
		if (root == null) {
			throw new AccessDeniedException("no scope");
		}
		return root;
	}

	private static Long[] toArray(Set<Long> ids) {
		return ids.toArray(Long[]::new);
	}

	static boolean contains(Long @org.jspecify.annotations.Nullable [] scope, long unitId) {
		if (scope == null) {
			return true;
		}
		for (var id : scope) {
			if (id == unitId) {
				return true;
			}
		}
		return false;
	}

}
