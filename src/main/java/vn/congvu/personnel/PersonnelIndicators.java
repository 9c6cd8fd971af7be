package vn.congvu.personnel;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congvu.shared.database.Cursors;
import vn.congvu.shared.indicator.Indicator;
import vn.congvu.shared.indicator.Query;
import vn.congvu.shared.indicator.Row;

/**
 * The reform-report figures of personnel (DOMAIN A2): recruitments, the four kinds of move whose sum is the seed's
 * "điều động, bổ nhiệm, thuyên chuyển và tiếp nhận", retirements and regular salary steps — an action counts when its
 * effective date lies in the period (both ends included), the unit it concerns lies in the scope on that date (for an
 * action that names no unit, the unit the person works in that day, or leaves that day), and it was not cancelled —
 * and the headcount on the period's last day, in all and by category.
 */
@Configuration(proxyBeanMethods = false)
class PersonnelIndicators {

	@Bean
	Indicator recruitmentHired(JdbcClient jdbc, DataSource dataSource) {
		return new ActionCount(jdbc, Cursors.template(dataSource), "recruitment.hired", Set.of(ActionKind.RECRUITMENT),
				new Indicator.Label("Số người được tuyển dụng", "Recruited", "người", "people"));
	}

	@Bean
	Indicator mobilityTransfers(JdbcClient jdbc, DataSource dataSource) {
		return new ActionCount(jdbc, Cursors.template(dataSource), "mobility.transfers", Set.of(ActionKind.TRANSFER),
				new Indicator.Label("Số trường hợp điều động", "Transfers", "trường hợp", "cases"));
	}

	@Bean
	Indicator mobilityAppointments(JdbcClient jdbc, DataSource dataSource) {
		return new ActionCount(jdbc, Cursors.template(dataSource), "mobility.appointments", Set.of(ActionKind.APPOINTMENT, ActionKind.REAPPOINTMENT),
				new Indicator.Label("Số trường hợp bổ nhiệm, bổ nhiệm lại", "Appointments and reappointments",
						"trường hợp", "cases"));
	}

	@Bean
	Indicator mobilityReassignments(JdbcClient jdbc, DataSource dataSource) {
		return new ActionCount(jdbc, Cursors.template(dataSource), "mobility.reassignments", Set.of(ActionKind.REASSIGNMENT),
				new Indicator.Label("Số trường hợp thuyên chuyển", "Reassignments", "trường hợp", "cases"));
	}

	@Bean
	Indicator mobilityReceptions(JdbcClient jdbc, DataSource dataSource) {
		return new ActionCount(jdbc, Cursors.template(dataSource), "mobility.receptions", Set.of(ActionKind.RECEPTION),
				new Indicator.Label("Số trường hợp tiếp nhận", "Intakes", "trường hợp", "cases"));
	}

	@Bean
	Indicator mobilityMoves(JdbcClient jdbc, DataSource dataSource) {
		return new ActionCount(jdbc, Cursors.template(dataSource), "mobility.moves",
				Set.of(ActionKind.TRANSFER, ActionKind.APPOINTMENT, ActionKind.REAPPOINTMENT, ActionKind.REASSIGNMENT,
						ActionKind.RECEPTION),
				new Indicator.Label("Điều động, bổ nhiệm, thuyên chuyển và tiếp nhận",
						"Transfers, appointments, reassignments and intakes", "trường hợp", "cases"));
	}

	@Bean
	Indicator personnelRetirements(JdbcClient jdbc, DataSource dataSource) {
		return new ActionCount(jdbc, Cursors.template(dataSource), "personnel.retirements", Set.of(ActionKind.RETIREMENT),
				new Indicator.Label("Số người nghỉ hưu", "Retirements", "người", "people"));
	}

	@Bean
	Indicator personnelSalarySteps(JdbcClient jdbc, DataSource dataSource) {
		return new ActionCount(jdbc, Cursors.template(dataSource), "personnel.salarySteps", Set.of(ActionKind.SALARY_STEP),
				new Indicator.Label("Số lượt nâng bậc lương thường xuyên", "Regular salary steps", "lượt", "steps"));
	}

	@Bean
	Indicator personnelHeadcount(JdbcClient jdbc, DataSource dataSource) {
		return new Headcount(jdbc, Cursors.template(dataSource), "personnel.headcount", null,
				new Indicator.Label("Số người đang công tác", "Officials working", "người", "people"));
	}

