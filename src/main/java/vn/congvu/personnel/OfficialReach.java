package vn.congvu.personnel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.congvu.organization.UnitDirectory;

/**
 * Which officials an access reaches, judged in the data: the unit of an official's latest employment lies in the
 * caller's scope on the last day of that employment (today while it lasts, or the unit's last day if it ceased first).
 * A person who moved away leaves the old unit's scope; the records of a unit that merged into one of the scope come
 * with it. The one place the personnel module answers "may this caller reach this record", for its reads and writes.
 */
@Component
class OfficialReach {

	private final JdbcClient jdbc;

	private final UnitDirectory units;

	private final Clock clock;

	OfficialReach(JdbcClient jdbc, UnitDirectory units, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.clock = clock;
	}

	/** Whether {@code access} reaches the official (who must exist). */
	boolean reaches(long officialId, PersonnelScope.Access access) {
		return of(List.of(officialId), access).contains(officialId);
	}

	/**
	 * Of the officials given, those that exist and {@code access} reaches. One query for any number of officials; the
	 * scopes and the units' last days are kept in memory by the directory.
	 */
	Set<Long> of(Collection<Long> officialIds, PersonnelScope.Access access) {
		if (officialIds.isEmpty() || (access.self() == null && access.nothing())) {
			return Set.of();
		}
		if (access.self() != null) {
			return officialIds.contains(access.self()) ? Set.of(access.self()) : Set.of();
		}
		var today = LocalDate.now(clock);
		var result = new HashSet<Long>();
		jdbc.sql("""
				SELECT DISTINCT ON (e.official_id) e.official_id, e.unit_id, e.valid_from, e.valid_to
				FROM personnel.employment e WHERE e.official_id = ANY(:ids)
				ORDER BY e.official_id, e.valid_from DESC""")
			.param("ids", officialIds.toArray(Long[]::new))
			.query((rs, n) -> {
				if (access.unrestricted()) {
					return result.add(rs.getLong("official_id"));
				}
				var from = rs.getDate("valid_from").toLocalDate();
				var to = rs.getDate("valid_to");
				var lastDay = units.lastDay(rs.getLong("unit_id"));
				var day = today;
				if (to != null && to.toLocalDate().minusDays(1).isBefore(day)) {
					day = to.toLocalDate().minusDays(1);
				}
				if (lastDay != null && lastDay.isBefore(day)) {
					day = lastDay;
				}
				if (day.isBefore(from)) {
					day = from;
				}
				if (units.inScopeOn(Objects.requireNonNull(access.root()), rs.getLong("unit_id"), day)) {
					result.add(rs.getLong("official_id"));
				}
				return true;
			})
			.list();
		return result;
	}

}
