package vn.congvu.personnel;

import java.util.HashMap;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.congvu.organization.UnitDirectory;
import vn.congvu.organization.UnitsRestructured;
import vn.congvu.shared.ConflictException;

/**
 * When units cease, their people move with them, inside the restructuring's own transaction: a merger moves every
 * person employed in a unit that merged away to the unit that continues it, one action each, under the merger's
 * decision. A unit that ceases without a successor (dissolved, or split up) must have no one employed in it: the
 * restructuring is refused until they have been moved or have left.
 */
@Component
class ReorganizationMoves {

	private final JdbcClient jdbc;

	private final PersonnelRegistry registry;

	private final UnitDirectory units;

	ReorganizationMoves(JdbcClient jdbc, PersonnelRegistry registry, UnitDirectory units) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.units = units;
	}

	@EventListener
	void on(UnitsRestructured event) {
		var successors = new HashMap<Long, Long>();
		event.successions().forEach(s -> successors.put(s.from(), s.to()));
		for (var unit : event.ceased()) {
			var people = jdbc.sql("""
					SELECT DISTINCT official_id FROM personnel.employment
					WHERE unit_id = :unit AND valid @> CAST(:date AS date)
					ORDER BY official_id""")
				.param("unit", unit)
				.param("date", event.effectiveDate())
				.query(Long.class)
				.list();
			if (people.isEmpty()) {
				continue;
			}
			var successor = successors.get(unit);
			if (successor == null) {
				var name = units.unit(unit, event.effectiveDate().minusDays(1)).map(u -> u.name()).orElse("#" + unit);
				throw new ConflictException("personnel.unit.stillStaffed", name, people.size());
			}
			for (var official : people) {
				registry.record(official, PersonnelRegistry.RecordAction.move(ActionKind.REORGANIZATION_MOVE,
						event.effectiveDate(), successor, event.decision()));
			}
		}
	}

}
