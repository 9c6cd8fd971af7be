package vn.congvu.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.congvu.TestHttp.basic;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.congvu.TestHttp;

/** Officials and their personnel actions over the API, with scopes, on the demo province. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
class PersonnelIntegrationTests {

	static final String HOME_AFFAIRS = basic("demo.sonoivu", "Demo@2021!");

	static final String UNIT_HR = basic("demo.nhansu", "Demo@2021!");

	static final String DECISION = "\"decision\":{\"number\":\"15/QĐ-UBND\",\"date\":\"2019-12-20\",\"issuer\":\"UBND thành phố Bạc Liêu\",\"signer\":\"Nguyễn Văn Bình\"}";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private long unit(TestHttp api, String date, String code) {
		return api.unitId(date, code);
	}


	private long unitNamed(TestHttp api, String date, String name) {
		var units = api.get("/api/v1/units?asOf=" + date, "Authorization", HOME_AFFAIRS).body();
		var matcher = Pattern.compile("\"id\":(\\d+),\"code\":(?:null|\"[^\"]*\"),\"name\":\"" + Pattern.quote(name) + "\"")
			.matcher(units);
		assertThat(matcher.find()).as(name).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private static long id(String json) {
		var matcher = Pattern.compile("\"id\":(\\d+)").matcher(json);
		assertThat(matcher.find()).as(json).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private long enrol(TestHttp api, String citizenId, String name, String birth, String sex, long unit, String start) {
		var response = api.json("POST", "/api/v1/officials", "{\"citizenId\":\"" + citizenId + "\",\"fullName\":\"" + name
				+ "\",\"dateOfBirth\":\"" + birth + "\",\"sex\":\"" + sex + "\",\"ethnicGroup\":\"01\",\"unitId\":" + unit
				+ ",\"category\":\"CIVIL_SERVANT\",\"rankCode\":\"01.003\",\"salaryStep\":1,\"startDate\":\"" + start
				+ "\"," + DECISION + "}", "Authorization", HOME_AFFAIRS);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return id(response.body());
	}

	@Test
	void enrolMoveAndForecastAnOfficial() {
		var api = TestHttp.api(port);
		long phuong1 = unit(api, "2020-01-01", "31825");
		long phuong2 = unit(api, "2020-01-01", "31813");
		long official = enrol(api, "095185000101", "Lê Thị Hồng Nhung", "1985-04-12", "FEMALE", phuong1, "2020-01-02");
		var step = api.json("POST", "/api/v1/officials/" + official + "/actions",
				"{\"kind\":\"END_OF_PROBATION\",\"effectiveDate\":\"2021-01-02\"," + DECISION + "}", "Authorization",
				HOME_AFFAIRS);
		assertThat(step.statusCode()).as(step.body()).isEqualTo(201);
		var transfer = api.json("POST", "/api/v1/officials/" + official + "/actions",
				"{\"kind\":\"TRANSFER\",\"effectiveDate\":\"2021-03-15\",\"unitId\":" + phuong2 + "," + DECISION + "}",
				"Authorization", HOME_AFFAIRS);
		assertThat(transfer.statusCode()).as(transfer.body()).isEqualTo(201);
		assertThat(api.get("/api/v1/officials/" + official + "/employment?asOf=2021-03-14", "Authorization", HOME_AFFAIRS)
			.body()).contains("\"unitId\":" + phuong1).contains("\"status\":\"WORKING\"");
		assertThat(api.get("/api/v1/officials/" + official + "/employment?asOf=2021-03-15", "Authorization", HOME_AFFAIRS)
			.body()).contains("\"unitId\":" + phuong2);
		assertThat(api.get("/api/v1/officials/" + official + "/employment?asOf=2020-06-01", "Authorization", HOME_AFFAIRS)
			.body()).contains("\"status\":\"PROBATION\"");
		assertThat(api.get("/api/v1/officials/" + official + "/employment?asOf=2019-06-01", "Authorization", HOME_AFFAIRS)
			.statusCode()).isEqualTo(404);
		var forecast = api.get("/api/v1/officials/" + official + "/forecast", "Authorization", HOME_AFFAIRS).body();
		// woman born 04/1985: 60 years (from 5/1975 on), reached 12/04/2045, retired from 01/05/2045
		assertThat(forecast).contains("\"retirementDate\":\"2045-05-01\"");
		var timeline = api.get("/api/v1/officials/" + official + "/actions", "Authorization", HOME_AFFAIRS).body();
		assertThat(timeline).contains("\"kind\":\"RECRUITMENT\"", "\"kind\":\"END_OF_PROBATION\"", "\"kind\":\"TRANSFER\"",
				"\"signer\":\"Nguyễn Văn Bình\"");
	}

	@Test
	void aCancellationRestoresTheEmploymentAndCountsNowhere() {
		var api = TestHttp.api(port);
		long phuong1 = unit(api, "2020-01-01", "31825");
		long phuong3 = unit(api, "2020-01-01", "31816");
		long official = enrol(api, "095090000202", "Trần Minh Khoa", "1990-07-01", "MALE", phuong1, "2020-02-01");
		var transfer = api.json("POST", "/api/v1/officials/" + official + "/actions",
				"{\"kind\":\"TRANSFER\",\"effectiveDate\":\"2021-05-01\",\"unitId\":" + phuong3 + "," + DECISION + "}",
				"Authorization", HOME_AFFAIRS);
		long transferId = id(transfer.body());
		var cancel = api.json("POST", "/api/v1/officials/" + official + "/actions",
				"{\"kind\":\"CANCELLATION\",\"effectiveDate\":\"2021-05-20\",\"cancelsActionId\":" + transferId + ","
						+ DECISION + "}",
				"Authorization", HOME_AFFAIRS);
		assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(201);
		assertThat(api.get("/api/v1/officials/" + official + "/employment?asOf=2021-06-01", "Authorization", HOME_AFFAIRS)
			.body()).contains("\"unitId\":" + phuong1);
		assertThat(api.get("/api/v1/officials/" + official + "/actions", "Authorization", HOME_AFFAIRS).body())
			.contains("\"cancelled\":true");
		var periods = jdbc.sql("SELECT count(*) FROM personnel.employment WHERE official_id = :id")
			.param("id", official)
			.query(Long.class)
			.single();
		assertThat(periods).isEqualTo(1);
	}

	@Test
	void enrolmentObeysTheAgesOfServiceOfItsDate() {
		var api = TestHttp.api(port);
		long ward = unit(api, "2026-01-01", "31825");
		// a man born 10/12/1960 retired on 01/01/2021 (60 years in 2020): he cannot be enrolled on 30/10/2026
		var old = api.json("POST", "/api/v1/officials", "{\"citizenId\":\"096060000707\",\"fullName\":\"Lý Văn Lão\","
				+ "\"dateOfBirth\":\"1960-12-10\",\"sex\":\"MALE\",\"ethnicGroup\":\"01\",\"unitId\":" + ward
				+ ",\"category\":\"CIVIL_SERVANT\",\"rankCode\":\"01.003\",\"startDate\":\"2026-10-30\"," + DECISION + "}",
				"Authorization", HOME_AFFAIRS, "Accept-Language", "vi");
		assertThat(old.statusCode()).as(old.body()).isEqualTo(400);
		assertThat(old.body()).contains("\"field\":\"effectiveDate\"").contains("ngày nghỉ hưu 01/01/2021")
			.contains("Nghị định 135/2020");
		// under 18 on the start day: refused, with the day they turn 18
		var young = api.json("POST", "/api/v1/officials", "{\"citizenId\":\"096309000808\",\"fullName\":\"Lý Thị Nhỏ\","
				+ "\"dateOfBirth\":\"2009-03-01\",\"sex\":\"FEMALE\",\"ethnicGroup\":\"01\",\"unitId\":" + ward
				+ ",\"category\":\"CIVIL_SERVANT\",\"rankCode\":\"01.003\",\"startDate\":\"2026-10-30\"," + DECISION + "}",
				"Authorization", HOME_AFFAIRS, "Accept-Language", "en");
		assertThat(young.statusCode()).as(young.body()).isEqualTo(400);
		assertThat(young.body()).contains("must be 18 years old").contains("01/03/2027");
		assertThat(jdbc.sql("SELECT count(*) FROM personnel.official WHERE citizen_id IN ('096060000707', '096309000808')")
			.query(Long.class).single()).as("nothing half-done").isZero();
		// one day before the retirement date a man may still be moved; on the day he can only retire
		long serving = enrol(api, "095061000909", "Đỗ Văn Mãn", "1961-03-15", "MALE", unit(api, "2020-01-01", "31825"),
				"2005-01-01");
		var lastMove = api.json("POST", "/api/v1/officials/" + serving + "/actions",
				"{\"kind\":\"TRANSFER\",\"effectiveDate\":\"2021-06-30\",\"unitId\":" + unit(api, "2020-01-01", "31813")
						+ "," + DECISION + "}", "Authorization", HOME_AFFAIRS);
		assertThat(lastMove.statusCode()).as(lastMove.body()).isEqualTo(201);
		var tooLate = api.json("POST", "/api/v1/officials/" + serving + "/actions",
				"{\"kind\":\"SALARY_STEP\",\"effectiveDate\":\"2021-07-01\",\"salaryStep\":2," + DECISION + "}",
				"Authorization", HOME_AFFAIRS, "Accept-Language", "en");
		assertThat(tooLate.statusCode()).as(tooLate.body()).isEqualTo(400);
		assertThat(tooLate.body()).contains("not before the retirement date 01/07/2021");
	}

	@Test
	void rulesAreExplainedNotFailed() {
		var api = TestHttp.api(port);
		long phuong1 = unit(api, "2020-01-01", "31825");
		long official = enrol(api, "095061000303", "Phạm Văn Tư", "1961-03-15", "MALE", phuong1, "2005-01-01");
		var retire = api.json("POST", "/api/v1/officials/" + official + "/actions",
				"{\"kind\":\"RETIREMENT\",\"effectiveDate\":\"2021-07-01\"," + DECISION + "}", "Authorization",
				HOME_AFFAIRS);
		assertThat(retire.statusCode()).isEqualTo(201);
		var after = api.json("POST", "/api/v1/officials/" + official + "/actions",
				"{\"kind\":\"SALARY_STEP\",\"effectiveDate\":\"2021-09-01\",\"salaryStep\":2," + DECISION + "}",
				"Authorization", HOME_AFFAIRS, "Accept-Language", "en");
		assertThat(after.statusCode()).isEqualTo(400);
		assertThat(after.body()).contains("has retired");
		var gone = api.json("POST", "/api/v1/officials/" + official + "/actions",
				"{\"kind\":\"TRANSFER\",\"effectiveDate\":\"2021-06-01\",\"unitId\":" + unit(api, "2026-01-01", "31825")
						+ "," + DECISION + "}",
				"Authorization", HOME_AFFAIRS);
		assertThat(gone.statusCode()).as("Phường Bạc Liêu did not exist in 2021").isEqualTo(400);
		assertThat(gone.body()).contains("\"field\":\"unitId\"");
		var badId = api.json("POST", "/api/v1/officials", "{\"citizenId\":\"095161000404\",\"fullName\":\"Võ Văn Sai\","
				+ "\"dateOfBirth\":\"1961-01-01\",\"sex\":\"MALE\",\"ethnicGroup\":\"01\",\"unitId\":" + phuong1
				+ ",\"category\":\"CIVIL_SERVANT\",\"rankCode\":\"01.003\",\"startDate\":\"2000-01-01\"," + DECISION + "}",
				"Authorization", HOME_AFFAIRS);
		assertThat(badId.statusCode()).isEqualTo(400);
		assertThat(badId.body()).contains("\"field\":\"citizenId\"");
		assertThat(jdbc.sql("SELECT count(*) FROM personnel.official WHERE citizen_id = '095161000404'")
			.query(Long.class)
			.single()).as("nothing half-done").isZero();
	}

	@Test
	void anOfficialOutsideTheScopeLooksLikeOneThatDoesNotExist() {
		var api = TestHttp.api(port);
		long justice = unitNamed(api, "2026-01-01", "Sở Tư pháp");
		long outside = enrol(api, "095088000505", "Đặng Quốc Huy", "1988-02-02", "MALE", justice, "2025-08-01");
		var hidden = api.get("/api/v1/officials/" + outside, "Authorization", UNIT_HR);
		var missing = api.get("/api/v1/officials/999999999", "Authorization", UNIT_HR);
		assertThat(hidden.statusCode()).isEqualTo(404).isEqualTo(missing.statusCode());
		assertThat(hidden.body().replaceAll("(mã số |id |officials/)" + outside + "\\b", "$1ID"))
			.isEqualTo(missing.body().replace("999999999", "ID"));
		assertThat(api.get("/api/v1/officials/" + outside + "/actions", "Authorization", UNIT_HR).statusCode())
			.isEqualTo(404);
		assertThat(api.get("/api/v1/officials/" + outside, "Authorization", HOME_AFFAIRS).statusCode()).isEqualTo(200);
		assertThat(api.get("/api/v1/officials/" + outside, "Authorization", basic("demo.quantri", "Demo@2021!"))
			.statusCode()).as("the operator sees no personnel data").isEqualTo(404);
		var leaderWrite = api.json("POST", "/api/v1/officials/" + outside + "/actions",
				"{\"kind\":\"DISMISSAL_FROM_POST\",\"effectiveDate\":\"2026-01-01\"," + DECISION + "}", "Authorization",
				basic("demo.lanhdao", "Demo@2021!"));
		assertThat(leaderWrite.statusCode()).isEqualTo(403);
		var hrWrite = api.json("POST", "/api/v1/officials", "{\"citizenId\":\"095088000606\",\"fullName\":\"Ngô Văn Lạ\","
				+ "\"dateOfBirth\":\"1988-02-02\",\"sex\":\"MALE\",\"ethnicGroup\":\"01\",\"unitId\":" + justice
				+ ",\"category\":\"CIVIL_SERVANT\",\"rankCode\":\"01.003\",\"startDate\":\"2025-08-01\"," + DECISION + "}",
				"Authorization", UNIT_HR);
		assertThat(hrWrite.statusCode()).isEqualTo(400);
		assertThat(jdbc.sql("SELECT count(*) FROM audit.access_log WHERE subject_id = :id AND actor = 'demo.sonoivu'")
			.param("id", Long.toString(outside))
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void theDatabaseRefusesOverlappingEmploymentOfOnePerson() {
		var api = TestHttp.api(port);
		long phuong1 = unit(api, "2020-01-01", "31825");
		long official = enrol(api, "095070000707", "Huỳnh Thanh Tâm", "1970-05-05", "MALE", phuong1, "2010-01-01");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("""
				INSERT INTO personnel.employment (official_id, province_id, valid_from, unit_id, category, status,
				  last_action_id)
				SELECT official_id, province_id, DATE '2015-01-01', unit_id, category, status, last_action_id
				FROM personnel.employment WHERE official_id = :id""").param("id", official).update())
			.isInstanceOf(DataAccessException.class);
	}


	@Test
	void searchFindsNamesWithoutAccentsInVietnameseOrderWithinTheScope() {
		var api = TestHttp.api(port);
		long phuong1 = unit(api, "2020-01-01", "31825");
		long justice = unitNamed(api, "2026-01-01", "Sở Tư pháp");
		enrol(api, "095180000808", "Nguyễn Thị Thục Ánh", "1980-03-03", "FEMALE", phuong1, "2010-03-01");
		enrol(api, "095080000909", "Đặng Văn Thục An", "1980-04-04", "MALE", phuong1, "2010-03-01");
		enrol(api, "095080001010", "Nguyễn Văn Thục Anh", "1980-05-05", "MALE", justice, "2025-08-01");
		var all = api.get("/api/v1/officials?q=thuc&asOf=2021-06-30&size=50", "Authorization", HOME_AFFAIRS).body();
		assertThat(all).contains("Nguyễn Thị Thục Ánh").doesNotContain("Nguyễn Văn Thục Anh");
		var today = api.get("/api/v1/officials?q=nguyen%20van%20thuc%20anh", "Authorization", HOME_AFFAIRS).body();
		assertThat(today).contains("Nguyễn Văn Thục Anh").contains("\"unitName\":\"Sở Tư pháp\"");
		var dang = api.get("/api/v1/officials?q=dang%20van%20thuc&asOf=2021-06-30", "Authorization", HOME_AFFAIRS).body();
		assertThat(dang).contains("Đặng Văn Thục An");
		var ordered = api.get("/api/v1/officials?unitId=" + phuong1 + "&includeSubunits=false&asOf=2021-06-30&size=100",
				"Authorization", HOME_AFFAIRS).body();
		assertThat(ordered.indexOf("Đặng Văn Thục An")).as("An before Ánh").isLessThan(ordered.indexOf("Nguyễn Thị Thục Ánh"));
		var hr = api.get("/api/v1/officials?q=nguyen%20van%20thuc%20anh", "Authorization", UNIT_HR).body();
		assertThat(hr).doesNotContain("Nguyễn Văn Thục Anh").contains("\"total\":0");
		var byId = api.get("/api/v1/officials?q=095180000808&asOf=2021-06-30", "Authorization", HOME_AFFAIRS).body();
		assertThat(byId).contains("Nguyễn Thị Thục Ánh").contains("\"total\":1");
		assertThat(api.get("/api/v1/officials?size=1000", "Authorization", HOME_AFFAIRS).statusCode()).isEqualTo(400);
		assertThat(api.get("/api/v1/officials", "Authorization", basic("demo.quantri", "Demo@2021!")).body())
			.contains("\"total\":0");
	}


	@Test
	void watchListsForSalaryStepsAndRetirementAsJsonAndXlsx() throws Exception {
		var api = TestHttp.api(port);
		long ward = unit(api, "2026-01-01", "31825");
		long oldWard = unit(api, "2024-01-01", "31825");
		long stepper = enrol(api, "095075001111", "Lý Văn Bậc", "1975-06-06", "MALE", oldWard, "2024-01-15");
		// the 2025 rearrangement moves the ward's people into Phường Bạc Liêu
		var moved = api.json("POST", "/api/v1/officials/" + stepper + "/actions", "{\"kind\":\"TRANSFER\","
				+ "\"effectiveDate\":\"2025-07-01\",\"unitId\":" + ward + "," + DECISION + "}", "Authorization",
				HOME_AFFAIRS);
		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(201);
		enrol(api, "095065001212", "Trương Văn Hưu", "1965-08-10", "MALE", ward, "2025-08-01");
		var steps = api.get("/api/v1/officials/due/salary-step?months=6", "Authorization", UNIT_HR).body();
		assertThat(steps).contains("Lý Văn Bậc").contains("\"dueDate\":\"2027-01-15\"");
		// someone of another agency, due too: outside the unit HR's scope, inside Home Affairs'
		enrol(api, "095065001313", "Khưu Văn Ngoài", "1965-09-10", "MALE", unitNamed(api, "2026-01-01", "Sở Tư pháp"),
				"2025-08-01");
		var retiring = api.get("/api/v1/officials/due/retirement?months=12", "Authorization", UNIT_HR).body();
		// born 08/1965: 61 years 9 months (Decree 135/2020, Annex I), reached 10/05/2027, retired from 01/06/2027
		assertThat(retiring).contains("Trương Văn Hưu").contains("\"dueDate\":\"2027-06-01\"")
			.doesNotContain("Lý Văn Bậc")
			.doesNotContain("Khưu Văn Ngoài");
		assertThat(api.get("/api/v1/officials/due/retirement?months=12", "Authorization", HOME_AFFAIRS).body())
			.contains("Khưu Văn Ngoài", "Trương Văn Hưu");
		// once the retirement is decided, the watch list has nothing left to show for him
		var ngoai = java.util.regex.Pattern.compile(
				"\"officialId\":(\\d+),\"fullName\":\"Khưu Văn Ngoài\"[^}]*\"dueDate\":\"([-0-9]+)\"")
			.matcher(api.get("/api/v1/officials/due/retirement?months=12", "Authorization", HOME_AFFAIRS).body());
		assertThat(ngoai.find()).isTrue();
		var retired = api.json("POST", "/api/v1/officials/" + ngoai.group(1) + "/actions", "{\"kind\":\"RETIREMENT\","
				+ "\"effectiveDate\":\"" + ngoai.group(2) + "\"," + DECISION + "}", "Authorization", HOME_AFFAIRS);
		assertThat(retired.statusCode()).as(retired.body()).isEqualTo(201);
		assertThat(api.get("/api/v1/officials/due/retirement?months=12", "Authorization", HOME_AFFAIRS).body())
			.contains("Trương Văn Hưu")
			.doesNotContain("Khưu Văn Ngoài");
		var sheet = api.bytes("/api/v1/officials/due/retirement.xlsx?months=12", "Authorization", UNIT_HR);
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(sheet))) {
			var rows = workbook.getSheetAt(0);
			assertThat(rows.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Họ và tên");
			var names = new java.util.ArrayList<String>();
			for (int r = 1; r <= rows.getLastRowNum(); r++) {
				names.add(rows.getRow(r).getCell(0).getStringCellValue());
			}
			assertThat(names).contains("Trương Văn Hưu");
		}
		assertThat(api.get("/api/v1/officials/due/retirement?months=0", "Authorization", UNIT_HR).statusCode())
			.isEqualTo(400);
		var web = TestHttp.browser(port);
		web.signIn("demo.nhansu", "Demo@2021!");
		var download = web.get("/officials/due.xlsx?list=retirement&months=12");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith(DueListSheet.CONTENT_TYPE);
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("nghi-huu.xlsx");
	}


	@Test
	void aMergerMovesThePeopleAndADissolutionWithPeopleIsRefused() {
		var api = TestHttp.api(port);
		long province = unit(api, "2030-01-01", "96");
		var created = api.json("POST", "/api/v1/units", "{\"name\":\"Trung tâm Lưu trữ\",\"type\":\"PUBLIC_SERVICE_UNIT\","
				+ "\"parentId\":" + province + ",\"effectiveDate\":\"2030-01-01\"," + DECISION + "}", "Authorization",
				HOME_AFFAIRS);
		long archive = id(created.body());
		var second = api.json("POST", "/api/v1/units", "{\"name\":\"Trung tâm Thông tin\",\"type\":\"PUBLIC_SERVICE_UNIT\","
				+ "\"parentId\":" + province + ",\"effectiveDate\":\"2030-01-01\"," + DECISION + "}", "Authorization",
				HOME_AFFAIRS);
		long information = id(second.body());
		long person = enrol(api, "096190001313", "Quách Thị Mai", "1990-09-09", "FEMALE", archive, "2030-02-01");
		var dissolve = api.json("POST", "/api/v1/units/" + archive + "/dissolve",
				"{\"effectiveDate\":\"2031-01-01\"," + DECISION + "}", "Authorization", HOME_AFFAIRS);
		assertThat(dissolve.statusCode()).isEqualTo(409);
		assertThat(dissolve.body()).contains("còn 1 người");
		assertThat(api.get("/api/v1/units/" + archive + "?asOf=2031-06-01", "Authorization", HOME_AFFAIRS).body())
			.contains("\"validTo\":null");
		var merge = api.json("POST", "/api/v1/units/merge", "{\"sourceIds\":[" + archive + "],\"targetId\":" + information
				+ ",\"effectiveDate\":\"2031-01-01\"," + DECISION + "}", "Authorization", HOME_AFFAIRS);
		assertThat(merge.statusCode()).as(merge.body()).isEqualTo(200);
		assertThat(api.get("/api/v1/officials/" + person + "/employment?asOf=2031-01-01", "Authorization", HOME_AFFAIRS)
			.body()).contains("\"unitId\":" + information);
		assertThat(api.get("/api/v1/officials/" + person + "/actions", "Authorization", HOME_AFFAIRS).body())
			.contains("\"kind\":\"REORGANIZATION_MOVE\"");
	}


	@Test
	void twoConcurrentEditsOfOneRecordExactlyOneWins() throws Exception {
		var api = TestHttp.api(port);
		long ward = unit(api, "2026-01-01", "31825");
		long official = enrol(api, "095092001414", "Tăng Văn Sửa", "1992-01-01", "MALE", ward, "2025-09-01");
		var tasks = new java.util.ArrayList<java.util.concurrent.Callable<Integer>>();
		for (int i = 0; i < 4; i++) {
			var phone = "090000000" + i;
			tasks.add(() -> api.json("PUT", "/api/v1/officials/" + official, "{\"version\":0,\"citizenId\":\"095092001414\","
					+ "\"fullName\":\"Tăng Văn Sửa\",\"dateOfBirth\":\"1992-01-01\",\"sex\":\"MALE\",\"ethnicGroup\":\"01\","
					+ "\"phone\":\"" + phone + "\"}", "Authorization", HOME_AFFAIRS).statusCode());
		}
		var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			var statuses = pool.invokeAll(tasks).stream().map(f -> {
				try {
					return f.get();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
			assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
			assertThat(statuses).filteredOn(s -> s == 409).hasSize(3);
		}
		finally {
			pool.shutdown();
		}
		var viaIfMatch = api.json("PUT", "/api/v1/officials/" + official, "{\"citizenId\":\"095092001414\","
				+ "\"fullName\":\"Tăng Văn Sửa\",\"dateOfBirth\":\"1992-01-01\",\"sex\":\"MALE\",\"ethnicGroup\":\"05\"}",
				"Authorization", HOME_AFFAIRS, "If-Match", "\"1\"");
		assertThat(viaIfMatch.statusCode()).as(viaIfMatch.body()).isEqualTo(200);
		assertThat(viaIfMatch.body()).contains("\"ethnicGroup\":\"05\"").contains("\"version\":2");
		var stale = api.json("PUT", "/api/v1/officials/" + official, "{\"version\":1,\"citizenId\":\"095092001414\","
				+ "\"fullName\":\"Tăng Văn Cũ\",\"dateOfBirth\":\"1992-01-01\",\"sex\":\"MALE\",\"ethnicGroup\":\"01\"}",
				"Authorization", HOME_AFFAIRS);
		assertThat(stale.statusCode()).isEqualTo(409);
		var wrongId = api.json("PUT", "/api/v1/officials/" + official, "{\"version\":2,\"citizenId\":\"095192001414\","
				+ "\"fullName\":\"Tăng Văn Sai\",\"dateOfBirth\":\"1992-01-01\",\"sex\":\"MALE\",\"ethnicGroup\":\"01\"}",
				"Authorization", HOME_AFFAIRS);
		assertThat(wrongId.statusCode()).isEqualTo(400);
		assertThat(api.get("/api/v1/officials/" + official, "Authorization", HOME_AFFAIRS).body())
			.contains("\"fullName\":\"Tăng Văn Sửa\"").contains("\"version\":2");
	}

	@Autowired
	PersonnelRegistry registry;

	@Test
	void aBatchOfDecisionsIsRecordedWholeOrNotAtAll() {
		var api = TestHttp.api(port);
		long ward = unit(api, "2020-01-01", "31825");
		long first = enrol(api, "095088000901", "Tô Văn Một", "1988-01-01", "MALE", ward, "2020-02-01");
		long second = enrol(api, "095088000902", "Tô Văn Hai", "1988-02-02", "MALE", ward, "2020-02-01");
		var decision = new vn.congvu.shared.DecisionRef("40/QĐ-UBND", java.time.LocalDate.of(2023, 1, 20),
				"UBND thành phố Bạc Liêu");
		var day = java.time.LocalDate.of(2023, 2, 1);
		var wrong = java.util.List.of(
				new PersonnelRegistry.BatchItem(first, PersonnelRegistry.RecordAction.salaryStep(day, 2, decision)),
				new PersonnelRegistry.BatchItem(second, PersonnelRegistry.RecordAction.salaryStep(day, 3, decision)));
		assertThatThrownBy(() -> vn.congvu.shared.SystemWork.call("test", () -> registry.recordAll(wrong)))
			.isInstanceOfSatisfying(PersonnelRegistry.BatchRefused.class, ex -> {
				assertThat(ex.officialId()).isEqualTo(second);
				assertThat(ex.reason().messageCode()).isEqualTo("personnel.step.notNext");
			});
		assertThat(api.get("/api/v1/officials/" + first + "/actions", "Authorization", HOME_AFFAIRS).body())
			.as("the first of a refused batch is not recorded either").doesNotContain("SALARY_STEP");
		var right = java.util.List.of(wrong.get(0),
				new PersonnelRegistry.BatchItem(second, PersonnelRegistry.RecordAction.salaryStep(day, 2, decision)));
		assertThat(vn.congvu.shared.SystemWork.call("test", () -> registry.recordAll(right))).hasSize(2);
		assertThat(api.get("/api/v1/officials/" + second + "/employment?asOf=2023-02-01", "Authorization", HOME_AFFAIRS)
			.body()).contains("\"salaryStep\":2");
	}

	@Test
	void aBirthDateTheLawOrTheCareerRulesOutIsRefusedOnTheBirthDate() {
		var api = TestHttp.api(port);
		long ward = unit(api, "2020-01-01", "31825");
		long official = enrol(api, "095090000933", "Kha Thị Sinh", "1990-03-03", "MALE", ward, "2020-02-01");
		var future = api.json("PUT", "/api/v1/officials/" + official, """
				{"version":0,"citizenId":"095230000933","fullName":"Kha Thị Sinh","dateOfBirth":"2030-03-03",
				 "sex":"MALE","ethnicGroup":"01"}""", "Authorization", HOME_AFFAIRS);
		assertThat(future.statusCode()).as(future.body()).isEqualTo(400);
		assertThat(future.body()).contains("\"field\":\"dateOfBirth\"", "sau ngày hôm nay");
		// born in 2005, recruited on 01/02/2020 at 14: the recruitment recorded rules the birth date out
		var young = api.json("PUT", "/api/v1/officials/" + official, """
				{"version":0,"citizenId":"095205000933","fullName":"Kha Thị Sinh","dateOfBirth":"2005-03-03",
				 "sex":"MALE","ethnicGroup":"01"}""", "Authorization", HOME_AFFAIRS);
		assertThat(young.statusCode()).as(young.body()).isEqualTo(400);
		assertThat(young.body()).contains("\"field\":\"dateOfBirth\"", "18 tuổi");
		assertThat(api.get("/api/v1/officials/" + official, "Authorization", HOME_AFFAIRS).body())
			.as("nothing changed").contains("\"dateOfBirth\":\"1990-03-03\"");
	}

}
