package vn.congvu.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import vn.congvu.organization.UnitRestructuring;
import vn.congvu.organization.UnitType;
import vn.congvu.shared.Caller;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.Role;
import vn.congvu.shared.Sex;
import vn.congvu.shared.indicator.Breakdown;

/**
 * The dashboard's tables of the workforce on a province of their own: the age pyramid by completed years on the date,
 * the structure by category and rank level, and the retirements ahead under the ages of Decree 135/2020.
 */
@SpringBootTest
@ActiveProfiles("test")
@Tag("database")
@org.junit.jupiter.api.extension.ExtendWith(vn.congvu.AsSystem.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonnelBreakdownsIntegrationTests {

	static final DecisionRef DECISION = new DecisionRef("09/QĐ-UBND", LocalDate.of(2000, 1, 1), "UBND tỉnh Bảng");

	static final LocalDate DAY = LocalDate.of(2021, 6, 30);

	@Autowired
	List<Breakdown> breakdowns;

	@Autowired
	UnitRestructuring restructuring;

	@Autowired
	PersonnelRegistry registry;

	Map<String, Breakdown> byCode;

	long province;

	long commune;

	@BeforeAll
	void setUp() {
		byCode = breakdowns.stream().collect(Collectors.toMap(Breakdown::code, Function.identity()));
		province = restructuring.create(new UnitRestructuring.CreateUnit(new UnitRestructuring.NewUnit("BD1",
				"Tỉnh Bảng", UnitType.PROVINCE, null), LocalDate.of(2000, 1, 1), DECISION, null)).createdUnitIds().get(0);
		commune = restructuring.create(new UnitRestructuring.CreateUnit(new UnitRestructuring.NewUnit("BD1.1",
				"Xã Bảng", UnitType.COMMUNE, province), LocalDate.of(2000, 1, 1), DECISION, null)).createdUnitIds().get(0);
		// 25 on the day (turns 26 the next day), 26 on the day, and a woman of 41
		enrol("095095300001", "Đinh Văn Trẻ", LocalDate.of(1995, 7, 1), Sex.MALE, Category.CIVIL_SERVANT, "01.003");
		enrol("095095300002", "Đinh Văn Vừa", LocalDate.of(1995, 6, 30), Sex.MALE, Category.CIVIL_SERVANT, "01.002");
		enrol("095180300003", "Đinh Thị Hoa", LocalDate.of(1980, 1, 15), Sex.FEMALE, Category.PUBLIC_EMPLOYEE,
				"V.07.02.25");
		// retirement ages of Decree 135/2020: a man born 05/05/1961 reaches 60 years 3 months in August 2021 and
		// retires on 01/09/2021; a woman born 10/03/1966 reaches 55 years 4 months in July 2021, retires 01/08/2021;
		// a man born 20/02/1963 reaches 60 years 9 months in November 2023, retires 01/12/2023
		enrol("095061300004", "Đinh Văn Lão", LocalDate.of(1961, 5, 5), Sex.MALE, Category.CIVIL_SERVANT, "01.003");
		enrol("095166300005", "Đinh Thị Già", LocalDate.of(1966, 3, 10), Sex.FEMALE, Category.CIVIL_SERVANT, "01.003");
		enrol("095063300006", "Đinh Văn Cả", LocalDate.of(1963, 2, 20), Sex.MALE, Category.CADRE, "01.003");
		// born 1960: retired before the day, no longer at work, counts nowhere
		long gone = enrol("095060300007", "Đinh Văn Hưu", LocalDate.of(1960, 1, 2), Sex.MALE, Category.CIVIL_SERVANT,
				"01.003");
		registry.record(gone, PersonnelRegistry.RecordAction.of(ActionKind.RETIREMENT, LocalDate.of(2021, 2, 1), DECISION));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private long enrol(String citizenId, String name, LocalDate born, Sex sex, Category category,
			String rank) {
		return registry.enrol(new PersonnelRegistry.EnrolOfficial(citizenId, name, born, false, sex, "01", commune,
				category, rank, 1, LocalDate.of(2020, 1, 2), DECISION, null, false)).id();
	}

	private Map<String, List<Long>> table(String code, LocalDate day) {
		var table = byCode.get(code).table(province, day, true);
		return table.series().stream().collect(Collectors.toMap(Breakdown.Series::key, Breakdown.Series::values));
	}

	@Test
	void theAgePyramidCountsCompletedYearsOnTheDayBySex() {
		var table = byCode.get("personnel.ageBySex").table(province, DAY, true);
		assertThat(table.categories()).containsExactly("Đến 25", "26–30", "31–35", "36–40", "41–45", "46–50",
				"51–55", "56–60", "Trên 60");
		var bySex = table(("personnel.ageBySex"), DAY);
		assertThat(bySex.get("MALE")).containsExactly(1L, 1L, 0L, 0L, 0L, 0L, 0L, 2L, 0L);
		assertThat(bySex.get("FEMALE")).containsExactly(0L, 0L, 0L, 0L, 1L, 0L, 1L, 0L, 0L);
		assertThat(table.total()).as("the retired man is not at work").isEqualTo(6);
		assertThat(table("personnel.ageBySex", DAY.plusDays(1)).get("MALE")).as("the young man turns 26")
			.containsExactly(0L, 2L, 0L, 0L, 0L, 0L, 0L, 2L, 0L);
	}

	@Test
	void retirementsAheadFollowTheRisingAgesOfDecree135() {
		var table = byCode.get("personnel.retirementsAhead").table(province, DAY, true);
		assertThat(table.categories()).containsExactly("2021", "2022", "2023", "2024", "2025");
		var bySex = table("personnel.retirementsAhead", DAY);
		assertThat(bySex.get("MALE")).containsExactly(1L, 0L, 1L, 0L, 0L);
		assertThat(bySex.get("FEMALE")).containsExactly(1L, 0L, 0L, 0L, 0L);
		assertThat(table("personnel.retirementsAhead", LocalDate.of(2021, 8, 1)).get("FEMALE"))
			.as("retired on the day asked: no longer ahead").containsExactly(0L, 0L, 0L, 0L, 0L);
	}

	@Test
	void theStructureByCategoryAndRankLevelReadsTheCatalogOfTheDay() {
		vn.congvu.TestCallers.signIn(new Caller(961, "ha.bd1", Role.HOME_AFFAIRS, province));
		assertThat(table("personnel.byCategory", DAY).get("people")).containsExactly(1L, 4L, 1L, 0L);
		// 01.002 is principal specialist, 01.003 specialist, V.07.02.25 a title at specialist level
		assertThat(table("personnel.byRankLevel", DAY).get("people")).containsExactly(0L, 1L, 5L, 0L, 0L, 0L);
	}

}
