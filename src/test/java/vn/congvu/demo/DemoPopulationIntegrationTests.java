package vn.congvu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.congvu.TestHttp;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.shared.indicator.Indicator;
import vn.congvu.shared.indicator.Query;

/**
 * The demo province's population: its first half of 2021 holds the seed report's figures for recruitment and
 * movements, counted by the same indicators the reports use, over actions that are careers of its people.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
@org.junit.jupiter.api.extension.ExtendWith(vn.congvu.AsSystem.class)
class DemoPopulationIntegrationTests {

	static final LocalDate FROM = LocalDate.of(2021, 1, 1);

	static final LocalDate TO = LocalDate.of(2021, 6, 30);

	@Autowired
	List<Indicator> indicators;

	@Autowired
	UnitDirectory units;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	/** The figure as the demo's own careers give it (other tests add people of their own to the same database). */
	private long demo(String code) {
		var byCode = indicators.stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
		var rows = byCode.get(code).rows(new Query(bacLieu(), FROM, TO));
		var demoActions = new HashSet<>(jdbc.sql("""
				SELECT id FROM personnel.personnel_action
				WHERE recorded_by = 'demo' AND effective_date BETWEEN :from AND :to""")
			.param("from", FROM)
			.param("to", TO)
			.query(Long.class)
			.list());
		return rows.stream().filter(r -> demoActions.contains(r.recordId())).count();
	}

	private long bacLieu() {
		return units.unitsAsOf(FROM).stream().filter(u -> "95".equals(u.code())).findFirst().orElseThrow().id();
	}

	@Test
	void theFirstHalfOf2021HoldsTheSeedReportsFigures() {
		assertThat(demo("recruitment.hired")).as("tuyển dụng 13").isEqualTo(13);
		assertThat(demo("mobility.transfers")).isEqualTo(41);
		assertThat(demo("mobility.appointments")).isEqualTo(38);
		assertThat(demo("mobility.reassignments")).isEqualTo(20);
		assertThat(demo("mobility.receptions")).isEqualTo(18);
		assertThat(demo("mobility.moves")).as("điều động, bổ nhiệm, thuyên chuyển và tiếp nhận 117").isEqualTo(117);
	}

	@Test
	void theSeedsPromotionFiguresComeOutOfTheExamsOfTheFirstHalfOf2021() {
		var byCode = indicators.stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
		var loaded = new HashSet<>(jdbc.sql("""
				SELECT n.id FROM promotion.nomination n JOIN promotion.exam e ON e.id = n.exam_id
				WHERE e.created_by = 'system'""").query(Long.class).list());
		var query = new Query(bacLieu(), FROM, TO);
		assertThat(byCode.get("promotion.candidates").rows(query).stream().filter(r -> loaded.contains(r.recordId())))
			.as("137 dự thi nâng ngạch chuyên viên chính và tương đương")
			.hasSize(137);
		assertThat(byCode.get("promotion.passed").rows(query).stream().filter(r -> loaded.contains(r.recordId())))
			.as("102 trúng tuyển")
			.hasSize(102);
		// every pass is the rank change its decision made; nobody else of the exams changed rank by it
		assertThat(jdbc.sql("""
				SELECT count(*) FROM promotion.nomination n JOIN promotion.exam e ON e.id = n.exam_id
				JOIN personnel.personnel_action a ON a.id = n.action_id
				WHERE e.created_by = 'system' AND n.verdict = 'PASSED' AND a.kind = 'RANK_CHANGE'
				  AND a.rank_code = e.target_rank_code AND a.decision_number = e.decision_number
				  AND a.official_id = n.official_id AND e.results_published_on BETWEEN :from AND :to""")
			.param("from", FROM).param("to", TO).query(Long.class).single()).isEqualTo(102);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM promotion.nomination n JOIN promotion.exam e ON e.id = n.exam_id
				JOIN personnel.personnel_action a ON a.official_id = n.official_id AND a.kind = 'RANK_CHANGE'
				  AND a.decision_number = e.decision_number
				WHERE e.created_by = 'system' AND n.verdict <> 'PASSED'""").query(Long.class).single()).isZero();
	}

	@Test
	void everyPromotionSinceTheSecondHalfOf2021ComesOutOfARound() {
		var promotions = jdbc.sql("""
				SELECT count(*) AS promoted,
				       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM promotion.nomination n
				                                      WHERE n.action_id = a.id AND n.verdict = 'PASSED')) AS by_rounds
				FROM personnel.personnel_action a
				WHERE a.recorded_by = 'demo' AND a.kind = 'RANK_CHANGE' AND a.effective_date >= DATE '2021-07-01'""")
			.query((rs, n) -> new long[] { rs.getLong("promoted"), rs.getLong("by_rounds") })
			.single();
		assertThat(promotions[0]).isGreaterThan(100);
		assertThat(promotions[1]).isEqualTo(promotions[0]);
		// the rounds have nominees who did not pass; after 1 July 2025 civil servants go before a council
		assertThat(jdbc.sql("""
				SELECT count(*) FROM promotion.nomination n JOIN promotion.exam e ON e.id = n.exam_id
				WHERE e.created_by = 'system' AND n.verdict IN ('BELOW_THRESHOLD', 'NOT_APPROVED')""").query(Long.class)
			.single()).isPositive();
		assertThat(jdbc.sql("""
				SELECT count(*) FROM promotion.exam
				WHERE created_by = 'system' AND path = 'RANK_COUNCIL' AND held_on >= DATE '2025-07-01'""")
			.query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("""
				SELECT count(*) FROM promotion.exam
				WHERE created_by = 'system' AND path = 'RANK_COUNCIL' AND held_on < DATE '2025-07-01'""")
			.query(Long.class).single()).isZero();
	}

	@Test
	void theDemosRecruitmentsSince2021ComeOutOfDrives() {
		// the 13 of the first half of 2021 each passed a drive whose decision recruited them
		assertThat(jdbc.sql("""
				SELECT count(*) FROM personnel.personnel_action a
				WHERE a.recorded_by = 'demo' AND a.kind = 'RECRUITMENT' AND a.effective_date BETWEEN :from AND :to
				  AND EXISTS (SELECT 1 FROM recruitment.application p JOIN recruitment.drive d ON d.id = p.drive_id
				              WHERE p.official_id = a.official_id AND p.verdict = 'PASSED' AND d.status = 'DECIDED'
				                AND d.decision_number = a.decision_number AND d.created_by = 'system')""")
			.param("from", FROM)
			.param("to", TO)
			.query(Long.class)
			.single()).isEqualTo(13);
		// and so almost all later ones of civil servants and public employees (not those of the months after the
		// 2025 restructuring into units whose first scheme came later)
		var since = jdbc.sql("""
				SELECT count(*) AS recruited,
				       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM recruitment.application p
				                                      WHERE p.official_id = a.official_id AND p.verdict = 'PASSED')) AS drives
				FROM personnel.personnel_action a
				WHERE a.recorded_by = 'demo' AND a.kind = 'RECRUITMENT' AND a.effective_date >= :from
				  AND a.category IN ('CIVIL_SERVANT', 'PUBLIC_EMPLOYEE')""")
			.param("from", FROM)
			.query((rs, n) -> new long[] { rs.getLong("recruited"), rs.getLong("drives") })
			.single();
		assertThat(since[0]).isGreaterThan(1000);
		assertThat(since[1]).isGreaterThan(since[0] * 9 / 10);
		// each drive has candidates who were not recruited, with marks and a reason
		assertThat(jdbc.sql("""
				SELECT count(*) FROM recruitment.application
				WHERE official_id IS NULL AND verdict IS NOT NULL AND reason_code IS NOT NULL""").query(Long.class)
			.single()).isGreaterThan(since[1]);
	}

	@Test
	void aboutTwentyThousandOfficialsMostlyPublicEmployeesWithCareersOfManyDecisions() {
		var byCode = indicators.stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
		var mid2021 = Query.on(bacLieu(), TO);
		long working = byCode.get("personnel.headcount").value(mid2021);
		long publicEmployees = byCode.get("personnel.headcount.publicEmployees").value(mid2021);
		assertThat(working).isBetween(13_000L, 20_000L);
		assertThat(publicEmployees * 100 / working).as("about three in four are public employees").isBetween(65L, 85L);
		var people = jdbc.sql("SELECT count(*) FROM personnel.official WHERE id IN "
				+ "(SELECT official_id FROM personnel.personnel_action WHERE recorded_by = 'demo')").query(Long.class).single();
		assertThat(people).isBetween(18_000L, 26_000L);
		Map<String, Long> kinds = jdbc.sql("""
				SELECT kind, count(*) AS n FROM personnel.personnel_action WHERE recorded_by = 'demo' GROUP BY kind""")
			.query((rs, n) -> Map.entry(rs.getString("kind"), rs.getLong("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(kinds).containsKeys("RECEPTION", "RECRUITMENT", "END_OF_PROBATION", "RANK_CHANGE", "SALARY_STEP",
				"TRANSFER", "REASSIGNMENT", "APPOINTMENT", "REAPPOINTMENT", "RETIREMENT", "RESIGNATION",
				"REORGANIZATION_MOVE");
		assertThat(kinds.get("SALARY_STEP")).isGreaterThan(people);
		var nguyen = jdbc.sql("SELECT count(*) FROM personnel.official WHERE full_name LIKE 'Nguyễn %'")
			.query(Long.class)
			.single();
		assertThat(nguyen * 100 / people).as("Nguyễn, about 31 %").isBetween(24L, 36L);
		var ceased = jdbc.sql("""
				SELECT count(*) FROM personnel.employment e
				WHERE e.valid_to IS NULL AND organization.unit_last_day(e.unit_id) IS NOT NULL
				  AND e.last_action_id IN (SELECT id FROM personnel.personnel_action WHERE recorded_by = 'demo')""")
			.query(Long.class)
			.single();
		assertThat(ceased).as("nobody is left in a unit that no longer exists").isZero();
	}

	@Test
	void theDemoOfficialAccountSeesARecordOfItsWard() {
		var api = TestHttp.api(port);
		var mine = api.get("/api/v1/me/record", "Authorization", TestHttp.basic("demo.congchuc", "Demo@2021!"));
		assertThat(mine.statusCode()).isEqualTo(200);
		assertThat(mine.body()).contains("\"accountUsername\":\"demo.congchuc\"");
	}

	@Autowired
	vn.congvu.personnel.DueLists dueLists;

	@Autowired
	java.time.Clock clock;

	/**
	 * The demo's careers obey the rules the application applies: on the day it is loaded for, no one of the demo is
	 * overdue for a regular salary step or past the retirement date and still at work; some hold their last step long
	 * enough for the seniority allowance beyond it; and the watch lists hold people due in the coming months.
	 */
	@Test
	void theWatchListsOfTheDayHoldOnlyWhatIsDueInTheComingMonths() {
		var today = java.time.LocalDate.now(clock);
		var demo = new HashSet<>(jdbc.sql("SELECT DISTINCT official_id FROM personnel.personnel_action WHERE recorded_by = 'demo'")
			.query(Long.class)
			.list());
		long province = units.unitsAsOf(today).stream().filter(u -> "96".equals(u.code())).findFirst().orElseThrow().id();
		vn.congvu.TestCallers.signIn(new vn.congvu.shared.Caller(962, "ha.watch", vn.congvu.shared.Role.HOME_AFFAIRS,
				province));
		try {
			var steps = dueLists.dueForSalaryStep(12).stream().filter(e -> demo.contains(e.officialId())).toList();
			assertThat(steps.stream().filter(e -> e.overdue()).map(e -> e.officialId() + " " + e.salaryScaleCode()
					+ " step " + e.salaryStep() + " due " + e.dueDate()))
				.as("overdue salary steps").isEmpty();
			assertThat(steps).as("steps due in the coming year").hasSizeGreaterThan(100)
				.allMatch(e -> !e.dueDate().isBefore(today) && e.dueDate().isBefore(today.plusMonths(12)));
			var retiring = dueLists.retiring(12).stream().filter(e -> demo.contains(e.officialId())).toList();
			assertThat(retiring.stream().filter(e -> e.overdue()).map(e -> e.officialId() + " retired " + e.dueDate()))
				.as("at work past the retirement date").isEmpty();
			assertThat(retiring).as("retiring in the coming year").isNotEmpty();
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
		// the seniority allowance beyond the last step: held one interval at the last step of the scale
		assertThat(jdbc.sql("""
				SELECT count(*) FROM personnel.employment e
				JOIN catalog.scale_steps s ON s.code = e.salary_scale_code
				  AND s.valid_from <= CAST(:today AS date) AND (s.valid_to IS NULL OR s.valid_to > CAST(:today AS date))
				WHERE e.valid @> CAST(:today AS date) AND e.salary_step = s.steps
				  AND e.step_start + make_interval(months => s.interval_months) <= CAST(:today AS date)
				  AND e.official_id IN (SELECT official_id FROM personnel.personnel_action WHERE recorded_by = 'demo')""")
			.param("today", today)
			.query(Long.class)
			.single()).as("people with the seniority allowance today").isGreaterThan(50);
	}

}
