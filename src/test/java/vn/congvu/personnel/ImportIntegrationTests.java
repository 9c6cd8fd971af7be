package vn.congvu.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congvu.TestHttp.basic;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.congvu.TestHttp;
import vn.congvu.shared.documents.TableReader;

/** Importing officials from CSV and XLSX files over the API: all or nothing, idempotent, scoped, explained. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
class ImportIntegrationTests {

	static final String HOME_AFFAIRS = basic("demo.sonoivu", "Demo@2021!");

	static final String UNIT_HR = basic("demo.nhansu", "Demo@2021!");

	static final String HEADER = "Số định danh cá nhân,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Điện thoại,Mã đơn vị,Loại,"
			+ "\"Mã ngạch, chức danh\",Bậc lương,Ngày bắt đầu,Số quyết định,Ngày quyết định,Cơ quan ban hành\n";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private long unit(TestHttp api, String date, String code) {
		return api.unitId(date, code);
	}


	static String row(String citizenId, String name, String birth, String sex, String phone, long unit) {
		return citizenId + "," + name + "," + birth + "," + sex + ",Kinh," + phone + "," + unit
				+ ",Công chức,01.003,1,01/09/2025,12/QĐ-UBND,25/08/2025,UBND phường Bạc Liêu\n";
	}

	/** Starts an import and waits for it to end; returns the job's JSON. */
	private String importFile(TestHttp api, String auth, String name, byte[] content, String mode) {
		var started = api.upload("/api/v1/imports/officials", name, content, Map.of("mode", mode), "Authorization", auth,
				"Accept-Language", "vi");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		var matcher = Pattern.compile("\"jobId\":\"([0-9a-f-]+)\"").matcher(started.body());
		assertThat(matcher.find()).isTrue();
		var deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (Instant.now().isBefore(deadline)) {
			var job = api.get("/api/v1/imports/" + matcher.group(1), "Authorization", auth, "Accept-Language", "vi");
			assertThat(job.statusCode()).isEqualTo(200);
			if (job.body().contains("\"status\":\"SUCCEEDED\"") || job.body().contains("\"status\":\"FAILED\"")) {
				assertThat(api.get("/api/v1/imports/" + matcher.group(1), "Authorization", HOME_AFFAIRS).statusCode())
					.as("a job is seen by its starter only")
					.isEqualTo(auth.equals(HOME_AFFAIRS) ? 200 : 404);
				return job.body();
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("the import did not end");
	}

	private long officials() {
		return jdbc.sql("SELECT count(*) FROM personnel.official").query(Long.class).single();
	}

	@Test
	void aCleanFileIsWrittenWholeAndTheSameFileAgainChangesNothingAndSaysSo() {
		var api = TestHttp.api(port);
		long ward = unit(api, "2026-01-01", "31825");
		var csv = HEADER + row("095085100001", "Nguyễn Văn Lợi", "15/03/1985", "Nam", "0911000001", ward)
				+ row("095190100002", "Trần Thị Bích Ngọc", "1990", "Nữ", "", ward)
				+ "\n" + row("095088100003", "Danh Sóc Kha", "08/08/1988", "nam", "0911000003", ward).replace(",Kinh,", ",Khơ-me,");
		var bytes = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
		var first = importFile(api, UNIT_HR, "ho-so.csv", bytes, "CREATE");
		assertThat(first).contains("\"status\":\"SUCCEEDED\"", "\"created\":3", "\"unchanged\":0", "\"errors\":[]");
		var loi = jdbc.sql("SELECT id, ethnic_code FROM personnel.official WHERE citizen_id = '095088100003'")
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.single();
		assertThat(loi.getValue()).isEqualTo("05");
		assertThat(api.get("/api/v1/officials/" + loi.getKey() + "/employment?asOf=2025-10-01", "Authorization", UNIT_HR)
			.body()).contains("\"unitId\":" + ward, "\"status\":\"WORKING\"", "\"rankCode\":\"01.003\"");
		assertThat(api.get("/api/v1/officials/" + loi.getKey() + "/actions", "Authorization", UNIT_HR).body())
			.contains("\"kind\":\"RECRUITMENT\"", "12/QĐ-UBND");
		assertThat(api.get("/api/v1/officials?q=bich+ngoc", "Authorization", UNIT_HR).body())
			.contains("Trần Thị Bích Ngọc");
		assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE entity = 'OfficialImport'")
			.query(Long.class)
			.single()).isPositive();

		long before = officials();
		var again = importFile(api, UNIT_HR, "ho-so.csv", bytes, "CREATE");
		assertThat(again).contains("\"status\":\"SUCCEEDED\"", "\"created\":0", "\"updated\":0", "\"unchanged\":3");
		assertThat(officials()).isEqualTo(before);

		var changed = (HEADER + row("095085100001", "Nguyễn Văn Lợi", "15/03/1985", "Nam", "0911999999", ward))
			.getBytes(StandardCharsets.UTF_8);
		var refused = importFile(api, UNIT_HR, "sua.csv", changed, "CREATE");
		assertThat(refused).contains("\"status\":\"FAILED\"", "\"row\":2", "\"column\":\"Điện thoại\"",
				"chọn chế độ cập nhật");
		var updated = importFile(api, UNIT_HR, "sua.csv", changed, "UPDATE");
		assertThat(updated).contains("\"status\":\"SUCCEEDED\"", "\"updated\":1", "\"created\":0");
		assertThat(jdbc.sql("SELECT phone FROM personnel.official WHERE citizen_id = '095085100001'")
			.query(String.class)
			.single()).isEqualTo("0911999999");
	}

	@Test
	void aDirtyFileReportsEveryBadRowByRowAndColumnAndWritesNothing() throws Exception {
		var api = TestHttp.api(port);
		long ward = unit(api, "2026-01-01", "31825");
		long elsewhere = unit(api, "2020-01-01", "31846");
		var rows = List.of(
				List.of("095085200001", "Lê Văn Đúng", "01/01/1985", "Nam", "Kinh", String.valueOf(ward), "Công chức",
						"01.003", "01/09/2025", "3/QĐ-UBND", "20/08/2025", "UBND phường Bạc Liêu"),
				List.of("09508520000", "Lê Văn Thiếu Số", "01/01/1985", "Nam", "Kinh", String.valueOf(ward), "Công chức",
						"01.003", "01/09/2025", "3/QĐ-UBND", "20/08/2025", "UBND phường Bạc Liêu"),
				List.of("095085200003", "Lê Văn Ngày", "31/02/1985", "Nam", "Kinh", String.valueOf(ward), "Công chức",
						"01.003", "01/09/2025", "3/QĐ-UBND", "20/08/2025", "UBND phường Bạc Liêu"),
				List.of("095085200004", "Lê Văn Xa", "01/01/1985", "Nam", "Kinh", String.valueOf(elsewhere), "Công chức",
						"01.003", "01/09/2025", "3/QĐ-UBND", "20/08/2025", "UBND phường Bạc Liêu"),
				List.of("095085200005", "Lê Văn Ngạch", "01/01/1985", "Nam", "Kinh", String.valueOf(ward), "Công chức",
						"99.999", "01/09/2025", "3/QĐ-UBND", "20/08/2025", "UBND phường Bạc Liêu"),
				List.of("095085200001", "Lê Văn Trùng", "01/01/1985", "Nam", "Kinh", String.valueOf(ward), "Công chức",
						"01.003", "01/09/2025", "3/QĐ-UBND", "20/08/2025", "UBND phường Bạc Liêu"),
				List.of("095185200007", "Lê Văn Giới", "01/01/1985", "Nam", "Kinh", String.valueOf(ward), "Công chức",
						"01.003", "01/09/2025", "3/QĐ-UBND", "20/08/2025", "UBND phường Bạc Liêu"),
				List.of("095085200008", "=HYPERLINK(\"x\")", "01/01/1985", "Nam", "Kinh", String.valueOf(ward), "Viên",
						"01.003", "01/09/2025", "", "20/08/2025", "UBND phường Bạc Liêu"),
				// past the retirement date of Decree 135/2020 (01/02/2020), and under 18, on the start day
				List.of("095060200009", "Lê Văn Già", "01/01/1960", "Nam", "Kinh", String.valueOf(ward), "Công chức",
						"01.003", "01/09/2025", "3/QĐ-UBND", "20/08/2025", "UBND phường Bạc Liêu"),
				List.of("095310200010", "Lê Thị Trẻ", "02/09/2010", "Nữ", "Kinh", String.valueOf(ward), "Công chức",
						"01.003", "01/09/2025", "3/QĐ-UBND", "20/08/2025", "UBND phường Bạc Liêu"),
				// born after today
				List.of("095330200011", "Lê Thị Mai Sau", "01/01/2030", "Nữ", "Kinh", String.valueOf(ward), "Công chức",
						"01.003", "01/09/2025", "3/QĐ-UBND", "20/08/2025", "UBND phường Bạc Liêu"));
		var xlsx = workbook(List.of("Số định danh cá nhân *", "Họ và tên *", "Ngày sinh", "Giới tính", "Dân tộc",
				"Mã đơn vị", "Loại", "Mã ngạch, chức danh", "Ngày bắt đầu", "Số quyết định", "Ngày quyết định",
				"Cơ quan ban hành"), rows);
		long before = officials();
		long actionsBefore = jdbc.sql("SELECT count(*) FROM personnel.personnel_action").query(Long.class).single();
		var job = importFile(api, UNIT_HR, "ban.xlsx", xlsx, "CREATE");
		assertThat(job).contains("\"status\":\"FAILED\"", "\"created\":0", "\"errorCount\":12");
		assertThat(job).contains("{\"row\":10,\"column\":\"Ngày bắt đầu\",\"message\":\"Ngày 01/09/2025 không trước ngày nghỉ "
				+ "hưu 01/02/2020");
		assertThat(job).contains("{\"row\":11,\"column\":\"Ngày bắt đầu\",\"message\":\"Người vào công tác phải đủ 18 tuổi: "
				+ "ngày 01/09/2025 chưa đủ tuổi (đủ 18 tuổi từ ngày 02/09/2028).\"}");
		assertThat(job).contains("{\"row\":12,\"column\":\"Ngày sinh\",\"message\":\"Ngày sinh 01/01/2030 sau ngày "
				+ "hôm nay (07/12/2026).\"}");
		assertThat(job).contains("{\"row\":3,\"column\":\"Số định danh cá nhân\"");
		assertThat(job).contains("{\"row\":4,\"column\":\"Ngày sinh\"");
		assertThat(job).contains("{\"row\":5,\"column\":\"Mã đơn vị\"");
		assertThat(job).contains("{\"row\":6,\"column\":\"Mã ngạch, chức danh\"");
		assertThat(job).contains("{\"row\":7,\"column\":\"Số định danh cá nhân\",\"message\":\"Số định danh trùng với dòng 2.\"}");
		assertThat(job).contains("{\"row\":8,\"column\":\"Số định danh cá nhân\"");
		assertThat(job).contains("{\"row\":9,\"column\":\"Họ và tên\"", "{\"row\":9,\"column\":\"Loại\"",
				"{\"row\":9,\"column\":\"Số quyết định\",\"message\":\"Ô này bắt buộc.\"}");
		assertThat(officials()).isEqualTo(before);
		assertThat(jdbc.sql("SELECT count(*) FROM personnel.personnel_action").query(Long.class).single())
			.isEqualTo(actionsBefore);

		var english = api.get("/api/v1/imports/" + Pattern.compile("\"id\":\"([0-9a-f-]+)\"").matcher(job).results()
			.findFirst().orElseThrow().group(1), "Authorization", UNIT_HR, "Accept-Language", "en").body();
		assertThat(english).contains("\"column\":\"Citizen id\"", "repeats row 2");
	}

	/**
	 * Rows are written while the file is still being read; a wrong row near the end, when thousands are already
	 * written, takes all of them back.
	 */
	@Test
	void aWrongRowAfterThousandsWrittenLeavesNoneOfThem() {
		var api = TestHttp.api(port);
		long ward = unit(api, "2026-01-01", "31825");
		var csv = new StringBuilder(HEADER);
		for (int i = 0; i < 7_000; i++) {
			var sex = i % 2 == 0 ? "Nam" : "Nữ";
			var id = String.format("001%d88%06d", i % 2, 300_000 + i);
			csv.append(row(id, "Thạch Thị Muộn", "02/02/1988", sex, "", ward));
		}
		csv.append(row("095088399999", "Thạch Văn Muộn", "02/02/1988", "Nam", "", ward).replace("01/09/2025", "31/09/2025"));
		long before = officials();
		var job = importFile(api, UNIT_HR, "muon.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "CREATE");
		assertThat(job.substring(0, Math.min(job.length(), 800))).contains("\"status\":\"FAILED\"", "\"errorCount\":1",
				"{\"row\":7002,\"column\":\"Ngày bắt đầu\"");
		assertThat(officials()).isEqualTo(before);
		assertThat(jdbc.sql("SELECT count(*) FROM personnel.official WHERE citizen_id LIKE '001_8830%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void filesThatAreNotWhatTheySayAreRefusedWithAMessage() throws Exception {
		var api = TestHttp.api(port);
		var notXlsx = importFile(api, UNIT_HR, "gia.xlsx", "Họ và tên;Ngày sinh\n".getBytes(StandardCharsets.UTF_8),
				"CREATE");
		assertThat(notXlsx).contains("\"status\":\"FAILED\"", "không phải là tệp Excel XLSX hợp lệ");
		var latin1 = importFile(api, UNIT_HR, "cu.csv", "Họ và tên,Ngày sinh\n".getBytes(StandardCharsets.ISO_8859_1),
				"CREATE");
		assertThat(latin1).contains("UTF-8");
		var bomb = importFile(api, UNIT_HR, "bom.xlsx", zipBomb(), "CREATE");
		assertThat(bomb).contains("\"status\":\"FAILED\"", "Tệp nén bất thường");
		var missing = importFile(api, UNIT_HR, "thieu.csv", "Họ và tên,Ngày sinh\nAn,1990\n".getBytes(StandardCharsets.UTF_8),
				"CREATE");
		assertThat(missing).contains("Thiếu cột bắt buộc \\\"Số định danh cá nhân\\\"");
		var kind = api.upload("/api/v1/imports/officials", "ho-so.xls", new byte[] { 1, 2, 3 }, Map.of(), "Authorization",
				UNIT_HR);
		assertThat(kind.statusCode()).isEqualTo(400);
		assertThat(api.upload("/api/v1/imports/officials", "ho-so.csv", new byte[] { 1 }, Map.of(), "Authorization",
				basic("demo.lanhdao", "Demo@2021!")).statusCode()).as("leaders only read").isEqualTo(403);
	}

	@Test
	void theTemplateHasTheVietnameseHeadersAndReadsBackAsEveryColumn() throws Exception {
		var api = TestHttp.api(port);
		var template = api.bytes("/api/v1/imports/officials/template.xlsx", "Authorization", UNIT_HR);
		var file = Files.createTempFile("template", ".xlsx");
		try {
			Files.write(file, template);
			var headers = new java.util.ArrayList<String>();
			TableReader.read(file, TableReader.Format.XLSX, (number, cells) -> {
				if (number == 1) {
					headers.addAll(cells);
				}
			});
			assertThat(headers).contains("Số định danh cá nhân *", "Họ và tên *", "Ngày vào Đảng");
			assertThat(headers.stream().map(h -> ImportColumn.ofHeader(h).orElseThrow()).distinct())
				.hasSize(ImportColumn.values().length);
			try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
				var units = workbook.getSheet("Đơn vị");
				var names = new java.util.ArrayList<String>();
				for (int r = 1; r <= units.getLastRowNum(); r++) {
					names.add(units.getRow(r).getCell(2).getStringCellValue());
				}
				assertThat(names).as("the ward and its schools and health station, nothing else of the province")
					.contains("Phường Bạc Liêu", "Trạm Y tế phường 1")
					.doesNotContain("Phường Vĩnh Trạch", "Sở Nội vụ", "Bệnh viện Đa khoa tỉnh Bạc Liêu");
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	static byte[] workbook(List<String> headers, List<List<String>> rows) throws Exception {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("Danh sách");
			var top = sheet.createRow(0);
			for (int c = 0; c < headers.size(); c++) {
				top.createCell(c).setCellValue(headers.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				var line = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					line.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** A real XLSX whose sheet inflates to 40 MB of blanks: far beyond POI's ratio guard. */
	static byte[] zipBomb() throws Exception {
		var plain = workbook(List.of("Họ và tên"), List.of(List.of("An")));
		var out = new ByteArrayOutputStream();
		try (var in = new ZipInputStream(new java.io.ByteArrayInputStream(plain)); var zip = new ZipOutputStream(out)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				var content = in.readAllBytes();
				zip.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().startsWith("xl/worksheets/")) {
					var xml = new String(content, StandardCharsets.UTF_8);
					int at = xml.indexOf("<sheetData");
					zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
					var blanks = new byte[1 << 20];
					java.util.Arrays.fill(blanks, (byte) ' ');
					for (int i = 0; i < 40; i++) {
						zip.write(blanks);
					}
					zip.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
				}
				else {
					zip.write(content);
				}
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
