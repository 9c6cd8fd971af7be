package vn.congvu.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.congvu.organization.UnitRestructuring;
import vn.congvu.organization.UnitType;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.Sex;
import vn.congvu.shared.indicator.Indicator;
import vn.congvu.shared.indicator.Query;

/**
 * The reform-report counts of personnel actions (DOMAIN A2) on a province of their own: both ends of the period count,
 * cancelled actions count nowhere, and scope follows units through time.
 */
@SpringBootTest
@ActiveProfiles("test")
@Tag("database")
@org.junit.jupiter.api.extension.ExtendWith(vn.congvu.AsSystem.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonnelIndicatorsIntegrationTests {

	static final DecisionRef DECISION = new DecisionRef("05/QĐ-UBND", LocalDate.of(2020, 12, 1), "UBND tỉnh Chỉ Số");

	@Autowired
	List<Indicator> indicators;

	@Autowired
	UnitRestructuring restructuring;

	@Autowired
	PersonnelRegistry registry;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	Map<String, Indicator> byCode;

	long province;

	long communeA;

	long communeB;

	@BeforeAll
	void setUp() {
		byCode = indicators.stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
		province = create("99", "Tỉnh Chỉ Số", UnitType.PROVINCE, null);
		communeA = create("99001", "Xã A", UnitType.COMMUNE, province);
		communeB = create("99002", "Xã B", UnitType.COMMUNE, province);
		long first = enrol("095080100001", "Phan Văn Một", "2021-01-01", communeA);
		enrol("095080100002", "Phan Văn Hai", "2021-06-30", communeA);
		enrol("095080100003", "Phan Văn Ba", "2021-07-01", communeB);
		move(first, ActionKind.TRANSFER, "2021-03-01", communeB);
		var wrong = move(first, ActionKind.TRANSFER, "2021-04-01", communeA);
		registry.record(first, PersonnelRegistry.RecordAction.cancellation(LocalDate.of(2021, 4, 10), wrong, DECISION));
		registry.record(first, PersonnelRegistry.RecordAction.appointment(LocalDate.of(2021, 5, 1), "Phó Chủ tịch UBND xã",
				false, DECISION));
		// commune C: salary steps on the day before the period and its first day; retirements on its last day, and
		// one cancelled then decided again; all gone by the end of the period
		communeC = create("99003", "Xã C", UnitType.COMMUNE, province);
		long fourth = enrol("095080100004", "Phan Văn Bốn", "2005-01-03", communeC);
		step(fourth, 2, "2020-12-31");
		step(fourth, 3, "2021-01-01");
		move(fourth, ActionKind.RESIGNATION, "2021-03-01", null);
		long fifth = enrol("095080100005", "Phan Văn Năm", "2005-01-03", communeC);
		move(fifth, ActionKind.RETIREMENT, "2021-06-30", null);
		long sixth = enrol("095080100006", "Phan Văn Sáu", "2005-01-03", communeC);
		var early = move(sixth, ActionKind.RETIREMENT, "2021-05-01", null);
		registry.record(sixth, PersonnelRegistry.RecordAction.cancellation(LocalDate.of(2021, 5, 10), early, DECISION));
		move(sixth, ActionKind.RETIREMENT, "2021-06-01", null);
	}

	long communeC;

	private void step(long official, int step, String date) {
		registry.record(official, PersonnelRegistry.RecordAction.salaryStep(LocalDate.parse(date), step, DECISION));
	}

	private long create(String code, String name, UnitType type, Long parent) {
		return restructuring.create(new UnitRestructuring.CreateUnit(new UnitRestructuring.NewUnit(code, name, type, parent),
				LocalDate.of(2000, 1, 1), DECISION, null)).createdUnitIds().get(0);
	}

	private long enrol(String citizenId, String name, String start, long unit) {
		return registry.enrol(new PersonnelRegistry.EnrolOfficial(citizenId, name, LocalDate.of(1980, 5, 5), false,
				Sex.MALE, "01", unit, Category.CIVIL_SERVANT, "01.003", 1, LocalDate.parse(start), DECISION, null, false))
			.id();
	}

	private long move(long official, ActionKind kind, String date, @org.jspecify.annotations.Nullable Long unit) {
		return registry.record(official, new PersonnelRegistry.RecordAction(kind, LocalDate.parse(date), null, DECISION,
				null, null, unit, null, null, null, null, null, null, null, false, null)).id();
	}

	private long value(String code, long scope) {
		return byCode.get(code).value(new Query(scope, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30)));
	}

	@Test
	void recruitmentsOnTheFirstAndLastDayCountAndTheDayAfterDoesNot() {
		assertThat(value("recruitment.hired", province)).isEqualTo(2);
		assertThat(byCode.get("recruitment.hired").rows(new Query(province, LocalDate.of(2021, 1, 1),
				LocalDate.of(2021, 6, 30)))).extracting(r -> r.subjectName()).containsExactly("Phan Văn Một", "Phan Văn Hai");
	}

	@Test
	void aCancelledTransferCountsNowhere() {
		assertThat(value("mobility.transfers", province)).isEqualTo(1);
		assertThat(value("mobility.appointments", province)).isEqualTo(1);
		assertThat(value("mobility.moves", province)).isEqualTo(2);
	}

	@Test
	void scopeDecidesByTheUnitTheActionConcerns() {
		assertThat(value("recruitment.hired", communeA)).isEqualTo(2);
		assertThat(value("recruitment.hired", communeB)).isZero();
		assertThat(value("mobility.transfers", communeB)).as("the transfer went to B").isEqualTo(1);
		assertThat(value("mobility.appointments", communeB)).as("appointed while working in B").isEqualTo(1);
		assertThat(value("mobility.moves", communeA)).isZero();
	}


	@Test
	void retirementsAndSalaryStepsCountWithinThePeriodAndNotWhenCancelled() {
		assertThat(value("personnel.retirements", province)).isEqualTo(2);
		assertThat(value("personnel.retirements", communeC)).as("the unit they retire from").isEqualTo(2);
		assertThat(value("personnel.retirements", communeA)).isZero();
		assertThat(byCode.get("personnel.retirements").rows(new Query(province, LocalDate.of(2021, 1, 1),
				LocalDate.of(2021, 6, 30)))).extracting(r -> r.subjectName() + " " + r.date())
			.containsExactlyInAnyOrder("Phan Văn Năm 2021-06-30", "Phan Văn Sáu 2021-06-01");
		assertThat(value("personnel.salarySteps", province)).as("the first day counts, the day before does not")
			.isEqualTo(1);
		assertThat(byCode.get("personnel.salarySteps").value(Query.on(communeC, LocalDate.of(2020, 12, 31))))
			.isEqualTo(1);
	}

	@Test
	void reassignmentsAndReceptionsCountFromTheFirstToTheLastDayAndNotWhenCancelled() {
		long other = create("CS2", "Tỉnh Chỉ Số Hai", UnitType.PROVINCE, null);
		long east = create("CS2.1", "Xã Đông", UnitType.COMMUNE, other);
		long west = create("CS2.2", "Xã Tây", UnitType.COMMUNE, other);
		long onTheLastDay = enrol("095080100011", "Phan Văn Đông", "2020-03-02", east);
		move(onTheLastDay, ActionKind.REASSIGNMENT, "2021-06-30", west);
		long dayAfter = enrol("095080100012", "Phan Văn Tây", "2020-03-02", east);
		move(dayAfter, ActionKind.REASSIGNMENT, "2021-07-01", west);
		receive("095080100013", "Phan Văn Nhận", "2021-01-01", west);
		long cancelled = receive("095080100014", "Phan Văn Hủy", "2021-02-01", east);
		long reception = jdbc.sql("SELECT id FROM personnel.personnel_action WHERE official_id = ? AND kind = 'RECEPTION'")
			.param(cancelled)
			.query(Long.class)
			.single();
		registry.record(cancelled, PersonnelRegistry.RecordAction.cancellation(LocalDate.of(2021, 2, 5), reception, DECISION));
		assertThat(value("mobility.reassignments", other)).as("the last day counts, the day after does not")
			.isEqualTo(1);
		assertThat(value("mobility.reassignments", west)).as("the unit they go to").isEqualTo(1);
		assertThat(value("mobility.reassignments", east)).isZero();
		assertThat(value("mobility.receptions", other)).as("the first day counts, a cancelled one does not")
			.isEqualTo(1);
		assertThat(byCode.get("mobility.receptions").rows(new Query(other, LocalDate.of(2021, 1, 1),
				LocalDate.of(2021, 6, 30)))).extracting(r -> r.subjectName()).containsExactly("Phan Văn Nhận");
		assertThat(value("mobility.moves", other)).isEqualTo(2);
		assertThat(value("recruitment.hired", other)).as("a reception is not a recruitment").isZero();
	}

	private long receive(String citizenId, String name, String start, long unit) {
		return registry.enrol(new PersonnelRegistry.EnrolOfficial(citizenId, name, LocalDate.of(1980, 5, 5), false,
				Sex.MALE, "01", unit, Category.CIVIL_SERVANT, "01.003", 1, LocalDate.parse(start), DECISION, null, true))
			.id();
	}

	@Autowired
	List<vn.congvu.shared.indicator.Breakdown> breakdowns;

	@Test
	void thePeriodsDecisionsByCategoryAndRankLevelCountAsTheFiguresDo() {
		var half = new Query(province, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30));
		var byCategory = breakdowns.stream().filter(b -> b.code().equals("personnel.actionsByCategory")).findFirst()
			.orElseThrow().table(half, true);
		assertThat(byCategory.categories()).containsExactly("Cán bộ", "Công chức", "Viên chức", "Hợp đồng");
		var series = byCategory.series().stream().collect(Collectors.toMap(s -> s.key(), s -> s.values()));
		assertThat(series.get("RECRUITMENT")).containsExactly(0L, 2L, 0L, 0L);
		assertThat(series.get("TRANSFER")).as("the cancelled transfer counts nowhere").containsExactly(0L, 1L, 0L, 0L);
		assertThat(series.get("APPOINTMENT")).containsExactly(0L, 1L, 0L, 0L);
		assertThat(series.get("RETIREMENT")).as("the category they retire from").containsExactly(0L, 2L, 0L, 0L);
		assertThat(series.get("SALARY_STEP")).containsExactly(0L, 1L, 0L, 0L);
		var byRank = breakdowns.stream().filter(b -> b.code().equals("personnel.actionsByRankLevel")).findFirst()
			.orElseThrow().table(half, true);
		assertThat(byRank.series().get(0).values()).as("recruited as specialists (01.003)")
			.containsExactly(0L, 0L, 2L, 0L, 0L, 0L);
		assertThat(byRank.total()).isEqualTo(byCategory.total()).isEqualTo(7);
	}

	@Test
	void headcountOnTheLastDayOfThePeriodByCategory() {
		var firstHalf = new Query(province, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30));
		assertThat(byCode.get("personnel.headcount").value(firstHalf)).isEqualTo(2);
		assertThat(byCode.get("personnel.headcount.civilServants").value(firstHalf)).isEqualTo(2);
		assertThat(byCode.get("personnel.headcount.publicEmployees").value(firstHalf)).isZero();
		assertThat(byCode.get("personnel.headcount").value(Query.on(province, LocalDate.of(2021, 7, 1)))).isEqualTo(3);
		assertThat(byCode.get("personnel.headcount").value(Query.on(communeB, LocalDate.of(2021, 6, 30)))).isEqualTo(1);
		assertThat(byCode.get("personnel.headcount").rows(firstHalf)).extracting(r -> r.subjectName())
			.containsExactly("Phan Văn Hai", "Phan Văn Một");
		// a trend: several days (and scopes) counted together, in the order asked, as each alone (on 31/12/2020
		// the three of commune C, all gone by mid-2021)
		var days = List.of(Query.on(province, LocalDate.of(2021, 7, 1)), Query.on(communeB, LocalDate.of(2021, 6, 30)),
				Query.on(province, LocalDate.of(2020, 12, 31)), firstHalf, Query.on(province, LocalDate.of(2021, 7, 1)));
		for (var code : List.of("personnel.headcount", "personnel.headcount.civilServants",
				"personnel.headcount.publicEmployees")) {
			var indicator = byCode.get(code);
			assertThat(indicator.values(days)).as(code)
				.containsExactlyElementsOf(days.stream().map(indicator::value).toList());
		}
		assertThat(byCode.get("personnel.headcount").values(days)).containsExactly(3L, 1L, 3L, 2L, 3L);
	}

}
