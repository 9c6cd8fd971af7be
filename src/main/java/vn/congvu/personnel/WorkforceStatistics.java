package vn.congvu.personnel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.catalog.Catalog;

/**
 * The standard workforce statistics (quantity and quality of officials, DOMAIN §11; the breakdowns of forms
 * 8B/8C-BTCTW [C]): for each unit of a scope on a date, how many officials work there, by category, by the level of
 * their rank or title, by professional level, political theory and state management, by age band, and how many are
 * women, of an ethnic minority and Party members. People are counted in the unit they work in that day (internal
 * divisions on their own); the scope asked and the caller's own both apply inside the query.
 * <p>
 * Age bands are those of the forms: 30 and under, 31–40, 41–50, 51–60, over 60 [M]. Qualifications are read as the
 * record holds them now (certificates carry no dates); a Party member counts from the day they joined.
 */
@Service
@Transactional(readOnly = true)
public class WorkforceStatistics {

	/** The columns, in the order of the forms; each a count of people. */
	public static final List<String> COLUMNS = List.of("total", "cadres", "civilServants", "publicEmployees",
			"contract", "women", "ethnicMinorities", "partyMembers", "rank.senior", "rank.principal", "rank.specialist",
			"rank.officer", "rank.staff", "rank.none", "education.doctorate", "education.master", "education.bachelor",
			"education.college", "education.intermediate", "education.other", "politics.advanced",
			"politics.intermediate", "politics.elementary", "stateManagement.senior", "stateManagement.principal",
			"stateManagement.specialist", "stateManagement.officer", "age.upTo30", "age.31to40", "age.41to50",
			"age.51to60", "age.over60");

	/** The counts of one unit. */
	public record Line(long unitId, Map<String, Long> counts) {
	}

	/** The statistics of a scope on a date: a line per unit with people, and the total. */
	public record Statistics(long scopeUnitId, LocalDate asOf, List<String> columns, List<Line> units,
			Map<String, Long> total) {
	}

	private static final String COUNTS = """
			SELECT e.unit_id, e.rank_code,
			  count(*) AS total,
			  count(*) FILTER (WHERE e.category = 'CADRE') AS cadres,
			  count(*) FILTER (WHERE e.category = 'CIVIL_SERVANT') AS civil_servants,
			  count(*) FILTER (WHERE e.category = 'PUBLIC_EMPLOYEE') AS public_employees,
			  count(*) FILTER (WHERE e.category = 'CONTRACT') AS contract,
			  count(*) FILTER (WHERE o.sex = 'FEMALE') AS women,
			  count(*) FILTER (WHERE o.ethnic_code <> '01') AS minorities,
			  count(*) FILTER (WHERE o.party_joined_on <= CAST(:day AS date)) AS party,
			  count(*) FILTER (WHERE o.professional_level IN ('TSKH', 'TS')) AS doctorate,
			  count(*) FILTER (WHERE o.professional_level = 'THS') AS master,
			  count(*) FILTER (WHERE o.professional_level = 'DH') AS bachelor,
			  count(*) FILTER (WHERE o.professional_level = 'CD') AS college,
			  count(*) FILTER (WHERE o.professional_level = 'TC') AS intermediate,
			  count(*) FILTER (WHERE o.professional_level IS NULL
			                     OR o.professional_level NOT IN ('TSKH', 'TS', 'THS', 'DH', 'CD', 'TC')) AS other,
			  count(*) FILTER (WHERE o.political_theory IN ('CN', 'CC')) AS pol_advanced,
			  count(*) FILTER (WHERE o.political_theory = 'TC') AS pol_intermediate,
			  count(*) FILTER (WHERE o.political_theory = 'SC') AS pol_elementary,
			  count(*) FILTER (WHERE o.state_management = 'CVCC') AS sm_senior,
			  count(*) FILTER (WHERE o.state_management = 'CVC') AS sm_principal,
			  count(*) FILTER (WHERE o.state_management = 'CV') AS sm_specialist,
			  count(*) FILTER (WHERE o.state_management = 'CS') AS sm_officer,
			  count(*) FILTER (WHERE date_part('year', age(CAST(:day AS date), o.date_of_birth)) <= 30) AS age1,
			  count(*) FILTER (WHERE date_part('year', age(CAST(:day AS date), o.date_of_birth)) BETWEEN 31 AND 40) AS age2,
			  count(*) FILTER (WHERE date_part('year', age(CAST(:day AS date), o.date_of_birth)) BETWEEN 41 AND 50) AS age3,
			  count(*) FILTER (WHERE date_part('year', age(CAST(:day AS date), o.date_of_birth)) BETWEEN 51 AND 60) AS age4,
			  count(*) FILTER (WHERE date_part('year', age(CAST(:day AS date), o.date_of_birth)) > 60) AS age5
			""";

