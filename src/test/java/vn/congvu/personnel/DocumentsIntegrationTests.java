package vn.congvu.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congvu.TestHttp.basic;

import java.nio.file.Files;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.congvu.LibreOffice;
import vn.congvu.TestHttp;

/** The filtered list as XLSX and an official's CV as DOCX and PDF, opened in LibreOffice and read back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
class DocumentsIntegrationTests {

	static final String HOME_AFFAIRS = basic("demo.sonoivu", "Demo@2021!");

	static final String UNIT_HR = basic("demo.nhansu", "Demo@2021!");

	@LocalServerPort
	int port;

	private long unit(TestHttp api, String date, String code) {
		return api.unitId(date, code);
	}


	private long enrol(TestHttp api, String citizenId, String name, String birth, String sex, long unit) {
		var response = api.json("POST", "/api/v1/officials", "{\"citizenId\":\"" + citizenId + "\",\"fullName\":\"" + name
				+ "\",\"dateOfBirth\":\"" + birth + "\",\"sex\":\"" + sex + "\",\"ethnicGroup\":\"01\",\"unitId\":" + unit
				+ ",\"category\":\"CIVIL_SERVANT\",\"rankCode\":\"01.003\",\"salaryStep\":2,\"startDate\":\"2025-09-01\","
				+ "\"decision\":{\"number\":\"5/QĐ-UBND\",\"date\":\"2025-08-20\",\"issuer\":\"UBND phường Bạc Liêu\"}}",
				"Authorization", HOME_AFFAIRS);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		var matcher = Pattern.compile("\"id\":(\\d+)").matcher(response.body());
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	@Test
	void theListExportHoldsTheScopeOnlyAndNoFormulas() throws Exception {
		var api = TestHttp.api(port);
		long ward = unit(api, "2026-01-01", "31825");
		long other = unit(api, "2026-01-01", "31834");
		enrol(api, "095086400001", "-Lê Văn Trừ", "1986-04-04", "MALE", ward);
		enrol(api, "095086400002", "Quách Văn Ngoài", "1986-05-05", "MALE", other);
		var bytes = api.bytes("/api/v1/officials/export.xlsx?q=095086400001", "Authorization", UNIT_HR);
		try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Họ và tên");
			var cell = sheet.getRow(1).getCell(0);
			assertThat(cell.getStringCellValue()).isEqualTo("-Lê Văn Trừ");
			assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
			assertThat(cell.getCellStyle().getQuotePrefixed()).as("text that looks like a formula stays text").isTrue();
		}
		var all = api.bytes("/api/v1/officials/export.xlsx?asOf=2026-01-01", "Authorization", UNIT_HR);
		try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(all))) {
			var names = new java.util.ArrayList<String>();
			workbook.getSheetAt(0).forEach(row -> names.add(row.getCell(0).getStringCellValue()));
			assertThat(names).contains("-Lê Văn Trừ").doesNotContain("Quách Văn Ngoài");
		}
		var homeAffairs = api.bytes("/api/v1/officials/export.xlsx?q=quach+van+ngoai", "Authorization", HOME_AFFAIRS);
		try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(homeAffairs))) {
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Quách Văn Ngoài");
		}
		var file = Files.createTempFile("danh-sach", ".xlsx");
		try {
			Files.write(file, bytes);
			assertThat(LibreOffice.text(file)).contains("Họ và tên", "-Lê Văn Trừ", "04/04/1986", "Phường Bạc Liêu",
					"Công chức");
		}
		finally {
			Files.deleteIfExists(file);
		}
		assertThat(api.get("/api/v1/officials?minAge=-1", "Authorization", UNIT_HR).statusCode()).isEqualTo(400);
		assertThat(api.get("/api/v1/officials?sex=X", "Authorization", UNIT_HR).statusCode()).isEqualTo(400);
	}

	@Test
	void theCvOpensInLibreOfficeAsDocxAndPdfWithEveryVietnameseLetter() throws Exception {
		var api = TestHttp.api(port);
		long ward = unit(api, "2026-01-01", "31825");
		long official = enrol(api, "095189400003", "Huỳnh Thị Ngọc Ẩn", "1989-12-24", "FEMALE", ward);
		var groups = api.json("PUT", "/api/v1/officials/" + official, """
				{"version":0,
				 "qualifications":{"generalEducation":"12/12","professionalLevel":"THS","politicalTheory":"TC","foreignLanguage":"Tiếng Anh B2"},
				 "memberships":{"partyJoinedOn":"2015-05-19","partyConfirmedOn":"2016-05-19"},
				 "degrees":[{"levelCode":"DH","major":"Quản lý đất đai","institution":"Trường Đại học Cần Thơ","graduationYear":2011,"trainingMode":"FULL_TIME"}],
				 "family":[{"side":"OWN","relation":"Mẹ","fullName":"Trương Thị Lựu","birthYear":1960,"details":"Nội trợ, Phường Bạc Liêu"},
				           {"side":"SPOUSE","relation":"Cha chồng","fullName":"Lý Văn Hưởng","birthYear":1955}],
				 "priorWork":[{"fromMonth":"2011-09-01","toMonth":"2025-08-01","description":"Nhân viên Văn phòng đăng ký đất đai"}]}""",
				"Authorization", HOME_AFFAIRS);
		assertThat(groups.statusCode()).as(groups.body()).isEqualTo(200);
		var docx = Files.createTempFile("cv", ".docx");
		var pdf = Files.createTempFile("cv", ".pdf");
		try {
			Files.write(docx, api.bytes("/api/v1/officials/" + official + "/cv.docx", "Authorization", UNIT_HR));
			Files.write(pdf, api.bytes("/api/v1/officials/" + official + "/cv.pdf", "Authorization", UNIT_HR));
			var expected = new String[] { "SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC", "HUỲNH THỊ NGỌC ẨN", "Mẫu 2C-BNV/2008",
					"ngày 24 tháng 12 năm 1989", "Thạc sĩ", "19/05/2015", "Trường Đại học Cần Thơ", "Trương Thị Lựu",
					"Cha chồng", "Lý Văn Hưởng", "Nhân viên Văn phòng đăng ký đất đai", "Phường Bạc Liêu", "01.003",
					"Tôi xin cam đoan những lời khai trên đây là đúng sự thật" };
			var fromDocx = LibreOffice.text(docx);
			assertThat(fromDocx).contains(expected);
			var fromPdf = LibreOffice.text(pdf);
			assertThat(fromPdf.replaceAll("\\s+", " ")).contains("SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC", "HUỲNH THỊ NGỌC ẨN");
			assertThat(LibreOffice.pdfText(pdf).replaceAll("\\s+", " ")).contains(expected);
		}
		finally {
			Files.deleteIfExists(docx);
			Files.deleteIfExists(pdf);
		}
		var outsider = basic("demo.nhansu", "Demo@2021!");
		long other = enrol(api, "095089400004", "Tăng Văn Xa", "1989-01-01", "MALE", unit(api, "2026-01-01", "31834"));
		assertThat(api.get("/api/v1/officials/" + other + "/cv.pdf", "Authorization", outsider).statusCode())
			.as("another unit's official looks like none").isEqualTo(404);
	}

	@Test
	void aSalaryStepIsPreviewedThenRecordedAndItsDecisionOpensInLibreOfficeInTheDecreeLayout() throws Exception {
		var api = TestHttp.api(port);
		long ward = unit(api, "2026-01-01", "31825");
		long official = enrol(api, "095190400005", "Đặng Thị Bích Ngọc", "1990-03-08", "FEMALE", ward);
		var body = """
				{"kind":"SALARY_STEP","effectiveDate":"2028-09-01","salaryStep":3,
				 "legalBasis":"Nghị định số 204/2004/NĐ-CP; Thông tư số 03/2021/TT-BNV",
				 "decision":{"number":"412/QĐ-UBND","date":"2028-08-20","issuer":"Ủy ban nhân dân phường Bạc Liêu",
				             "signer":"Nguyễn Văn Ký"}}""";
		var preview = api.json("POST", "/api/v1/officials/" + official + "/actions/preview", body, "Authorization",
				UNIT_HR);
		assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
		assertThat(preview.body()).contains("\"day\":\"2028-09-01\"").contains("\"salaryStep\":2")
			.contains("\"salaryStep\":3");
		assertThat(api.get("/api/v1/officials/" + official + "/actions", "Authorization", UNIT_HR).body())
			.as("a preview records nothing").doesNotContain("SALARY_STEP");
		var wrong = api.json("POST", "/api/v1/officials/" + official + "/actions/preview",
				body.replace("\"salaryStep\":3", "\"salaryStep\":4"), "Authorization", UNIT_HR);
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("salaryStep");

		var recorded = api.json("POST", "/api/v1/officials/" + official + "/actions", body, "Authorization", UNIT_HR);
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
		var matcher = Pattern.compile("\"id\":(\\d+)").matcher(recorded.body());
		assertThat(matcher.find()).isTrue();
		long action = Long.parseLong(matcher.group(1));
		var docx = Files.createTempFile("qd", ".docx");
		var pdf = Files.createTempFile("qd", ".pdf");
		try {
			Files.write(docx, api.bytes("/api/v1/officials/" + official + "/actions/" + action + "/decision.docx",
					"Authorization", UNIT_HR));
			Files.write(pdf, api.bytes("/api/v1/officials/" + official + "/actions/" + action + "/decision.pdf",
					"Authorization", UNIT_HR));
			var expected = new String[] { "ỦY BAN NHÂN DÂN PHƯỜNG BẠC LIÊU", "Số: 412/QĐ-UBND",
					"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ngày 20 tháng 8 năm 2028",
					"QUYẾT ĐỊNH", "Về việc nâng bậc lương đối với bà Đặng Thị Bích Ngọc",
					"Căn cứ Nghị định số 204/2004/NĐ-CP;", "Căn cứ Thông tư số 03/2021/TT-BNV;",
					"từ bậc 2/9, hệ số 2,67 lên bậc 3/9, hệ số 3,00", "kể từ ngày 01/09/2028",
					"TM. ỦY BAN NHÂN DÂN PHƯỜNG BẠC LIÊU", "CHỦ TỊCH", "Nguyễn Văn Ký", "Nơi nhận:" };
			var fromDocx = LibreOffice.text(docx);
			assertThat(fromDocx).contains(expected).doesNotContain("SALARY_STEP", "personnel.");
			assertThat(LibreOffice.pdfText(pdf).replaceAll("\\s+", " ")).contains(expected);
			assertThat(LibreOffice.pdfText(pdf).lines().map(String::strip)).as("the motto on one line")
				.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
		}
		finally {
			Files.deleteIfExists(docx);
			Files.deleteIfExists(pdf);
		}
		var outsider = basic("demo.nhansu", "Demo@2021!");
		long other = enrol(api, "095089400006", "Tăng Văn Khác", "1989-01-01", "MALE", unit(api, "2026-01-01", "31834"));
		var otherAction = Pattern.compile("\"id\":(\\d+)")
			.matcher(api.get("/api/v1/officials/" + other + "/actions", "Authorization", HOME_AFFAIRS).body());
		assertThat(otherAction.find()).isTrue();
		assertThat(api.get("/api/v1/officials/" + other + "/actions/" + otherAction.group(1) + "/decision.pdf",
				"Authorization", outsider).statusCode()).as("another unit's decision looks like none").isEqualTo(404);
		assertThat(api.get("/api/v1/officials/" + official + "/actions/" + otherAction.group(1) + "/decision.pdf",
				"Authorization", outsider).statusCode()).as("a decision of another record").isEqualTo(404);
	}

}