	@Bean
	Indicator personnelHeadcountCivilServants(JdbcClient jdbc, DataSource dataSource) {
		return new Headcount(jdbc, Cursors.template(dataSource), "personnel.headcount.civilServants", Category.CIVIL_SERVANT,
				new Indicator.Label("Số công chức đang công tác", "Civil servants working", "người", "people"));
	}

	@Bean
	Indicator personnelHeadcountPublicEmployees(JdbcClient jdbc, DataSource dataSource) {
		return new Headcount(jdbc, Cursors.template(dataSource), "personnel.headcount.publicEmployees", Category.PUBLIC_EMPLOYEE,
				new Indicator.Label("Số viên chức đang công tác", "Public employees working", "người", "people"));
	}

	@Bean
	Indicator personnelHeadcountCadres(JdbcClient jdbc, DataSource dataSource) {
		return new Headcount(jdbc, Cursors.template(dataSource), "personnel.headcount.cadres", Category.CADRE,
				new Indicator.Label("Số cán bộ đang công tác", "Cadres working", "người", "people"));
	}

	/**
	 * Officials employed on the last day of the period (optionally of one category) in units of the scope on that day.
	 */
	static final class Headcount implements Indicator {

		/** The units of the scope on the day are read first (see ScopeUnits), then the people in them. */
		private static final String EMPLOYED = """
				FROM personnel.employment e JOIN personnel.official o ON o.id = e.official_id
				WHERE e.unit_id = ANY(CAST(:units AS bigint[])) AND e.valid @> CAST(:day AS date)
				  AND (CAST(:category AS varchar) IS NULL OR e.category = :category)
				""";

		private final JdbcClient jdbc;

		private final String code;

		private final @org.jspecify.annotations.Nullable Category category;

		private final Label label;

		private final NamedParameterJdbcTemplate cursor;

		Headcount(JdbcClient jdbc, NamedParameterJdbcTemplate cursor, String code,
				@org.jspecify.annotations.Nullable Category category, Label label) {
			this.jdbc = jdbc;
			this.cursor = cursor;
			this.code = code;
			this.category = category;
			this.label = label;
		}

		@Override
		public String code() {
			return code;
		}

		@Override
		public Label label() {
			return label;
		}

		/** The headcounts of a report (in all and by category) come from one count by category. */
		@Override
		public long value(Query query) {
			return values(List.of(query)).get(0);
		}

		/**
		 * The headcounts on several days (a trend) are counted in one pass over the records, each day with the units
		 * of the scope on that day; every day's count by category is kept for the transaction, for the other
		 * headcounts (in all, by category) of the same days.
		 */
		@Override
		public List<Long> values(List<Query> queries) {
			var memo = vn.congvu.shared.Transactions.memo(Headcount.class);
			var missing = new java.util.ArrayList<List<Object>>();
			for (var query : queries) {
				var key = List.<Object>of(query.scopeUnitId(), query.to());
				if (!memo.containsKey(key) && !missing.contains(key)) {
					missing.add(key);
				}
			}
			if (!missing.isEmpty()) {
				var counts = new java.util.ArrayList<Map<String, Long>>();
				var sql = new StringBuilder("SELECT e.category");
				var where = new java.util.StringJoiner(" OR ");
				var params = new java.util.HashMap<String, Object>();
				for (int i = 0; i < missing.size(); i++) {
					var day = (java.time.LocalDate) missing.get(i).get(1);
					var at = "(e.valid @> CAST(:day" + i + " AS date) AND e.unit_id = ANY(CAST(:units" + i
							+ " AS bigint[])))";
					sql.append(", count(*) FILTER (WHERE ").append(at).append(")");
					where.add(at);
					params.put("day" + i, day);
					params.put("units" + i, ScopeUnits.on(jdbc, (Long) missing.get(i).get(0), day));
					counts.add(new java.util.HashMap<>());
				}
				jdbc.sql(sql + " FROM personnel.employment e WHERE " + where + " GROUP BY e.category")
					.params(params)
					.query(rs -> {
						for (int i = 0; i < counts.size(); i++) {
							counts.get(i).put(rs.getString(1), rs.getLong(i + 2));
						}
					});
				for (int i = 0; i < missing.size(); i++) {
					memo.put(missing.get(i), counts.get(i));
				}
			}
			var values = new java.util.ArrayList<Long>();
			for (var query : queries) {
				@SuppressWarnings("unchecked")
				var byCategory = (Map<String, Long>) memo.get(List.<Object>of(query.scopeUnitId(), query.to()));
				values.add(category == null ? byCategory.values().stream().mapToLong(Long::longValue).sum()
						: byCategory.getOrDefault(category.name(), 0L));
			}
			return values;
		}

