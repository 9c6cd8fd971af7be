package vn.congvu.position;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.organization.UnitDirectory;
import vn.congvu.organization.UnitType;

/**
 * What other modules ask of job positions, without the caller's scope (they apply their own): which scheme a unit's
 * people are placed under on a date, and the version in force then.
 */
@Service
@Transactional(readOnly = true)
public class JobPositions {

	private final PositionSchemes schemes;

	private final UnitDirectory units;

	JobPositions(PositionSchemes schemes, UnitDirectory units) {
		this.schemes = schemes;
		this.units = units;
	}

	/**
	 * The unit whose scheme places the people of {@code unitId} on {@code date}: the unit itself, or for an internal
	 * division (phòng, chi cục thuộc sở) the agency it belongs to, since a scheme is the agency's.
	 */
	public long schemeUnitOf(long unitId, LocalDate date) {
		var unit = units.unit(unitId, date);
		if (unit.isEmpty() || unit.get().type() != UnitType.INTERNAL_DIVISION) {
			return unitId;
		}
		for (var ancestor : units.ancestorsAsOf(unitId, date)) {
			if (ancestor.type() != UnitType.INTERNAL_DIVISION) {
				return ancestor.id();
			}
		}
		return unitId;
	}

	/** The approved version of a unit's scheme in force on {@code date}, if any. */
	public Optional<SchemeView> inForce(long unitId, LocalDate date) {
		return schemes.findInForce(unitId, date)
			.map(s -> s.view(units.namesAsOf(java.util.List.of(unitId), date).getOrDefault(unitId, "")));
	}

}