	private static final String[] SQL_COLUMNS = { "total", "cadres", "civil_servants", "public_employees", "contract",
			"women", "minorities", "party", null, null, null, null, null, null, "doctorate", "master", "bachelor",
			"college", "intermediate", "other", "pol_advanced", "pol_intermediate", "pol_elementary", "sm_senior",
			"sm_principal", "sm_specialist", "sm_officer", "age1", "age2", "age3", "age4", "age5" };

	private final PersonnelScope scope;

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private final vn.congvu.organization.UnitDirectory units;

	WorkforceStatistics(PersonnelScope scope, JdbcClient jdbc, Catalog catalog,
			vn.congvu.organization.UnitDirectory units) {
		this.units = units;
		this.scope = scope;
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	/** The statistics of the subtree of {@code scopeUnitId} on {@code asOf}, within the caller's scope. */
	public Statistics compute(long scopeUnitId, LocalDate asOf) {
		var access = scope.readable();
		if (access.nothing() || (!access.unrestricted() && access.root() == null)) {
			throw new AccessDeniedException("Workforce statistics are read by leaders, Home Affairs and HR");
		}
		var root = access.root();
		if (!access.unrestricted() && root != null && root != scopeUnitId
				&& !units.inScopeOn(root, scopeUnitId, asOf)) {
			throw new vn.congvu.shared.NotFoundException("organization.unit.notFound", scopeUnitId);
		}
		// the units first (see ScopeUnits), then the people in them counted in one pass, by unit and rank
		var inScope = ScopeUnits.on(jdbc, scopeUnitId, asOf);
		if (!access.unrestricted() && root != null && root != scopeUnitId) {
			var readable = java.util.Set.of(ScopeUnits.on(jdbc, root, asOf));
			inScope = java.util.Arrays.stream(inScope).filter(readable::contains).toArray(Long[]::new);
		}
		var lines = new TreeMap<Long, Map<String, Long>>();
		jdbc.sql(COUNTS + """
				FROM personnel.employment e
				JOIN personnel.official o ON o.id = e.official_id
				WHERE e.unit_id = ANY(CAST(:units AS bigint[])) AND e.valid @> CAST(:day AS date)
				GROUP BY e.unit_id, e.rank_code""")
			.param("day", asOf)
			.param("units", inScope)
			.query(rs -> {
				var counts = lines.computeIfAbsent(rs.getLong("unit_id"), unit -> {
					var zero = new LinkedHashMap<String, Long>();
					COLUMNS.forEach(c -> zero.put(c, 0L));
					return zero;
				});
				for (int i = 0; i < COLUMNS.size(); i++) {
					if (SQL_COLUMNS[i] != null) {
						counts.merge(COLUMNS.get(i), rs.getLong(SQL_COLUMNS[i]), Long::sum);
					}
				}
				// the level of each rank or title, from the catalog of the day
				counts.merge(rankLevel(catalog, rs.getString("rank_code"), asOf), rs.getLong("total"), Long::sum);
			});
		var total = new LinkedHashMap<String, Long>();
		COLUMNS.forEach(c -> total.put(c, 0L));
		var units = new ArrayList<Line>();
		lines.forEach((unit, counts) -> {
			units.add(new Line(unit, counts));
			counts.forEach((k, v) -> total.merge(k, v, Long::sum));
		});
		return new Statistics(scopeUnitId, asOf, COLUMNS, units, total);
	}


	/** The column a rank or title counts in: the level the catalog of the day gives it ({@code rank.none} for none). */
	static String rankLevel(Catalog catalog, @org.jspecify.annotations.Nullable String code, LocalDate day) {
		var level = code == null ? null : catalog.rank(code, day).map(r -> r.level()).orElse(null);
		return level == null ? "rank.none" : switch (level) {
			case "SENIOR", "SENIOR_EXPERT" -> "rank.senior";
			case "PRINCIPAL" -> "rank.principal";
			case "SPECIALIST" -> "rank.specialist";
			case "OFFICER" -> "rank.officer";
			case "STAFF" -> "rank.staff";
			default -> "rank.none";
		};
	}

}
