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
class DemoSchemesIntegrationTests {

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
		assertThat(indicator("staffing.compliantUnitsPct").value(query)).as("100% cơ quan, đơn vị").isEqualTo(100);
		long total = indicator("staffing.units").value(query);
		assertThat(total).isGreaterThan(100);
		assertThat(indicator("staffing.compliantUnits").value(query)).isEqualTo(total);
		assertThat(indicator("staffing.violations").value(query)).isZero();
		// each of them had its scheme adjusted and approved in the first half of 2021
		var approved = indicator("position.schemesApproved").rows(new Query(bacLieu, LocalDate.of(2021, 1, 1), date));
		assertThat(approved).hasSizeGreaterThanOrEqualTo((int) total);
	}

	@Test
	void aFewAgenciesBreakTypicalRulesAtTheEndOf2020() {
		var date = LocalDate.of(2020, 12, 31);
		var verdicts = demoVerdicts(province("95", date), date);
		var failing = verdicts.stream().filter(v -> !v.compliant()).toList();
		assertThat(failing).hasSizeBetween(2, 5);
		assertThat(failing.stream().flatMap(v -> v.violations().stream()).map(v -> v.rule()))
			.contains(ComplianceRule.RANK_MISMATCH, ComplianceRule.QUALIFICATION, ComplianceRule.OVER_HEADCOUNT);
	}

	@Test
	void aFewUnitsBreakTypicalRulesTodayAfterTheRestructuring() {
		var today = LocalDate.now();
		var verdicts = demoVerdicts(province("96", today), today);
		var failing = verdicts.stream().filter(v -> !v.compliant()).toList();
		assertThat(verdicts).hasSizeGreaterThan(50);
		assertThat(failing).hasSizeBetween(2, 5);
		assertThat(failing.stream().flatMap(v -> v.violations().stream()).map(v -> v.rule()))
			.contains(ComplianceRule.RANK_MISMATCH, ComplianceRule.QUALIFICATION, ComplianceRule.OVER_HEADCOUNT);
		// the ward's adjustment, submitted (a browser test approves it from tomorrow)
		assertThat(jdbc.sql("SELECT count(*) FROM position.scheme WHERE submitted_by = :by")
			.param("by", DemoSchemes.WARD_HR)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
