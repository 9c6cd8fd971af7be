package vn.congvu.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.congvu.TestHttp;
import vn.congvu.organization.UnitRestructuring;
import vn.congvu.organization.UnitType;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.Sex;

/** The workforce statistics on hand-built people: each breakdown, the date asked, and the caller's scope. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
@org.junit.jupiter.api.extension.ExtendWith(vn.congvu.AsSystem.class)
class WorkforceStatisticsIntegrationTests {

	static final DecisionRef DECISION = new DecisionRef("07/QĐ-UBND", LocalDate.of(2024, 1, 2), "UBND tỉnh Cà Mau");

	@Autowired
	WorkforceStatistics statistics;

	@Autowired
	PersonnelRegistry registry;

	@Autowired
	PersonnelRecords records;

	@Autowired
	UnitRestructuring restructuring;

	@LocalServerPort
	int port;

	private long enrol(long unit, String citizenId, String born, Sex sex, String ethnic, Category category, String rank,
			String start) {
		var name = switch (citizenId.substring(10)) {
			case "01" -> "Thạch Thị Sa Ri";
			case "02" -> "Nguyễn Văn Hai";
			default -> "Lê Văn Ba";
		};
		return registry.enrol(new PersonnelRegistry.EnrolOfficial(citizenId, name,
				LocalDate.parse(born), false, sex, ethnic, unit, category, rank, 1, LocalDate.parse(start), DECISION,
				null, false)).id();
	}

	@Test
	void eachBreakdownCountsThePeopleOfTheDay() throws Exception {
		var caMau = TestHttp.api(port).get("/api/v1/me", "Authorization", TestHttp.basic("demo.sonoivu", "Demo@2021!"))
			.body().replaceAll(".*\"scopeUnitId\":(\\d+).*", "$1");
		long agency = restructuring.create(new UnitRestructuring.CreateUnit(new UnitRestructuring.NewUnit(null,
				"Sở Thống kê thử", UnitType.PROVINCIAL_AGENCY, Long.parseLong(caMau)), LocalDate.of(2024, 1, 1), DECISION,
				null)).createdUnitIds().get(0);
		// a woman of 29, Khmer, principal specialist, master, advanced political theory, Party member since May 2025
		long first = enrol(agency, "095196000101", "1996-03-01", Sex.FEMALE, "05", Category.CIVIL_SERVANT, "01.002",
				"2025-01-02");
		registry.update(first, new PersonnelRegistry.UpdateOfficial(records.official(first).orElseThrow().version(),
				null, new Qualifications(null, "THS", "CC", "CVC", null, null),
				new Memberships(LocalDate.of(2025, 5, 19), null, null, null), null, null, null));
		// a man of 61, specialist, bachelor
		long second = enrol(agency, "095064000102", "1964-01-15", Sex.MALE, "01", Category.CIVIL_SERVANT, "01.003",
				"2025-01-02");
		registry.update(second, new PersonnelRegistry.UpdateOfficial(records.official(second).orElseThrow().version(),
				null, new Qualifications(null, "DH", null, "CV", null, null), null, null, null, null));
		// a public employee who starts after the day asked
		enrol(agency, "095095000103", "1995-07-07", Sex.MALE, "01", Category.PUBLIC_EMPLOYEE, "V.08.01.03",
				"2025-09-01");

		var result = statistics.compute(agency, LocalDate.of(2025, 6, 30));
		assertThat(result.units()).hasSize(1);
		var t = result.total();
		assertThat(t.get("total")).isEqualTo(2);
		assertThat(t.get("civilServants")).isEqualTo(2);
		assertThat(t.get("publicEmployees")).isZero();
		assertThat(t.get("women")).isEqualTo(1);
		assertThat(t.get("ethnicMinorities")).isEqualTo(1);
		assertThat(t.get("partyMembers")).isEqualTo(1);
		assertThat(t.get("rank.principal")).isEqualTo(1);
		assertThat(t.get("rank.specialist")).isEqualTo(1);
		assertThat(t.get("education.master")).isEqualTo(1);
		assertThat(t.get("education.bachelor")).isEqualTo(1);
		assertThat(t.get("politics.advanced")).isEqualTo(1);
		assertThat(t.get("stateManagement.principal")).isEqualTo(1);
		assertThat(t.get("stateManagement.specialist")).isEqualTo(1);
		assertThat(t.get("age.upTo30")).isEqualTo(1);
		assertThat(t.get("age.over60")).isEqualTo(1);
		// before she joined the Party, and once the third has started
		assertThat(statistics.compute(agency, LocalDate.of(2025, 2, 1)).total().get("partyMembers")).isZero();
		var later = statistics.compute(agency, LocalDate.of(2025, 9, 1)).total();
		assertThat(later.get("total")).isEqualTo(3);
		assertThat(later.get("publicEmployees")).isEqualTo(1);

		// over the API: Home Affairs of the province reads it, as JSON and XLSX; the ward's HR does not
		var api = TestHttp.api(port);
		var homeAffairs = TestHttp.basic("demo.sonoivu", "Demo@2021!");
		var json = api.get("/api/v1/statistics/workforce?scopeUnitId=" + agency + "&asOf=2025-06-30", "Authorization",
				homeAffairs);
		assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
		assertThat(json.body()).contains("\"total\":2", "\"age.over60\":1");
		var hr = TestHttp.basic("demo.nhansu", "Demo@2021!");
		assertThat(api.get("/api/v1/statistics/workforce?scopeUnitId=" + agency + "&asOf=2025-06-30", "Authorization",
				hr).statusCode()).isEqualTo(404);
		assertThat(api.get("/api/v1/statistics/workforce", "Authorization", TestHttp.basic("demo.congchuc",
				"Demo@2021!")).statusCode()).isEqualTo(403);
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(api.bytes(
				"/api/v1/statistics/workforce.xlsx?scopeUnitId=" + agency + "&asOf=2025-06-30", "Authorization",
				homeAffairs)))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Tổng số");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Sở Thống kê thử");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
			assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(2);
		}
	}

}
