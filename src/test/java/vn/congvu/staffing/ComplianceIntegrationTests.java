package vn.congvu.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congvu.TestHttp.basic;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.json.JsonMapper;
import vn.congvu.TestHttp;
import vn.congvu.organization.UnitRestructuring;
import vn.congvu.organization.UnitType;
import vn.congvu.personnel.ActionKind;
import vn.congvu.personnel.Category;
import vn.congvu.personnel.Degree;
import vn.congvu.personnel.PersonnelRecords;
import vn.congvu.personnel.PersonnelRegistry;
import vn.congvu.personnel.Qualifications;
import vn.congvu.position.JobPosition;
import vn.congvu.position.PositionGroup;
import vn.congvu.position.PositionSchemeBook;
import vn.congvu.position.RankShare;
import vn.congvu.position.SchemeContent;
import vn.congvu.shared.Caller;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.Role;
import vn.congvu.shared.Sex;

/**
 * Compliance of a small province of its own, in the 2030s so that it never meets the demo's (which other tests count):
 * each date is judged with the scheme in force then and the people at work then; the API answers within the caller's
 * scope; the page and its spreadsheet show the demo's end of 2020.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
@org.junit.jupiter.api.extension.ExtendWith(vn.congvu.AsSystem.class)
class ComplianceIntegrationTests {

	static final DecisionRef DECISION = new DecisionRef("01/QĐ-UBND", LocalDate.of(2031, 1, 1), "UBND tỉnh Thử");

	@Autowired
	UnitRestructuring restructuring;

	@Autowired
	PositionSchemeBook schemes;

	@Autowired
	PersonnelRegistry registry;

	@Autowired
	PersonnelRecords records;

	@Autowired
	Compliance compliance;

	@Autowired
	JsonMapper json;

	@Autowired
	List<vn.congvu.shared.indicator.Indicator> indicators;

	@LocalServerPort
	int port;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	static void signIn(Caller caller) {
		vn.congvu.TestCallers.signIn(caller);
	}

	private long create(String code, String name, UnitType type, Long parent) {
		return restructuring.create(new UnitRestructuring.CreateUnit(new UnitRestructuring.NewUnit(code, name, type,
				parent), LocalDate.of(2031, 1, 1), DECISION, null)).createdUnitIds().get(0);
	}

	static JobPosition position(String code, PositionGroup group, String rank, int headcount) {
		return new JobPosition(code, "Vị trí " + code, group, rank, "DH", "Luật", null, null, false, false, headcount,
				false, "Mô tả công việc", "Khung năng lực");
	}

	/** Drafted by the agency's HR, approved by Home Affairs of the province: both signed in as such. */
	private long approve(long province, long agency, String from, List<JobPosition> positions, List<RankShare> shares,
			long revises) {
		var draft = revises == 0
				? schemes.create(agency, new SchemeContent("Đề án vị trí việc làm", LocalDate.parse(from), positions, shares))
				: schemes.revise(revises);
		draft = schemes.edit(draft.id(), new SchemeContent("Đề án vị trí việc làm (điều chỉnh)", LocalDate.parse(from),
				positions, shares), draft.version());
		signIn(new Caller(901, "hr.s41", Role.UNIT_HR, agency));
		var submitted = schemes.submit(draft.id(), draft.version());
		signIn(new Caller(902, "ha.s41", Role.HOME_AFFAIRS, province));
		var approved = schemes.approve(submitted.id(), new PositionSchemeBook.Approval(new DecisionRef("10/QĐ-UBND",
				LocalDate.parse(from).minusDays(10), "UBND tỉnh Thử"), "Chủ tịch", null), submitted.version());
		vn.congvu.TestCallers.asSystem();
		return approved.id();
	}

	private long enrol(String citizenId, String name, long unit, String rank, String start, String positionCode) {
		var official = registry.enrol(new PersonnelRegistry.EnrolOfficial(citizenId, name, LocalDate.of(1985, 4, 12),
				false, Sex.FEMALE, "01", unit, Category.CIVIL_SERVANT, rank, 1, LocalDate.parse(start), DECISION, null,
				false));
		registry.record(official.id(), PersonnelRegistry.RecordAction.positionAssignment(LocalDate.parse(start).plusDays(1),
				positionCode, DECISION));
		var degree = new Degree("DH", "Luật", "Đại học Cần Thơ", 2008, null);
		registry.update(official.id(), new PersonnelRegistry.UpdateOfficial(records.official(official.id()).orElseThrow().version(),
				null, new Qualifications("12/12", "DH", null, null, null, null), null, List.of(degree), null, null));
		return official.id();
	}

	@Test
	void eachDateIsJudgedWithTheSchemeAndThePeopleOfThatDate() {
		long province = create("S41", "Tỉnh Thử Bốn Mốt", UnitType.PROVINCE, null);
		long agency = create("S41.1", "Sở Thử", UnitType.PROVINCIAL_AGENCY, province);
		long division = create("S41.2", "Phòng Nghiệp vụ", UnitType.INTERNAL_DIVISION, agency);
		long first = approve(province, agency, "2032-01-01",
				List.of(position("LD01", PositionGroup.LEADERSHIP, "01.002", 1),
						position("CV01", PositionGroup.PROFESSIONAL, "01.003", 2)),
				List.of(new RankShare("PRINCIPAL", new java.math.BigDecimal("50")),
						new RankShare("SPECIALIST", new java.math.BigDecimal("50"))),
				0);
		long leader = enrol("096185410001", "Lê Thị Thu Hà", agency, "01.002", "2032-01-10", "LD01");
		long specialist = enrol("096185410002", "Trần Thị Mỹ Linh", division, "01.003", "2032-02-01", "CV01");

		var y2033 = compliance.report(province, LocalDate.of(2033, 6, 30));
		assertThat(y2033.summary().totalUnits()).isEqualTo(1);
		assertThat(y2033.summary().compliantUnitsPct()).isEqualByComparingTo("100");
		assertThat(y2033.units().get(0).headcount()).isEqualTo(2);
		assertThat(y2033.units().get(0).schemeId()).isEqualTo(first);

		// the 2034 revision drops CV01: from then its holder holds no position of the scheme in force
		approve(province, agency, "2034-01-01", List.of(position("LD01", PositionGroup.LEADERSHIP, "01.002", 1),
				position("CV02", PositionGroup.PROFESSIONAL, "01.003", 2)), List.of(), first);
		var y2034 = compliance.report(province, LocalDate.of(2034, 6, 30));
		assertThat(y2034.summary().compliantUnits()).isZero();
		var violation = y2034.units().get(0).violations().get(0);
		assertThat(violation.rule()).isEqualTo(ComplianceRule.NO_POSITION);
		assertThat(violation.officialIds()).containsExactly(specialist);
		assertThat(y2034.units().get(0).names()).containsEntry(specialist, "Trần Thị Mỹ Linh");
		// a 2033 question is still answered with 2033's scheme
		assertThat(compliance.report(province, LocalDate.of(2033, 6, 30)).summary().compliantUnits()).isEqualTo(1);

		// people as they were: once the specialist is placed in CV02, and after the leader leaves, the unit complies
		registry.record(specialist, PersonnelRegistry.RecordAction.positionAssignment(LocalDate.of(2034, 9, 1), "CV02",
				DECISION));
		assertThat(compliance.report(province, LocalDate.of(2034, 6, 30)).summary().compliantUnits()).isZero();
		assertThat(compliance.report(province, LocalDate.of(2034, 9, 1)).summary().compliantUnits()).isEqualTo(1);
		registry.record(leader, PersonnelRegistry.RecordAction.of(ActionKind.RESIGNATION, LocalDate.of(2035, 1, 1), DECISION));
		var y2035 = compliance.report(province, LocalDate.of(2035, 6, 30));
		assertThat(y2035.units().get(0).headcount()).isEqualTo(1);
		assertThat(y2035.summary().compliantUnits()).isEqualTo(1);
		// before the scheme and the people, there is nothing to judge; with the leader alone, the rank structure strays
		var y2031 = compliance.report(province, LocalDate.of(2031, 12, 31));
		assertThat(y2031.summary().totalUnits()).isZero();
		var early = compliance.report(province, LocalDate.of(2032, 1, 15));
		assertThat(early.units().get(0).violations()).extracting(Violation::rule)
			.containsExactly(ComplianceRule.RANK_STRUCTURE);

		// the report's figures: judged on the period's last day; the schemes approved by the date of their decision
		// (the first on 22/12/2031, the revision on 22/12/2033), both ends of the period included
		var figures = indicators.stream()
			.collect(java.util.stream.Collectors.toMap(vn.congvu.shared.indicator.Indicator::code, i -> i));
		var firstHalf2034 = new vn.congvu.shared.indicator.Query(province, LocalDate.of(2034, 1, 1),
				LocalDate.of(2034, 6, 30));
		assertThat(figures.get("staffing.units").value(firstHalf2034)).isEqualTo(1);
		assertThat(figures.get("staffing.compliantUnits").value(firstHalf2034)).isZero();
		assertThat(figures.get("staffing.compliantUnitsPct").value(firstHalf2034)).isZero();
		assertThat(figures.get("staffing.violations").value(firstHalf2034)).isEqualTo(1);
		assertThat(figures.get("staffing.violations").rows(firstHalf2034)).extracting(r -> r.subjectId())
			.as("each violation names its agency").containsExactly(agency);
		var untilTheAssignment = new vn.congvu.shared.indicator.Query(province, LocalDate.of(2034, 7, 1),
				LocalDate.of(2034, 9, 1));
		assertThat(figures.get("staffing.compliantUnitsPct").value(untilTheAssignment))
			.as("the assignment takes effect on the period's last day").isEqualTo(100);
		var approved = figures.get("position.schemesApproved");
		assertThat(approved.value(new vn.congvu.shared.indicator.Query(province, LocalDate.of(2031, 12, 22),
				LocalDate.of(2033, 12, 21)))).as("the first day counts, the day after the period does not").isEqualTo(1);
		assertThat(approved.value(new vn.congvu.shared.indicator.Query(province, LocalDate.of(2032, 1, 1),
				LocalDate.of(2033, 12, 22)))).as("the last day counts").isEqualTo(1);
		assertThat(approved.rows(new vn.congvu.shared.indicator.Query(province, LocalDate.of(2031, 1, 1),
				LocalDate.of(2034, 12, 31)))).extracting(r -> r.recordId()).contains(first).hasSize(2);
		assertThat(approved.value(new vn.congvu.shared.indicator.Query(division, LocalDate.of(2031, 1, 1),
				LocalDate.of(2034, 12, 31)))).as("the agency's scheme is not the division's").isZero();
	}

	@Test
	void theApiAnswersWithinTheCallersScopeOnly() {
		var api = TestHttp.api(port);
		var ward = basic("demo.nhansu", "Demo@2021!");
		var own = api.get("/api/v1/staffing/compliance?asOf=2026-11-27", "Authorization", ward);
		assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
		var body = json.readTree(own.body());
		assertThat(body.get("totalUnits").asInt()).isEqualTo(body.get("units").size());
		assertThat(body.get("compliantUnitsPct")).isNotNull();
		long caMau = json.readTree(api.get("/api/v1/me", "Authorization", basic("demo.sonoivu", "Demo@2021!")).body())
			.get("scopeUnitId").asLong();
		var outside = api.get("/api/v1/staffing/compliance?scopeUnitId=" + caMau, "Authorization", ward);
		assertThat(outside.statusCode()).as(outside.body()).isEqualTo(404);
		assertThat(api.get("/api/v1/staffing/compliance", "Authorization", basic("demo.congchuc", "Demo@2021!"))
			.statusCode()).isEqualTo(403);
		assertThat(api.get("/api/v1/staffing/compliance?asOf=30-06-2021", "Authorization", ward).statusCode())
			.isEqualTo(400);
	}

	@Test
	void thePageAndItsSpreadsheetShowTheEndOf2020sViolations() throws Exception {
		var api = TestHttp.api(port);
		var homeAffairs = basic("demo.sonoivu", "Demo@2021!");
		long bacLieu = api.unitId("2020-12-31", "95");
		var page = api.get("/staffing/compliance?asOf=31/12/2020&scope=" + bacLieu + "&sort=violations", "Authorization",
				homeAffairs);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"compliant-share\"", "Chưa đúng", "/staffing/compliance/units/");
		var bad = api.get("/staffing/compliance?asOf=31-12-2020", "Authorization", homeAffairs);
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("is-invalid");
		var bytes = api.bytes("/staffing/compliance.xlsx?asOf=31/12/2020&scope=" + bacLieu, "Authorization", homeAffairs);
		var rules = new java.util.ArrayList<String>();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Cơ quan, đơn vị");
			sheet.forEach(row -> {
				var cell = row.getCell(4);
				if (cell != null && row.getRowNum() > 0) {
					rules.add(cell.getStringCellValue());
				}
			});
		}
		assertThat(rules).contains("Ngạch, chức danh không phù hợp vị trí", "Chưa đủ trình độ, chứng chỉ",
				"Vượt số lượng người của vị trí");
		var file = java.nio.file.Files.createTempFile("tuan-thu", ".xlsx");
		try {
			java.nio.file.Files.write(file, bytes);
			assertThat(vn.congvu.LibreOffice.text(file)).contains("Cơ quan, đơn vị", "Đúng quy định",
					"Vượt số lượng người của vị trí");
		}
		finally {
			java.nio.file.Files.deleteIfExists(file);
		}
	}

}
