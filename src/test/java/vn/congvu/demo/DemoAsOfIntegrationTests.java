package vn.congvu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congvu.CongVuApplication;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.shared.indicator.Indicator;
import vn.congvu.shared.indicator.Query;

/**
 * The demo province is a pure function of its seed and its day: started with the clock on each of several days (a
 * smaller population, for time), it loads without any of its history loaders refusing what it generated, holds the
 * seed's figures of the first half of 2021, and the province of an earlier day is the province of a later day cut at
 * the earlier one, table by table.
 * <p>
 * Each day is a whole application on an embedded PostgreSQL of its own, started and closed here (not a test context
 * of Spring's cache, which would keep six databases open).
 */
@Tag("demo-days")
@org.junit.jupiter.api.extension.ExtendWith(vn.congvu.AsSystem.class)
class DemoAsOfIntegrationTests {

	static final String SCALE = "0.3";

	static final List<LocalDate> DAYS = List.of(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 31),
			LocalDate.of(2027, 7, 1), LocalDate.of(2028, 2, 29), LocalDate.of(2029, 1, 1), LocalDate.of(2031, 6, 30));

	/** Two of the days whose provinces are compared. */
	static final LocalDate EARLIER = DAYS.get(0), LATER = DAYS.get(2);

	static final LocalDate H1_FROM = LocalDate.of(2021, 1, 1), H1_TO = LocalDate.of(2021, 6, 30);

	/**
	 * What a day's province holds up to a day, by table, each row told by natural keys (citizen ids, titles, unit ids)
	 * rather than generated ids: people and their actions, scheme versions and their positions, promotion rounds and
	 * their nominations, drives and their applications.
	 */
	static final Map<String, String> PREFIX = new LinkedHashMap<>();
	static {
		PREFIX.put("personnel.official", """
				SELECT o.citizen_id || '|' || o.full_name || '|' || o.date_of_birth || '|' || o.sex || '|' || o.ethnic_code
				  || '|' || coalesce(o.religion_code, '') || '|' || coalesce(o.home_town, '')
				FROM personnel.official o
				WHERE EXISTS (SELECT 1 FROM personnel.personnel_action a WHERE a.official_id = o.id AND a.recorded_by = 'demo'
				                AND a.effective_date <= :day)""");
		PREFIX.put("personnel.personnel_action", """
				SELECT o.citizen_id || '|' || a.kind || '|' || a.effective_date || '|' || a.decision_number || '|'
				  || a.decision_date || '|' || a.decision_issuer || '|' || coalesce(a.signer, '') || '|'
				  || coalesce(a.unit_id::text, '') || '|' || coalesce(a.category, '') || '|' || coalesce(a.rank_code, '')
				  || '|' || coalesce(a.salary_scale_code, '') || '|' || coalesce(a.salary_step::text, '') || '|'
				  || coalesce(a.step_start::text, '') || '|' || coalesce(a.position_title, '') || '|' || coalesce(a.note, '')
				FROM personnel.personnel_action a JOIN personnel.official o ON o.id = a.official_id
				WHERE a.recorded_by = 'demo' AND a.effective_date <= :day""");
		PREFIX.put("position.scheme", """
				SELECT s.unit_id || '|' || s.version_no || '|' || s.title || '|' || s.applies_from || '|'
				  || coalesce(s.decision_number, '') || '|' || coalesce(s.decision_date::text, '') || '|' || s.submitted_by
				FROM position.scheme s WHERE s.decision_date <= :day""");
		PREFIX.put("position.job_position", """
				SELECT s.unit_id || '|' || s.version_no || '|' || j.sort_order || '|' || j.code || '|' || j.rank_code || '|'
				  || j.headcount || '|' || coalesce(j.political_theory, '')
				FROM position.job_position j JOIN position.scheme s ON s.id = j.scheme_id WHERE s.decision_date <= :day""");
		PREFIX.put("promotion.exam", """
				SELECT e.title || '|' || e.path || '|' || e.target_rank_code || '|' || e.held_on || '|' || e.quota || '|'
				  || e.results_published_on || '|' || e.decision_number || '|' || e.decision_date
				FROM promotion.exam e WHERE e.decision_date <= :day""");
		PREFIX.put("promotion.nomination", """
				SELECT e.title || '|' || o.citizen_id || '|' || n.current_rank_code || '|' || n.eligible || '|'
				  || coalesce(n.score::text, '') || '|' || coalesce(n.votes_for::text, '') || '|' || coalesce(n.verdict, '')
				FROM promotion.nomination n JOIN promotion.exam e ON e.id = n.exam_id
				JOIN personnel.official o ON o.id = n.official_id WHERE e.decision_date <= :day""");
		PREFIX.put("recruitment.drive", """
				SELECT d.title || '|' || d.category || '|' || d.regime || '|' || d.announced_on || '|' || d.applications_until
				  || '|' || d.decision_number || '|' || d.decision_date
				FROM recruitment.drive d WHERE d.decision_date <= :day AND d.created_by = 'system'""");
		PREFIX.put("recruitment.application", """
				SELECT d.title || '|' || p.citizen_id || '|' || p.full_name || '|' || p.applied_on || '|' || p.absent || '|'
				  || coalesce(p.written::text, '') || '|' || coalesce(p.interview::text, '') || '|' || coalesce(p.verdict, '')
				FROM recruitment.application p JOIN recruitment.drive d ON d.id = p.drive_id
				WHERE d.decision_date <= :day AND d.created_by = 'system'""");
	}

	@Test
	void everyDayLoadsTheSameProvinceAndTheSeedsFiguresHold() {
		Map<String, List<String>> earlier = null;
		Map<String, List<String>> later = null;
		for (var day : DAYS) {
			try (var context = start(day)) {
				var jdbc = context.getBean(JdbcClient.class);
				assertThat(jdbc.sql("SELECT count(*) FROM personnel.official").query(Long.class).single())
					.as("people on %s", day).isGreaterThan(3000);
				assertThat(jdbc.sql("SELECT max(effective_date) FROM personnel.personnel_action WHERE recorded_by = 'demo'")
					.query(LocalDate.class).single()).as("nothing after the day").isBeforeOrEqualTo(day);
				seedFigures(context, day);
				if (day.equals(EARLIER)) {
					earlier = rows(jdbc, EARLIER);
				}
				if (day.equals(LATER)) {
					later = rows(jdbc, EARLIER);
				}
			}
		}
		assertThat(earlier).isNotNull();
		assertThat(later).isNotNull();
		for (var table : PREFIX.keySet()) {
			assertThat(later.get(table)).as("%s up to %s, loaded as of %s and of %s", table, EARLIER, EARLIER, LATER)
				.isNotEmpty()
				.containsExactlyElementsOf(earlier.get(table));
		}
	}

	private static ConfigurableApplicationContext start(LocalDate day) {
		return new SpringApplicationBuilder(CongVuApplication.class).profiles("test")
			.properties("server.port=0", "congvu.clock.start=" + day, "congvu.demo.population-scale=" + SCALE,
					"logging.level.vn.congvu=WARN")
			.run();
	}

	/** The seed's figures of the first half of 2021, counted by the report's own indicators. */
	private static void seedFigures(ConfigurableApplicationContext context, LocalDate day) {
		var units = context.getBean(UnitDirectory.class);
		long bacLieu = units.unitsAsOf(H1_FROM).stream().filter(u -> "95".equals(u.code())).findFirst().orElseThrow().id();
		var query = new Query(bacLieu, H1_FROM, H1_TO);
		var figures = new LinkedHashMap<String, Long>();
		for (var indicator : context.getBeansOfType(Indicator.class).values()) {
			figures.put(indicator.code(), indicator.value(indicator.code().startsWith("staffing.")
					? Query.on(bacLieu, H1_TO) : query));
		}
		assertThat(figures).as("the seed's figures, demo loaded as of %s", day)
			.containsEntry("recruitment.hired", 13L)
			.containsEntry("mobility.transfers", 41L)
			.containsEntry("mobility.appointments", 38L)
			.containsEntry("mobility.reassignments", 20L)
			.containsEntry("mobility.receptions", 18L)
			.containsEntry("mobility.moves", 117L)
			.containsEntry("promotion.candidates", 137L)
			.containsEntry("promotion.passed", 102L)
			.containsEntry("staffing.compliantUnitsPct", 100L);
	}

	private static Map<String, List<String>> rows(JdbcClient jdbc, LocalDate day) {
		var rows = new LinkedHashMap<String, List<String>>();
		PREFIX.forEach((table, sql) -> rows.put(table,
				jdbc.sql(sql + " ORDER BY 1").param("day", day).query(String.class).list()));
		return rows;
	}

}