		@Override
		public List<Row> rows(Query query) {
			var rows = new java.util.ArrayList<Row>();
			rows(query, rows::add);
			return rows;
		}

		@Override
		public void rows(Query query, Consumer<Row> sink) {
			var params = new MapSqlParameterSource().addValue("day", query.to())
				.addValue("category", category == null ? null : category.name())
				.addValue("units", ScopeUnits.on(jdbc, query.scopeUnitId(), query.to()));
			cursor.query("SELECT o.id, o.full_name, e.last_action_id, e.category, e.unit_id " + EMPLOYED
					+ " ORDER BY o.sort_key, o.id", params,
					(RowCallbackHandler) rs -> sink.accept(new Row(rs.getLong(1), rs.getString(2), rs.getLong(3),
							rs.getString(4), query.to(), null, rs.getLong(5))));
		}

	}

	/** Counts the actions of some kinds. */
	static final class ActionCount implements Indicator {

		private final JdbcClient jdbc;

		private final String code;

		private final List<String> kinds;

		private final Label label;

		private final NamedParameterJdbcTemplate cursor;

		ActionCount(JdbcClient jdbc, NamedParameterJdbcTemplate cursor, String code, Set<ActionKind> kinds,
				Label label) {
			this.jdbc = jdbc;
			this.cursor = cursor;
			this.code = code;
			this.kinds = kinds.stream().map(Enum::name).sorted().toList();
			this.label = label;
		}

		@Override
		public String code() {
			return code;
		}

		@Override
		public Label label() {
			return label;
		}

		/**
		 * The unit an action concerns: where the person goes for moves, starts or is appointed; for an appointment or a
		 * salary step, which name no unit, the unit the person works in on that day. Worked out once per action (the
		 * {@code OFFSET 0} keeps the planner from repeating the lookup in the join with the scope: half the time of the
		 * province's salary steps at a million officials).
		 */
		static final String ACTIONS = """
				FROM (SELECT a.id, a.official_id, a.kind, a.effective_date, a.decision_number, a.unit_id,
				             COALESCE(a.unit_id, (SELECT e.unit_id FROM personnel.employment e
				                                  WHERE e.official_id = a.official_id
				                                    AND (e.valid @> a.effective_date OR upper(e.valid) = a.effective_date)
				                                  ORDER BY lower(e.valid) DESC LIMIT 1)) AS concerned_unit_id
				      FROM personnel.personnel_action a
				      WHERE a.kind IN (:kinds)
				        AND a.effective_date BETWEEN :from AND :to
				        AND NOT EXISTS (SELECT 1 FROM personnel.personnel_action c WHERE c.cancels_action_id = a.id)
				      OFFSET 0) a
				""";

		/** The actions whose unit lies in the scope on the day they take effect. */
		static final String IN_SCOPE = """
				WHERE EXISTS (SELECT 1 FROM organization.scope_periods(:root) s
				              WHERE s.unit_id = a.concerned_unit_id AND s.valid @> a.effective_date)
				""";

		@Override
		public long value(Query query) {
			return jdbc.sql("SELECT count(*) " + ACTIONS + IN_SCOPE)
				.param("kinds", kinds)
				.param("from", query.from())
				.param("to", query.to())
				.param("root", query.scopeUnitId())
				.query(Long.class)
				.single();
		}

		@Override
		public List<Row> rows(Query query) {
			var rows = new java.util.ArrayList<Row>();
			rows(query, rows::add);
			return rows;
		}

		@Override
		public void rows(Query query, Consumer<Row> sink) {
			var params = new MapSqlParameterSource().addValue("kinds", kinds)
				.addValue("from", query.from())
				.addValue("to", query.to())
				.addValue("root", query.scopeUnitId());
			// the unit the decision concerns: where it moves the person, or where they were when it took effect
			cursor.query("SELECT a.id, a.official_id, o.full_name, a.kind, a.effective_date, a.decision_number, "
					+ "a.concerned_unit_id AS unit_id " + ACTIONS + "JOIN personnel.official o ON o.id = a.official_id\n" + IN_SCOPE
					+ "ORDER BY a.effective_date, a.id", params,
					(RowCallbackHandler) rs -> sink.accept(new Row(rs.getLong("official_id"), rs.getString("full_name"),
							rs.getLong("id"), rs.getString("kind"), rs.getDate("effective_date").toLocalDate(),
							rs.getString("decision_number"), (Long) rs.getObject("unit_id"))));
		}

	}

}
