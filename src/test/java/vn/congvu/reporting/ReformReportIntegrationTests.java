package vn.congvu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.congvu.TestHttp;
import vn.congvu.organization.UnitDirectory;

/**
 * The reform report over the API: the catalogue of indicators, the demo province's first half of 2021 with the seed's
 * figures, each traced to its rows, and the caller's scope.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
class ReformReportIntegrationTests {

	static final String HOME_AFFAIRS = TestHttp.basic("demo.sonoivu", "Demo@2021!");

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UnitDirectory units;

	private JsonNode read(java.net.http.HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return json.readTree(response.body());
	}

	private long bacLieu() {
		return units.unitsAsOf(LocalDate.of(2021, 1, 1)).stream().filter(u -> "95".equals(u.code())).findFirst()
			.orElseThrow().id();
	}

	@Test
	void theCatalogueNamesEveryIndicatorInBothLanguages() {
		var catalogue = read(TestHttp.api(port).get("/api/v1/indicators", "Authorization", HOME_AFFAIRS), 200);
		var codes = new HashSet<String>();
		catalogue.forEach(e -> {
			codes.add(e.get("code").asString());
			assertThat(e.get("labelVi").asString()).isNotBlank();
			assertThat(e.get("labelEn").asString()).isNotBlank();
		});
		assertThat(codes).contains("recruitment.hired", "promotion.candidates", "promotion.passed", "mobility.moves",
				"mobility.transfers", "mobility.appointments", "mobility.reassignments", "mobility.receptions",
				"personnel.headcount", "personnel.retirements", "personnel.salarySteps", "staffing.compliantUnitsPct");
	}

	@Test
	void theFirstHalfOf2021ShowsTheSeedsFiguresEachTracedToItsRecords() {
		var api = TestHttp.api(port);
		var query = "?scopeUnitId=" + bacLieu() + "&from=2021-01-01&to=2021-06-30";
		var report = read(api.get("/api/v1/reports/reform" + query, "Authorization", HOME_AFFAIRS), 200);
		assertThat(report.get("scope").get("name").asString()).isEqualTo("Tỉnh Bạc Liêu");
		var figures = new java.util.HashMap<String, Long>();
		report.get("indicators").forEach(f -> figures.put(f.get("code").asString(), f.get("value").asLong()));
		// other tests share this database: the demo's own records are told apart by who recorded them
		var demoActions = Set.copyOf(jdbc.sql("SELECT id FROM personnel.personnel_action WHERE recorded_by = 'demo' "
				+ "AND effective_date BETWEEN DATE '2021-01-01' AND DATE '2021-06-30'").query(Long.class).list());
		var loadedNominations = Set.copyOf(jdbc.sql("SELECT n.id FROM promotion.nomination n JOIN promotion.exam e "
				+ "ON e.id = n.exam_id WHERE e.created_by = 'system'").query(Long.class).list());
		var seed = java.util.Map.of("recruitment.hired", 13L, "mobility.moves", 117L, "promotion.candidates", 137L,
				"promotion.passed", 102L);
		for (var entry : seed.entrySet()) {
			var rows = read(api.get("/api/v1/indicators/" + entry.getKey() + "/details" + query, "Authorization",
					HOME_AFFAIRS), 200);
			assertThat(rows.size()).as("every figure is its rows: " + entry.getKey())
				.isEqualTo(figures.get(entry.getKey()).intValue());
			var own = entry.getKey().startsWith("promotion") ? loadedNominations : demoActions;
			long demo = 0;
			for (var row : rows) {
				if (own.contains(row.get("recordId").asLong())) {
					demo++;
				}
			}
			assertThat(demo).as(entry.getKey()).isEqualTo(entry.getValue());
		}
		var english = read(api.get("/api/v1/reports/reform" + query, "Authorization", HOME_AFFAIRS, "Cookie",
				"congvu-lang=en"), 200);
		assertThat(english.toString()).contains("Retirements");
	}

	@Test
	void theReportAsDocumentsOpensInLibreOfficeWithTheSeedsSentence() throws Exception {
		var api = TestHttp.api(port);
		var query = "?scopeUnitId=" + bacLieu() + "&from=2021-01-01&to=2021-06-30";
		var docx = java.nio.file.Files.createTempFile("bao-cao", ".docx");
		var pdf = java.nio.file.Files.createTempFile("bao-cao", ".pdf");
		try {
			java.nio.file.Files.write(docx, api.bytes("/api/v1/reports/reform.docx" + query, "Authorization",
					HOME_AFFAIRS));
			var text = vn.congvu.LibreOffice.text(docx).replaceAll("\\s+", " ");
			assertThat(text).contains("ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU", "Bạc Liêu, ngày 30 tháng 6 năm 2021", "BÁO CÁO",
					"Kết quả cải cách công vụ 6 tháng đầu năm 2021", "Trong 6 tháng đầu năm 2021, tỉnh Bạc Liêu", "DỰ THẢO",
					"trường hợp", "vị trí việc làm và cơ cấu ngạch công chức", "PHỤ LỤC");
			assertThat(text).containsPattern("đã tuyển dụng \\d+ công chức, viên chức");
			assertThat(text).as("no internal codes in a document people sign")
				.doesNotContain("recruitment.hired", "personnel.headcount", "mobility.moves");
			java.nio.file.Files.write(pdf, api.bytes("/api/v1/reports/reform.pdf" + query, "Authorization",
					HOME_AFFAIRS));
			assertThat(vn.congvu.LibreOffice.pdfText(pdf).replaceAll("\\s+", " ")).contains("BÁO CÁO",
					"6 tháng đầu năm 2021", "thực hiện đúng quy định về vị trí việc làm");
			// Decree 30/2020 Annex I: the national name and the motto each on one line; the table's "STT" whole
			assertThat(vn.congvu.LibreOffice.pdfText(pdf).lines().map(String::strip))
				.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
				.anySatisfy(line -> assertThat(line).startsWith("STT"));
		}
		finally {
			java.nio.file.Files.deleteIfExists(docx);
			java.nio.file.Files.deleteIfExists(pdf);
		}
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
				api.bytes("/api/v1/reports/reform.xlsx" + query, "Authorization", HOME_AFFAIRS)))) {
			// the figures, by unit, the period's decisions by category and by rank level, four tables of the workforce
			// (age and sex, category, rank level, retirements ahead), the records
			assertThat(book.getNumberOfSheets()).isEqualTo(9);
			var figureSheet = book.getSheetAt(0);
			var decisions = book.getSheetAt(2);
			assertThat(decisions.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Tuyển dụng");
			assertThat(decisions.getRow(1).getCell(5).getNumericCellValue()).as("every recruit by category")
				.isEqualTo(figureSheet.getRow(codeRow(figureSheet, "recruitment.hired")).getCell(2).getNumericCellValue());
			assertThat(book.getSheetAt(3).getRow(1).getCell(7).getNumericCellValue()).as("and by rank level")
				.isEqualTo(figureSheet.getRow(codeRow(figureSheet, "recruitment.hired")).getCell(2).getNumericCellValue());
			var byCategory = book.getSheetAt(5);
			assertThat(byCategory.getRow(0).getCell(0).getStringCellValue()).startsWith("Cơ cấu theo loại");
			var cadres = byCategory.getRow(1).getCell(1).getNumericCellValue();
			var civilServants = byCategory.getRow(1).getCell(2).getNumericCellValue();
			var publicEmployees = byCategory.getRow(1).getCell(3).getNumericCellValue();
			assertThat(cadres + civilServants + publicEmployees).as("the headcount of 30/06/2021").isEqualTo(
					book.getSheetAt(0).getRow(codeRow(book.getSheetAt(0), "personnel.headcount")).getCell(2)
						.getNumericCellValue());
			var figures = book.getSheetAt(0);
			var codes = new HashSet<String>();
			for (int r = 1; r <= figures.getLastRowNum(); r++) {
				codes.add(figures.getRow(r).getCell(0).getStringCellValue());
			}
			assertThat(codes).contains("recruitment.hired", "mobility.moves", "promotion.passed");
			assertThat(book.getSheetAt(1).getLastRowNum()).as("by unit").isPositive();
			assertThat(book.getSheetAt(8).getLastRowNum()).as("the records behind").isGreaterThan(13 + 117 + 137);
			// the records, written as they are read, are those behind each figure, each naming its unit
			var records = book.getSheetAt(8);
			var perCode = new java.util.HashMap<String, Integer>();
			for (int r = 1; r <= records.getLastRowNum(); r++) {
				perCode.merge(records.getRow(r).getCell(0).getStringCellValue(), 1, Integer::sum);
				var what = records.getRow(r).getCell(2).getStringCellValue();
				assertThat(what).as("what a record is, in words").doesNotMatch("[A-Z_]+(,[A-Z_]+)*");
				var unit = records.getRow(r).getCell(5);
				if (records.getRow(r).getCell(0).getStringCellValue().startsWith("mobility.")) {
					assertThat(unit).as("the unit a decision concerns, appointments included").isNotNull();
				}
				if (unit != null) {
					assertThat(unit.getStringCellValue()).as("a unit's name").isNotBlank().doesNotStartWith("#");
				}
			}
			assertThat(perCode).containsEntry("recruitment.hired", 13).containsEntry("mobility.moves", 117);
			var headcount = (int) figures.getRow(codeRow(figures, "personnel.headcount")).getCell(2).getNumericCellValue();
			assertThat(perCode).containsEntry("personnel.headcount", headcount);
			int headcountByUnit = 0;
			var byUnit = book.getSheetAt(1);
			for (int r = 1; r <= byUnit.getLastRowNum(); r++) {
				if (byUnit.getRow(r).getCell(0).getStringCellValue().equals("personnel.headcount")) {
					headcountByUnit += (int) byUnit.getRow(r).getCell(2).getNumericCellValue();
				}
			}
			assertThat(headcountByUnit).as("the headcount by unit").isEqualTo(headcount);
		}
	}

	private static int codeRow(org.apache.poi.ss.usermodel.Sheet sheet, String code) {
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			if (code.equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
				return r;
			}
		}
		throw new AssertionError(code);
	}

	@Test
	void periodsAreNamedTheWayReportsNameThem() {
		assertThat(ReformReportDocuments.period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30)))
			.isEqualTo("6 tháng đầu năm 2021");
		assertThat(ReformReportDocuments.period(LocalDate.of(2022, 7, 1), LocalDate.of(2022, 9, 30)))
			.isEqualTo("quý III năm 2022");
		assertThat(ReformReportDocuments.period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)))
			.isEqualTo("năm 2023");
		assertThat(ReformReportDocuments.period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 9, 30)))
			.isEqualTo("9 tháng đầu năm 2023");
		assertThat(ReformReportDocuments.period(LocalDate.of(2023, 1, 5), LocalDate.of(2023, 3, 31)))
			.isEqualTo("từ ngày 05/01/2023 đến ngày 31/03/2023");
		assertThat(ReformReportDocuments.n(14350)).isEqualTo("14.350");
	}

	@Test
	void aScopeOutsideTheCallersAnOfficialAndABadPeriodAreRefused() {
		var api = TestHttp.api(port);
		var hr = TestHttp.basic("demo.nhansu", "Demo@2021!");
		var query = "?scopeUnitId=" + bacLieu() + "&from=2021-01-01&to=2021-06-30";
		assertThat(api.get("/api/v1/reports/reform" + query, "Authorization", hr).statusCode()).isEqualTo(404);
		assertThat(api.get("/api/v1/indicators/recruitment.hired/details" + query, "Authorization", hr).statusCode())
			.isEqualTo(404);
		assertThat(api.get("/api/v1/reports/reform", "Authorization", TestHttp.basic("demo.congchuc", "Demo@2021!"))
			.statusCode()).isEqualTo(403);
		var reversed = read(api.get("/api/v1/reports/reform?from=2021-06-30&to=2021-01-01", "Authorization", hr), 400);
		assertThat(reversed.get("field").asString()).isEqualTo("to");
		assertThat(api.get("/api/v1/indicators/nothing.here/details", "Authorization", hr).statusCode()).isEqualTo(404);
		// the appendix is written before it is sent: a refusal is an answer, not a cut-off download
		var appendix = read(api.get("/api/v1/reports/reform.xlsx?from=2021-06-30&to=2021-01-01", "Authorization", hr),
				400);
		assertThat(appendix.get("field").asString()).isEqualTo("to");
		assertThat(api.get("/api/v1/reports/reform.xlsx" + query, "Authorization", hr).statusCode()).isEqualTo(404);
		// without a scope, the caller's own: the ward's figures of this year
		var own = read(api.get("/api/v1/reports/reform", "Authorization", hr), 200);
		assertThat(own.get("scope").get("id").asLong())
			.isEqualTo(read(api.get("/api/v1/me", "Authorization", hr), 200).get("scopeUnitId").asLong());
	}

}
