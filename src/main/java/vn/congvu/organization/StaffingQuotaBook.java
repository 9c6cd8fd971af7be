package vn.congvu.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.shared.Caller;
import vn.congvu.shared.ConflictException;
import vn.congvu.shared.DateRange;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.Role;

/** The yearly staffing quotas (biên chế) of units: read by everyone, assigned by Home Affairs within its scope. */
@Service
@Transactional
public class StaffingQuotaBook {

	public record AssignQuota(long unitId, Integer year, Integer civilServants, Integer publicEmployees,
			DecisionRef decision, Long expectedVersion) {
	}

	private final StaffingQuotas quotas;

	private final UnitDirectory directory;

	private final Clock clock;

	StaffingQuotaBook(StaffingQuotas quotas, UnitDirectory directory, Clock clock) {
		this.quotas = quotas;
		this.directory = directory;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<StaffingQuotaView> quotasOf(long unitId) {
		return quotas.findByUnitIdOrderByYearDesc(unitId).stream().map(StaffingQuota::view).toList();
	}

	/** Every unit's quota for a year, by unit (a few thousand rows at most). */
	@Transactional(readOnly = true)
	public java.util.Map<Long, StaffingQuotaView> quotasIn(int year) {
		var map = new java.util.HashMap<Long, StaffingQuotaView>();
		quotas.findByYear(year).forEach(q -> map.put(q.view().unitId(), q.view()));
		return map;
	}

	/**
	 * Sets a unit's quota for a year. The unit must exist at some time in that year. {@code expectedVersion} is the
	 * version the editor saw ({@code null} for a new year); someone else's change in between is a conflict.
	 */
	public StaffingQuotaView assign(AssignQuota command) {
		var caller = Caller.current();
		if (caller.isPresent() && caller.get().role() != Role.SYSTEM_ADMIN) {
			if (caller.get().role() != Role.HOME_AFFAIRS) {
				throw new AccessDeniedException("Quotas are assigned by Home Affairs");
			}
			var root = caller.get().scopeUnitId();
			Set<Long> scope = root == null ? Set.of() : directory.scopeOf(root);
			if (!scope.contains(command.unitId())) {
				throw new NotFoundException("organization.unit.notFound", command.unitId());
			}
		}
		if (command.year() == null) {
			throw new InvalidInputException("year", "organization.quota.year.invalid");
		}
		if (command.civilServants() == null) {
			throw new InvalidInputException("civilServants", "organization.quota.count.invalid", StaffingQuota.MAX_COUNT);
		}
		if (command.publicEmployees() == null) {
			throw new InvalidInputException("publicEmployees", "organization.quota.count.invalid",
					StaffingQuota.MAX_COUNT);
		}
		int year = command.year();
		var unit = directory.require(command.unitId(), LocalDate.now(clock));
		var firstDay = Year.of(Math.max(1, Math.min(year, 9999))).atDay(1);
		if (!unit.lifetime().overlaps(new DateRange(firstDay, firstDay.plusYears(1)))) {
			throw new InvalidInputException("year", "organization.quota.unitNotExistingInYear", unit.name(), year);
		}
		var existing = quotas.findByUnitIdAndYear(command.unitId(), year);
		if (existing.isPresent()) {
			var quota = existing.get();
			if (command.expectedVersion() == null || command.expectedVersion() != quota.view().version()) {
				throw new ConflictException("organization.quota.changedMeanwhile", unit.name(), year);
			}
			quota.assign(command.civilServants(), command.publicEmployees(), command.decision());
			return quotas.saveAndFlush(quota).view();
		}
		return quotas.saveAndFlush(new StaffingQuota(command.unitId(), year, command.civilServants(),
				command.publicEmployees(), command.decision())).view();
	}

}
