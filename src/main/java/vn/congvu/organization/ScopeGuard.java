package vn.congvu.organization;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.congvu.shared.Caller;
import vn.congvu.shared.ConflictException;
import vn.congvu.shared.LinkedRecords;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.Role;
import vn.congvu.shared.SystemWork;

/**
 * The one scope guard: who is asking, which part of the organisation they reach, and the refusals every module gives
 * alike. Every module's service entry points ask it, and so do the modules to come.
 * <ul>
 * <li>A signed-in account reaches the units of its scope: the subtree under its scope unit, through time
 * ({@code organization.scope_periods}, kept in memory by {@link UnitDirectory}). An account without a scope unit
 * reaches none.</li>
 * <li>The system caller ({@link SystemWork}: start-up, the demo's load, jobs) reaches every unit.</li>
 * <li>With no caller at all, nothing is reached: the call is refused.</li>
 * <li>A record of a unit outside the reach is refused with the same answer as a record that does not exist, so that
 * nobody learns what lies outside their scope.</li>
 * <li>Nobody takes a step in their own case: a person whose account is linked to an official's record (an HR officer,
 * a Home Affairs officer and a leader are officials too) may not record, change, link, mark, nominate or decide
 * anything about that record ({@link #refuseOwnCase}), nor link their own account to a record
 * ({@link #refuseOwnAccount}): another person with the right to takes those steps, as for any official. Their own
 * record they read, and change only as an official does, through self-service.</li>
 * </ul>
 */
@Component
public class ScopeGuard {

	/**
	 * What a caller reaches: every unit ({@link #all}, the system), or the units of the subtree rooted at {@link #root}
	 * through time, or none (no root).
	 */
	public record Reach(@Nullable Caller caller, @Nullable Long root, boolean all) {

		static final Reach SYSTEM = new Reach(null, null, true);

		/** The role of the signed-in caller; empty for the system. */
		public java.util.Optional<Role> role() {
			return java.util.Optional.ofNullable(caller).map(Caller::role);
		}

		public boolean system() {
			return all;
		}

		/** Whether the signed-in caller has one of {@code roles}; the system has them all. */
		public boolean hasRole(Role... roles) {
			return all || (caller != null && Arrays.asList(roles).contains(caller.role()));
		}

	}

	private final UnitDirectory units;

	private final ObjectProvider<LinkedRecords> linkedRecords;

	ScopeGuard(UnitDirectory units, ObjectProvider<LinkedRecords> linkedRecords) {
		this.units = units;
		this.linkedRecords = linkedRecords;
	}

	/** The caller's reach; refused when nobody calls (neither a signed-in account nor the system). */
	public Reach reach() {
		var caller = Caller.current();
		if (caller.isPresent()) {
			return new Reach(caller.get(), caller.get().scopeUnitId(), false);
		}
		if (SystemWork.isCurrent()) {
			return Reach.SYSTEM;
		}
		throw new AccessDeniedException("No caller: work without a signed-in person runs as the system (SystemWork)");
	}

	/** The caller's reach, refused unless they hold one of {@code roles} (the system holds all): {@code what} says why. */
	public Reach reach(String what, Role... roles) {
		var reach = reach();
		if (!reach.hasRole(roles)) {
			throw new AccessDeniedException(what);
		}
		return reach;
	}

	/** Whether the unit is in the reach at some time (lists, and records that belong to a unit for good). */
	public boolean covers(Reach reach, long unitId) {
		return reach.all() || (reach.root() != null && units.scopeOf(reach.root()).contains(unitId));
	}

	/** Whether the unit is in the reach on {@code date}. */
	public boolean coversOn(Reach reach, long unitId, LocalDate date) {
		return reach.all() || (reach.root() != null && units.inScopeOn(reach.root(), unitId, date));
	}

	/** The units in the reach at some time, for a query; {@code null} for every unit (the system). */
	public @Nullable Set<Long> unitsEver(Reach reach) {
		if (reach.all()) {
			return null;
		}
		return reach.root() == null ? Set.of() : units.scopeOf(reach.root());
	}

	/** Refuses a unit outside the reach as one that does not exist. */
	public void requireUnit(Reach reach, long unitId) {
		if (!covers(reach, unitId)) {
			throw new NotFoundException("organization.unit.notFound", unitId);
		}
	}

	/**
	 * Refuses a record that belongs to a unit outside the reach as one that does not exist: the same
	 * {@code notFoundCode} and id as for a missing record.
	 */
	public <T> T requireRecord(Reach reach, long unitId, T record, String notFoundCode, Object id) {
		if (!covers(reach, unitId)) {
			throw new NotFoundException(notFoundCode, id);
		}
		return record;
	}

	/** The official's record that is the caller's own, if their account is linked to one; never for the system. */
	public Optional<Long> ownRecord(Reach reach) {
		var caller = reach.caller();
		var records = linkedRecords.getIfAvailable();
		if (reach.system() || caller == null || records == null) {
			return Optional.empty();
		}
		return records.officialOf(caller.username());
	}

	/**
	 * Refuses a step in the caller's own case: {@code officialId} is the record of the person the step is about. The
	 * answer is a conflict with {@code messageCode} (which says what was refused); the record itself was in reach.
	 */
	public void refuseOwnCase(Reach reach, long officialId, String messageCode, Object... arguments) {
		refuseOwnCase(reach, List.of(officialId), messageCode, arguments);
	}

	/** Refuses a step about several people (a round's nominees, a drive's recruits) when one of them is the caller. */
	public void refuseOwnCase(Reach reach, Collection<Long> officialIds, String messageCode, Object... arguments) {
		var own = ownRecord(reach);
		if (own.isPresent() && officialIds.contains(own.get())) {
			throw new ConflictException(messageCode, arguments);
		}
	}

	/** Refuses linking the caller's own account to a record: whose record is theirs, somebody else says. */
	public void refuseOwnAccount(Reach reach, @Nullable String username, String messageCode) {
		var caller = reach.caller();
		if (!reach.system() && caller != null && username != null && username.equalsIgnoreCase(caller.username())) {
			throw new ConflictException(messageCode);
		}
	}

}
