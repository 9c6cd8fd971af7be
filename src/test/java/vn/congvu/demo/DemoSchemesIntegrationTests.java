package vn.congvu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.congvu.organization.UnitDirectory;
import vn.congvu.shared.indicator.Indicator;
import vn.congvu.shared.indicator.Query;
import vn.congvu.staffing.Compliance;
import vn.congvu.staffing.ComplianceRule;
import vn.congvu.staffing.UnitCompliance;

/**
 * The demo province's job-position schemes: every agency complies on 30 June 2021 after the first half's adjustments
 * (the seed's 100%), and a few show typical violations at the end of 2020 and today.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
@org.junit.jupiter.api.extension.ExtendWith(vn.congvu.AsSystem.class)
class DemoSchemesIntegrationTests {

	@Autowired
	java.time.Clock clock;

	@Autowired
	Compliance compliance;

	@Autowired
	List<Indicator> indicators;

	@Autowired
	UnitDirectory units;

	@Autowired
	JdbcClient jdbc;

	private long province(String code, LocalDate date) {
		return units.unitsAsOf(date).stream().filter(u -> code.equals(u.code())).findFirst().orElseThrow().id();
	}

	/**
	 * Units where people of other tests work on the date: tests share the database, and some enrol people in the demo's
	 * units, unplaced; those units' verdicts are not the demo's.
	 */
	private java.util.Set<Long> touched(LocalDate date) {
		return new HashSet<>(jdbc.sql("""
				SELECT DISTINCT e.unit_id FROM personnel.employment e
				WHERE e.valid @> CAST(:date AS date) AND e.official_id IN (
				  SELECT official_id FROM personnel.personnel_action WHERE recorded_by <> 'demo')""")
			.param("date", date)
			.query(Long.class)
			.list());
	}

	/** The demo's own units (other tests add units and schemes of their own to the same database). */
	private List<UnitCompliance> demoVerdicts(long scope, LocalDate date) {
		var demo = new HashSet<>(jdbc.sql("SELECT DISTINCT unit_id FROM position.scheme WHERE created_by = :by")
			.param("by", DemoSchemes.SUBMITTER)
			.query(Long.class)
			.list());
		var verdicts = new ArrayList<UnitCompliance>();
		compliance.judge(scope, date, v -> {
			if (demo.contains(v.unitId())) {
				verdicts.add(v);
			}
		});
		return verdicts;
	}

	private Indicator indicator(String code) {
		return indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
	}

	@Test
	void everyAgencyCompliesOn30June2021AsTheSeedReports() {
		var date = LocalDate.of(2021, 6, 30);
		long bacLieu = province("95", date);
		var query = Query.on(bacLieu, date);
		var touched = touched(date);
		var verdicts = demoVerdicts(bacLieu, date);
		assertThat(verdicts).hasSizeGreaterThan(250);
		assertThat(verdicts.stream().filter(v -> !touched.contains(v.unitId())).filter(v -> !v.compliant()))
			.as("every agency the demo alone staffs complies").isEmpty();
		assertThat(touched.size()).as("units where other tests placed people").isLessThan(10);
		if (touched.isEmpty()) {
			// a database of the demo alone: the report's indicator itself says 100%
			assertThat(indicator("staffing.compliantUnitsPct").value(query)).as("100% cơ quan, đơn vị").isEqualTo(100);
			assertThat(indicator("staffing.violations").value(query)).isZero();
		}
		assertThat(indicator("staffing.units").value(query)).isGreaterThanOrEqualTo(verdicts.size());
		// each of them had its scheme adjusted and approved in the first half of 2021
		var approved = indicator("position.schemesApproved").rows(new Query(bacLieu, LocalDate.of(2021, 1, 1), date));
		assertThat(approved).hasSizeGreaterThanOrEqualTo(verdicts.size());
	}

	@Test
	void aFewAgenciesBreakTypicalRulesAtTheEndOf2020() {
		var date = LocalDate.of(2020, 12, 31);
		var verdicts = demoVerdicts(province("95", date), date);
		var touched = touched(date);
		var failing = verdicts.stream().filter(v -> !v.compliant()).toList();
		assertThat(failing.stream().filter(v -> !touched.contains(v.unitId())).count()).isBetween(1L, 3L);
		assertThat(failing.stream().flatMap(v -> v.violations().stream()).map(v -> v.rule()))
			.contains(ComplianceRule.RANK_MISMATCH, ComplianceRule.QUALIFICATION, ComplianceRule.OVER_HEADCOUNT);
	}

	@Test
	void aFewUnitsBreakTypicalRulesTodayAfterTheRestructuring() {
		var today = LocalDate.now(clock);
		var verdicts = demoVerdicts(province("96", today), today);
		var touched = touched(today);
		var failing = verdicts.stream().filter(v -> !v.compliant()).toList();
		assertThat(verdicts).hasSizeGreaterThan(50);
		assertThat(failing.stream().filter(v -> !touched.contains(v.unitId())).count()).isBetween(1L, 3L);
		assertThat(failing.stream().flatMap(v -> v.violations().stream()).map(v -> v.rule()))
			.contains(ComplianceRule.RANK_MISMATCH, ComplianceRule.QUALIFICATION, ComplianceRule.OVER_HEADCOUNT);
		// the ward's adjustment, submitted (a browser test approves it from tomorrow)
		assertThat(jdbc.sql("""
				SELECT count(*) FROM position.scheme WHERE submitted_by = :by
				  AND unit_id IN (SELECT unit_id FROM position.scheme WHERE created_by = :demo)""")
			.param("by", DemoSchemes.WARD_HR)
			.param("demo", DemoSchemes.SUBMITTER)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
