package vn.congvu.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congvu.TestHttp.basic;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.congvu.TestHttp;

/**
 * Drives over the API: positions within their vacancies, applications one per person, each eligible or rejected with
 * its reason, and who may see and run them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
@org.junit.jupiter.api.extension.ExtendWith(vn.congvu.AsSystem.class)
class DriveIntegrationTests {

	static final String HOME_AFFAIRS = basic("demo.sonoivu", "Demo@2021!");

	static final String UNIT_HR = basic("demo.nhansu", "Demo@2021!");

	static final AtomicInteger SEQUENCE = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	private JsonNode read(java.net.http.HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return json.readTree(response.body());
	}

	private TestHttp api() {
		return TestHttp.api(port);
	}

	/** A centre of the demo ward with an approved scheme: CV01 (3, law graduates), CV02 (1), CV03 (1); one CV01 holder. */
	private long centre() {
		long ward = read(api().get("/api/v1/me", "Authorization", UNIT_HR), 200).get("scopeUnitId").asLong();
		int n = SEQUENCE.incrementAndGet();
		long unit = read(api().json("POST", "/api/v1/units", "{\"name\":\"Trung tâm tuyển dụng thử " + n + "\",\"type\":"
				+ "\"PUBLIC_SERVICE_UNIT\",\"parentId\":" + ward + ",\"effectiveDate\":\"2025-07-01\",\"decision\":"
				+ "{\"number\":\"5/QĐ-UBND\",\"date\":\"2025-06-20\",\"issuer\":\"UBND tỉnh\"}}", "Authorization",
				HOME_AFFAIRS), 201).get("id").asLong();
		var described = ",\"jobDescription\":\"Mô tả\",\"competencyFramework\":\"Khung\"";
		var draft = read(api().json("POST", "/api/v1/units/" + unit + "/position-schemes", "{\"title\":\"Đề án\","
				+ "\"appliesFrom\":\"2025-07-01\",\"positions\":[{\"code\":\"CV01\",\"name\":\"Chuyên viên pháp chế\","
				+ "\"group\":\"PROFESSIONAL\",\"rankCode\":\"01.003\",\"minDegree\":\"DH\",\"majors\":\"Luật\","
				+ "\"headcount\":3" + described + "},{\"code\":\"CV02\",\"name\":\"Chuyên viên tổng hợp\",\"group\":"
				+ "\"PROFESSIONAL\",\"rankCode\":\"01.003\",\"headcount\":1" + described + "},{\"code\":\"CV03\",\"name\":"
				+ "\"Chuyên viên văn thư\",\"group\":\"PROFESSIONAL\",\"rankCode\":\"01.003\",\"headcount\":1" + described
				+ "}]}", "Authorization", UNIT_HR),
				201);
		long scheme = draft.get("id").asLong();
		var submitted = read(api().json("POST", "/api/v1/position-schemes/" + scheme + "/submit", "{\"version\":0}",
				"Authorization", UNIT_HR), 200);
		read(api().json("POST", "/api/v1/position-schemes/" + scheme + "/approve", "{\"decision\":{\"number\":"
				+ "\"9/QĐ-UBND\",\"date\":\"2025-07-10\",\"issuer\":\"UBND tỉnh\"},\"signer\":\"Chủ tịch\",\"version\":"
				+ submitted.get("version").asLong() + "}", "Authorization", HOME_AFFAIRS), 200);
		long official = read(api().json("POST", "/api/v1/officials", "{\"citizenId\":\"096090" + (880000 + n)
				+ "\",\"fullName\":\"Lý Thanh Tâm\",\"dateOfBirth\":\"1990-05-05\",\"sex\":\"MALE\",\"ethnicGroup\":\"01\","
				+ "\"unitId\":" + unit + ",\"category\":\"CIVIL_SERVANT\",\"rankCode\":\"01.003\",\"startDate\":"
				+ "\"2025-08-01\",\"decision\":{\"number\":\"10/QĐ-UBND\",\"date\":\"2025-07-25\",\"issuer\":\"UBND\"}}",
				"Authorization", UNIT_HR), 201).get("id").asLong();
		read(api().json("POST", "/api/v1/officials/" + official + "/actions", "{\"kind\":\"POSITION_ASSIGNMENT\","
				+ "\"effectiveDate\":\"2025-08-02\",\"positionCode\":\"CV01\",\"decision\":{\"number\":\"11/QĐ-UBND\","
				+ "\"date\":\"2025-08-01\",\"issuer\":\"UBND\"}}", "Authorization", UNIT_HR), 201);
		return unit;
	}

	private String drive(long unit, String code, int quota) {
		return "{\"authorityUnitId\":" + unit + ",\"title\":\"Tuyển dụng công chức năm 2026\",\"category\":"
				+ "\"CIVIL_SERVANT\",\"method\":\"EXAM\",\"announcedOn\":\"2026-03-02\",\"positions\":[{\"unitId\":" + unit
				+ ",\"positionCode\":\"" + code + "\",\"quota\":" + quota + "}]}";
	}

	private static String applicant(long position, String citizenId, String name, String born, String degree,
			String major, String appliedOn) {
		return "{\"drivePositionId\":" + position + ",\"citizenId\":\"" + citizenId + "\",\"fullName\":\"" + name
				+ "\",\"dateOfBirth\":\"" + born + "\",\"sex\":\"FEMALE\",\"ethnicCode\":\"01\",\"degreeLevel\":\"" + degree
				+ "\",\"major\":\"" + major + "\",\"priorities\":[\"ETHNIC_MINORITY\"],\"appliedOn\":\"" + appliedOn + "\"}";
	}

	@Test
	void aDriveRecruitsNoMoreThanAPositionsVacancies() {
		long unit = centre();
		var over = read(api().json("POST", "/api/v1/recruitment/drives", drive(unit, "CV01", 3), "Authorization",
				UNIT_HR, "Accept-Language", "en"), 400);
		assertThat(over.get("field").asString()).isEqualTo("positions[0].quota");
		assertThat(over.get("detail").asString()).contains("only 2 vacancies");
		var announced = read(api().json("POST", "/api/v1/recruitment/drives", drive(unit, "CV01", 2), "Authorization",
				UNIT_HR), 201);
		assertThat(announced.get("regime").asString()).isEqualTo("DECREE_170_2025");
		assertThat(announced.get("applicationsUntil").asString()).isEqualTo("2026-04-01");
		assertThat(announced.get("status").asString()).isEqualTo("OPEN");
		// the places that drive holds are no longer free for another
		var taken = read(api().json("POST", "/api/v1/recruitment/drives", drive(unit, "CV01", 1), "Authorization",
				UNIT_HR), 400);
		assertThat(taken.get("field").asString()).isEqualTo("positions[0].quota");
		var unknown = read(api().json("POST", "/api/v1/recruitment/drives", drive(unit, "XX01", 1), "Authorization",
				UNIT_HR), 400);
		assertThat(unknown.get("field").asString()).isEqualTo("positions[0].positionCode");
		var before = read(api().json("POST", "/api/v1/recruitment/drives", drive(unit, "CV02", 1)
			.replace("2026-03-02", "2025-06-01"), "Authorization", UNIT_HR), 400);
		assertThat(before.get("field").asString()).isIn("positions[0].unitId", "positions[0].positionCode");
		var window = read(api().json("POST", "/api/v1/recruitment/drives", drive(unit, "CV02", 1)
			.replace("\"positions\"", "\"applicationsUntil\":\"2026-04-15\",\"positions\""), "Authorization", UNIT_HR),
				400);
		assertThat(window.get("field").asString()).isEqualTo("applicationsUntil");
	}

	@Test
	void theHoldersOfAPositionInTheAgencysInternalDivisionsTakeItsPlacesToo() {
		long unit = centre();
		long division = read(api().json("POST", "/api/v1/units", "{\"name\":\"Phòng Hành chính\",\"type\":"
				+ "\"INTERNAL_DIVISION\",\"parentId\":" + unit + ",\"effectiveDate\":\"2025-07-01\",\"decision\":"
				+ "{\"number\":\"6/QĐ-UBND\",\"date\":\"2025-06-20\",\"issuer\":\"UBND tỉnh\"}}", "Authorization",
				HOME_AFFAIRS), 201).get("id").asLong();
		int n = SEQUENCE.incrementAndGet();
		long official = read(api().json("POST", "/api/v1/officials", "{\"citizenId\":\"096089"
				+ String.format("%06d", 600000 + n) + "\",\"fullName\":\"Phan Văn Lộc\",\"dateOfBirth\":\"1989-05-05\","
				+ "\"sex\":\"MALE\",\"ethnicGroup\":\"01\",\"unitId\":" + division + ",\"category\":\"CIVIL_SERVANT\","
				+ "\"rankCode\":\"01.003\",\"startDate\":\"2025-08-01\",\"decision\":{\"number\":\"14/QĐ-UBND\","
				+ "\"date\":\"2025-07-25\",\"issuer\":\"UBND\"}}", "Authorization", UNIT_HR), 201).get("id").asLong();
		read(api().json("POST", "/api/v1/officials/" + official + "/actions", "{\"kind\":\"POSITION_ASSIGNMENT\","
				+ "\"effectiveDate\":\"2025-08-02\",\"positionCode\":\"CV01\",\"decision\":{\"number\":\"15/QĐ-UBND\","
				+ "\"date\":\"2025-08-01\",\"issuer\":\"UBND\"}}", "Authorization", UNIT_HR), 201);
		// CV01: 3 places, one holder in the centre and one in its division
		var over = read(api().json("POST", "/api/v1/recruitment/drives", drive(unit, "CV01", 2), "Authorization",
				UNIT_HR, "Accept-Language", "en"), 400);
		assertThat(over.get("detail").asString()).contains("only 1 vacanc");
		read(api().json("POST", "/api/v1/recruitment/drives", drive(unit, "CV01", 1), "Authorization", UNIT_HR), 201);
		// a drive recruiting into the division itself takes from the same places
		var division2 = read(api().json("POST", "/api/v1/recruitment/drives", drive(unit, "CV01", 1)
			.replace("\"positions\":[{\"unitId\":" + unit, "\"positions\":[{\"unitId\":" + division), "Authorization",
				UNIT_HR), 400);
		assertThat(division2.get("field").asString()).isEqualTo("positions[0].quota");
	}

	@Test
	void anHrOfficerWhoAppliedNeitherMarksNorPublishesNorDecidesTheDrive() {
		long unit = centre();
		int n = SEQUENCE.incrementAndGet();
		long ward = read(api().get("/api/v1/me", "Authorization", UNIT_HR), 200).get("scopeUnitId").asLong();
		// an HR officer of the ward, an official too, whose own record is linked to the account
		var username = "hr.candidate." + n;
		read(api().json("POST", "/api/v1/accounts", "{\"username\":\"" + username + "\",\"displayName\":\"Lê Thị Hồng\","
				+ "\"password\":\"Hong@2026pass\",\"role\":\"UNIT_HR\",\"scopeUnitId\":" + ward + "}", "Authorization",
				HOME_AFFAIRS), 201);
		var citizen = "096192" + String.format("%06d", 400000 + n);
		var official = read(api().json("POST", "/api/v1/officials", "{\"citizenId\":\"" + citizen + "\",\"fullName\":"
				+ "\"Lê Thị Hồng\",\"dateOfBirth\":\"1992-02-02\",\"sex\":\"FEMALE\",\"ethnicGroup\":\"01\",\"unitId\":"
				+ ward + ",\"category\":\"CIVIL_SERVANT\",\"rankCode\":\"01.004\",\"startDate\":\"2025-08-01\","
				+ "\"decision\":{\"number\":\"16/QĐ-UBND\",\"date\":\"2025-07-25\",\"issuer\":\"UBND\"}}",
				"Authorization", UNIT_HR), 201);
		read(api().json("PUT", "/api/v1/officials/" + official.get("id").asLong() + "/account", "{\"username\":\""
				+ username + "\",\"version\":" + official.get("version").asLong() + "}", "Authorization", UNIT_HR), 200);
		var self = basic(username, "Hong@2026pass");

		var drive = read(api().json("POST", "/api/v1/recruitment/drives", drive(unit, "CV02", 1), "Authorization",
				UNIT_HR), 201);
		var path = "/api/v1/recruitment/drives/" + drive.get("id").asLong();
		read(api().json("POST", path + "/applications", applicant(drive.get("positions").get(0).get("id").asLong(),
				citizen, "Lê Thị Hồng", "1992-02-02", "DH", "Luật", "2026-03-10"), "Authorization", UNIT_HR), 201);
		read(api().json("POST", path + "/close", "{}", "Authorization", UNIT_HR), 200);
		var code = jdbc.sql("SELECT exam_code FROM recruitment.application WHERE drive_id = :d")
			.param("d", drive.get("id").asLong()).query(String.class).single();
		var marks = "[{\"examCode\":\"" + code + "\",\"written\":95}]";
		var own = read(api().json("POST", path + "/scores", marks, "Authorization", self, "Accept-Language", "en"), 409);
		assertThat(own.get("detail").asString()).containsIgnoringCase("applied");
		assertThat(jdbc.sql("SELECT written FROM recruitment.application WHERE drive_id = :d")
			.param("d", drive.get("id").asLong()).query(java.math.BigDecimal.class).optional()).isEmpty();
		read(api().json("POST", path + "/scores", marks, "Authorization", UNIT_HR), 200);
		read(api().json("POST", path + "/results/publish", "{\"publishedOn\":\"2026-04-06\"}", "Authorization", self),
				409);
		read(api().json("POST", path + "/results/publish", "{\"publishedOn\":\"2026-04-06\"}", "Authorization",
				UNIT_HR), 200);
		var decision = "{\"number\":\"9140/QĐ-UBND\",\"date\":\"2026-04-20\",\"issuer\":\"UBND phường Bạc Liêu\"}";
		read(api().json("POST", path + "/decisions", decision, "Authorization", self), 409);
		assertThat(read(api().get(path, "Authorization", UNIT_HR), 200).get("status").asString()).isEqualTo("PUBLISHED");
	}

	@Test
	void everyApplicationIsCheckedAndARejectionSaysWhy() {
		long unit = centre();
		var drive = read(api().json("POST", "/api/v1/recruitment/drives", drive(unit, "CV01", 2), "Authorization",
				UNIT_HR), 201);
		long id = drive.get("id").asLong();
		long position = drive.get("positions").get(0).get("id").asLong();
		var path = "/api/v1/recruitment/drives/" + id + "/applications";
		int n = SEQUENCE.incrementAndGet();
		var good = read(api().json("POST", path, applicant(position, "096199" + (770000 + n), "Thạch Thị Sa Rươl",
				"1999-02-02", "DH", "Luật kinh tế", "2026-03-10"), "Authorization", UNIT_HR), 201);
		assertThat(good.get("status").asString()).isEqualTo("ELIGIBLE");
		assertThat(good.get("priorities").get(0).asString()).isEqualTo("ETHNIC_MINORITY");
		var twice = api().json("POST", path, applicant(position, "096199" + (770000 + n), "Thạch Thị Sa Rươl",
				"1999-02-02", "DH", "Luật", "2026-03-11"), "Authorization", UNIT_HR);
		assertThat(twice.statusCode()).isEqualTo(409);
		var young = read(api().json("POST", path, applicant(position, "096308" + (660000 + n), "Lê Thị Út",
				"2008-06-01", "DH", "Luật", "2026-03-10"), "Authorization", UNIT_HR), 201);
		assertThat(young.get("status").asString()).isEqualTo("REJECTED");
		assertThat(young.get("rejection").asString()).isEqualTo("recruitment.eligibility.age");
		var college = read(api().json("POST", path, applicant(position, "096198" + (550000 + n), "Trần Thị Hoa",
				"1998-01-01", "CD", "Luật", "2026-03-10"), "Authorization", UNIT_HR), 201);
		assertThat(college.get("rejection").asString()).isEqualTo("recruitment.eligibility.degree");
		var accountant = read(api().json("POST", path, applicant(position, "096197" + (440000 + n), "Võ Thị Lan",
				"1997-01-01", "DH", "Kế toán", "2026-03-10"), "Authorization", UNIT_HR), 201);
		assertThat(accountant.get("rejection").asString()).isEqualTo("recruitment.eligibility.major");
		var late = api().json("POST", path, applicant(position, "096196" + (330000 + n), "Phạm Thị Mai", "1996-01-01",
				"DH", "Luật", "2026-04-02"), "Authorization", UNIT_HR);
		assertThat(late.statusCode()).isEqualTo(409);
		var badId = read(api().json("POST", path, applicant(position, "12345", "Phạm Thị Mai", "1996-01-01", "DH",
				"Luật", "2026-03-10"), "Authorization", UNIT_HR), 400);
		assertThat(badId.get("field").asString()).isEqualTo("citizenId");
		assertThat(read(api().get(path, "Authorization", basic("demo.lanhdao", "Demo@2021!")), 200)).hasSize(4);
		assertThat(api().get(path, "Authorization", basic("demo.congchuc", "Demo@2021!")).statusCode()).isEqualTo(403);
	}

	@Test
	void stepsOutOfOrderOrMalformedAreRefusedWithAReasonNeverAServerError() {
		long unit = centre();
		var drive = read(api().json("POST", "/api/v1/recruitment/drives", drive(unit, "CV02", 1), "Authorization",
				UNIT_HR), 201);
		var path = "/api/v1/recruitment/drives/" + drive.get("id").asLong();
		assertThat(api().json("POST", path + "/results/publish", "{}", "Authorization", UNIT_HR).statusCode())
			.isEqualTo(409);
		assertThat(api().json("POST", path + "/decisions", "{\"number\":\"1/QĐ\",\"date\":\"2026-04-20\","
				+ "\"issuer\":\"UBND\"}", "Authorization", UNIT_HR).statusCode()).isEqualTo(409);
		assertThat(api().json("POST", path + "/scores", "[{\"examCode\":\"P1\",\"written\":80}]", "Authorization",
				UNIT_HR).statusCode()).isEqualTo(409);
		assertThat(api().json("POST", path + "/scores", "[{\"examCode\": ", "Authorization", UNIT_HR).statusCode())
			.isEqualTo(400);
		assertThat(api().get(path + "/results.pdf", "Authorization", UNIT_HR).statusCode()).isEqualTo(409);
		assertThat(api().get(path + "/results.odt", "Authorization", UNIT_HR).statusCode()).isEqualTo(409);
		read(api().json("POST", path + "/close", "{}", "Authorization", UNIT_HR), 200);
		assertThat(api().json("POST", path + "/close", "{}", "Authorization", UNIT_HR).statusCode()).isEqualTo(409);
		var unknown = read(api().json("POST", path + "/scores", "[{\"examCode\":\"P0\",\"written\":80}]",
				"Authorization", UNIT_HR), 400);
		assertThat(unknown.get("field").asString()).isEqualTo("marks[0].examCode");
		assertThat(api().json("POST", "/api/v1/recruitment/drives", "{\"category\":\"KING\"}", "Authorization",
				UNIT_HR).statusCode()).isEqualTo(400);
		assertThat(api().get("/api/v1/recruitment/drives/987654321", "Authorization", UNIT_HR).statusCode())
			.isEqualTo(404);
	}

	@Autowired
	java.util.List<vn.congvu.shared.indicator.Indicator> indicators;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/** Closes a drive, marks its candidates in application order, publishes on 6 April 2026; returns the codes. */
	private void markAndPublish(String path, int... marks) {
		read(api().json("POST", path + "/close", "{}", "Authorization", UNIT_HR), 200);
		var codes = jdbc.sql("SELECT exam_code FROM recruitment.application WHERE drive_id = :d ORDER BY id")
			.param("d", Long.parseLong(path.substring(path.lastIndexOf('/') + 1)))
			.query(String.class)
			.list();
		var entries = new java.util.ArrayList<String>();
		for (int i = 0; i < marks.length; i++) {
			entries.add("{\"examCode\":\"" + codes.get(i) + "\",\"written\":" + marks[i] + "}");
		}
		read(api().json("POST", path + "/scores", "[" + String.join(",", entries) + "]", "Authorization", UNIT_HR), 200);
		read(api().json("POST", path + "/results/publish", "{\"publishedOn\":\"2026-04-06\"}", "Authorization",
				UNIT_HR), 200);
	}

	@Test
	void someoneWhoServedBeforeIsRecruitedOnTheirOwnRecordAndSomeoneServingNowIsRefused() {
		long unit = centre();
		int n = SEQUENCE.incrementAndGet();
		var citizen = "096190" + String.format("%06d", 500000 + n);
		long former = read(api().json("POST", "/api/v1/officials", "{\"citizenId\":\"" + citizen + "\",\"fullName\":"
				+ "\"Trương Mỹ Duyên\",\"dateOfBirth\":\"1990-02-02\",\"sex\":\"FEMALE\",\"ethnicGroup\":\"01\","
				+ "\"unitId\":" + unit + ",\"category\":\"CIVIL_SERVANT\",\"rankCode\":\"01.003\",\"startDate\":"
				+ "\"2025-08-01\",\"decision\":{\"number\":\"12/QĐ-UBND\",\"date\":\"2025-07-25\",\"issuer\":\"UBND\"}}",
				"Authorization", UNIT_HR), 201).get("id").asLong();
		read(api().json("POST", "/api/v1/officials/" + former + "/actions", "{\"kind\":\"RESIGNATION\","
				+ "\"effectiveDate\":\"2025-12-01\",\"decision\":{\"number\":\"13/QĐ-UBND\",\"date\":\"2025-11-20\","
				+ "\"issuer\":\"UBND\"}}", "Authorization", UNIT_HR), 201);
		var drive = read(api().json("POST", "/api/v1/recruitment/drives", drive(unit, "CV02", 1), "Authorization",
				UNIT_HR), 201);
		long position = drive.get("positions").get(0).get("id").asLong();
		var path = "/api/v1/recruitment/drives/" + drive.get("id").asLong();
		read(api().json("POST", path + "/applications", applicant(position, citizen, "Trương Mỹ Duyên", "1990-02-02",
				"DH", "Luật", "2026-03-10"), "Authorization", UNIT_HR), 201);
		read(api().json("POST", path + "/applications", applicant(position, "096195" + String.format("%06d", n),
				"Lê Thị Hoa", "1995-01-01", "DH", "Luật", "2026-03-11"), "Authorization", UNIT_HR), 201);
		markAndPublish(path, 80, 60);
		var decided = read(api().json("POST", path + "/decisions", "{\"number\":\"130/QĐ-UBND\",\"date\":"
				+ "\"2026-04-20\",\"issuer\":\"UBND phường Bạc Liêu\"}", "Authorization", UNIT_HR), 201);
		assertThat(decided.get("officialIds")).hasSize(1);
		assertThat(decided.get("officialIds").get(0).asLong()).as("the record of before, not a second one")
			.isEqualTo(former);
		assertThat(jdbc.sql("SELECT count(*) FROM personnel.official WHERE citizen_id = :c").param("c", citizen)
			.query(Long.class).single()).isEqualTo(1);
		var actions = read(api().get("/api/v1/officials/" + former + "/actions", "Authorization", UNIT_HR), 200);
		var kinds = new java.util.ArrayList<String>();
		actions.forEach(a -> kinds.add(a.get("kind").asString() + " " + a.get("decision").get("number").asString()));
		assertThat(kinds).containsExactly("RECRUITMENT 12/QĐ-UBND", "RESIGNATION 13/QĐ-UBND", "RECRUITMENT 130/QĐ-UBND");
		var employment = read(api().get("/api/v1/officials/" + former + "/employment?asOf=2026-05-01",
				"Authorization", UNIT_HR), 200);
		assertThat(employment.get("positionCode").asString()).isEqualTo("CV02");

		// the centre's serving specialist wins a drive: the decision is refused with the reason, and nothing is done
		var serving = jdbc.sql("""
				SELECT o.citizen_id || '|' || o.full_name || '|' || o.date_of_birth FROM personnel.official o
				JOIN personnel.employment e ON e.official_id = o.id
				WHERE e.unit_id = :unit AND e.valid_to IS NULL AND e.position_code = 'CV01'""")
			.param("unit", unit).query(String.class).single().split("\\|");
		var second = read(api().json("POST", "/api/v1/recruitment/drives", drive(unit, "CV03", 1), "Authorization",
				UNIT_HR), 201);
		var secondPath = "/api/v1/recruitment/drives/" + second.get("id").asLong();
		read(api().json("POST", secondPath + "/applications", applicant(second.get("positions").get(0).get("id").asLong(),
				serving[0], serving[1], serving[2], "DH", "Luật", "2026-03-10"), "Authorization", UNIT_HR), 201);
		markAndPublish(secondPath, 90);
		var refused = api().json("POST", secondPath + "/decisions", "{\"number\":\"9131/QĐ-UBND\",\"date\":"
				+ "\"2026-04-20\",\"issuer\":\"UBND phường Bạc Liêu\"}", "Authorization", UNIT_HR, "Accept-Language", "en");
		assertThat(refused.statusCode()).as(refused.body()).isIn(400, 409);
		assertThat(refused.body()).containsIgnoringCase("employ");
		assertThat(read(api().get(secondPath, "Authorization", UNIT_HR), 200).get("status").asString())
			.isEqualTo("PUBLISHED");
		// (the demo's own decisions, numbered by their issuers, may share the number)
		assertThat(jdbc.sql("SELECT count(*) FROM personnel.personnel_action WHERE decision_number = '9131/QĐ-UBND'"
				+ " AND recorded_by <> 'demo'").query(Long.class).single()).isZero();
	}

	private long recruit(long unit, String name, String startDate) {
		int n = SEQUENCE.incrementAndGet();
		return read(api().json("POST", "/api/v1/officials", "{\"citizenId\":\"096198" + String.format("%06d", 700000 + n)
				+ "\",\"fullName\":\"" + name + "\",\"dateOfBirth\":\"1998-06-06\",\"sex\":\"FEMALE\","
				+ "\"ethnicGroup\":\"01\",\"unitId\":" + unit + ",\"category\":\"PUBLIC_EMPLOYEE\",\"rankCode\":"
				+ "\"V.08.01.03\",\"startDate\":\"" + startDate + "\",\"decision\":{\"number\":\"20/QĐ-UBND\","
				+ "\"date\":\"" + startDate + "\",\"issuer\":\"UBND\"}}", "Authorization", UNIT_HR), 201).get("id").asLong();
	}

	private static String assessment(String result, String on, String comments) {
		return "{\"result\":\"" + result + "\",\"assessedOn\":\"" + on + "\",\"guideName\":\"BS. Lâm Văn Hòa\","
				+ "\"comments\":\"" + comments + "\",\"decision\":{\"number\":\"31/QĐ-TTYT\",\"date\":\"" + on
				+ "\",\"issuer\":\"Trung tâm\"},\"signer\":\"Giám đốc\"}";
	}

	@Test
	void probationEndsWithItsOwnAssessmentMetOrNot() {
		long unit = centre();
		long meets = recruit(unit, "Võ Thị Thu Hà", "2025-10-01");
		long fails = recruit(unit, "Đặng Ngọc Mai", "2025-09-15");
		var listed = read(api().get("/api/v1/recruitment/probations?asOf=2026-09-01", "Authorization", UNIT_HR), 200);
		var ends = new java.util.HashMap<Long, String>();
		listed.forEach(p -> ends.put(p.get("officialId").asLong(), p.get("endsOn").asString() + "/" + p.get("months")));
		assertThat(ends).containsEntry(meets, "2026-10-01/12").containsEntry(fails, "2026-09-15/12");
		var path = "/api/v1/recruitment/probations/";
		// too early, without comments, or by an official: refused, and nothing is recorded
		var early = read(api().json("POST", path + meets + "/assessment", assessment("MEETS", "2026-08-01", "Tốt"),
				"Authorization", UNIT_HR, "Accept-Language", "en"), 400);
		assertThat(early.get("field").asString()).isEqualTo("assessedOn");
		assertThat(early.get("detail").asString()).contains("01/10/2026", "01/09/2026");
		var blank = read(api().json("POST", path + meets + "/assessment", assessment("MEETS", "2026-10-10", " "),
				"Authorization", UNIT_HR), 400);
		assertThat(blank.get("field").asString()).isEqualTo("comments");
		assertThat(api().json("POST", path + meets + "/assessment", assessment("MEETS", "2026-10-10", "Tốt"),
				"Authorization", basic("demo.congchuc", "Demo@2021!")).statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("SELECT count(*) FROM recruitment.probation_assessment WHERE official_id IN (:a, :b)")
			.param("a", meets).param("b", fails).query(Long.class).single()).isZero();

		var met = read(api().json("POST", path + meets + "/assessment", assessment("MEETS", "2026-10-10",
				"Hoàn thành tốt nhiệm vụ, đạt yêu cầu của chức danh bác sĩ"), "Authorization", UNIT_HR), 201);
		assertThat(met.get("endsOn").asString()).isEqualTo("2026-10-01");
		var after = read(api().get("/api/v1/officials/" + meets + "/employment?asOf=2026-10-02", "Authorization",
				UNIT_HR), 200);
		assertThat(after.get("status").asString()).isEqualTo("WORKING");
		var before = read(api().get("/api/v1/officials/" + meets + "/employment?asOf=2026-09-30", "Authorization",
				UNIT_HR), 200);
		assertThat(before.get("status").asString()).isEqualTo("PROBATION");
		assertThat(api().json("POST", path + meets + "/assessment", assessment("MEETS", "2026-10-11", "Lại"),
				"Authorization", UNIT_HR).statusCode()).isEqualTo(409);

		read(api().json("POST", path + fails + "/assessment", assessment("FAILS", "2026-09-20",
				"Chưa đáp ứng yêu cầu chuyên môn của chức danh"), "Authorization", UNIT_HR), 201);
		var actions = read(api().get("/api/v1/officials/" + fails + "/actions", "Authorization", UNIT_HR), 200);
		var last = actions.get(actions.size() - 1);
		assertThat(last.get("kind").asString()).isEqualTo("RESIGNATION");
		assertThat(last.get("effectiveDate").asString()).isEqualTo("2026-09-15");
		assertThat(last.get("note").asString()).contains("Không đạt yêu cầu tập sự");
		assertThat(api().get("/api/v1/officials/" + fails + "/employment?asOf=2026-09-16", "Authorization", UNIT_HR)
			.statusCode()).isEqualTo(404);
		var still = read(api().get("/api/v1/recruitment/probations?asOf=2026-09-01", "Authorization", UNIT_HR), 200);
		assertThat(still.findValues("officialId").stream().map(v -> v.asLong()).toList()).contains(meets, fails);
		var later = read(api().get("/api/v1/recruitment/probations?asOf=2026-10-05", "Authorization", UNIT_HR), 200);
		assertThat(later.findValues("officialId").stream().map(v -> v.asLong()).toList()).doesNotContain(meets, fails);
	}

	@Test
	void aDriveOfThreePositionsAndTwentyCandidatesEndsInOfficialsAndIsCounted() throws Exception {
		long unit = centre();
		var drive = read(api().json("POST", "/api/v1/recruitment/drives", "{\"authorityUnitId\":" + unit + ",\"title\":"
				+ "\"Tuyển dụng công chức đợt 1 năm 2026\",\"category\":\"CIVIL_SERVANT\",\"method\":\"EXAM\","
				+ "\"announcedOn\":\"2026-03-02\",\"positions\":[{\"unitId\":" + unit + ",\"positionCode\":\"CV01\","
				+ "\"quota\":2},{\"unitId\":" + unit + ",\"positionCode\":\"CV02\",\"quota\":1},{\"unitId\":" + unit
				+ ",\"positionCode\":\"CV03\",\"quota\":1}]}", "Authorization", UNIT_HR), 201);
		long id = drive.get("id").asLong();
		var positionIds = new long[3];
		for (int p = 0; p < 3; p++) {
			positionIds[p] = drive.get("positions").get(p).get("id").asLong();
		}
		var path = "/api/v1/recruitment/drives/" + id;
		int run = SEQUENCE.incrementAndGet();
		var given = new String[] { "An", "Bình", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Khánh", "Lan", "Mai", "Nga",
				"Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Trang", "Vân", "Yến" };
		for (int i = 0; i < 20; i++) {
			int position = i < 8 ? 0 : i < 14 ? 1 : 2;
			var citizen = "09619" + (i % 10) + String.format("%06d", run * 100 + i);
			read(api().json("POST", path + "/applications", applicant(positionIds[position], citizen,
					"Nguyễn Thị " + given[i], "199" + (i % 10) + "-03-04", "DH", "Luật", "2026-03-" + (10 + i % 15))
				.replace("\"priorities\":[\"ETHNIC_MINORITY\"]", i == 3 ? "\"priorities\":[\"ETHNIC_MINORITY\"]"
						: "\"priorities\":[]"), "Authorization", UNIT_HR), 201);
		}
		var sheet = read(api().json("POST", path + "/close", "{}", "Authorization", UNIT_HR), 200);
		assertThat(sheet).hasSize(20);
		// before publication the applications show no marks
		var listed = read(api().get(path + "/applications", "Authorization", UNIT_HR), 200);
		assertThat(listed.get(0).get("result").isNull()).isTrue();

		// marks by exam code, from a spreadsheet: candidate i (in application order) scores 50 + 2 i; the 6th is
		// absent and the 7th fails round 1
		var codes = new java.util.HashMap<Long, String>();
		var applicationIds = new java.util.ArrayList<Long>();
		for (var a : listed) {
			applicationIds.add(a.get("id").asLong());
		}
		var byPosition = new java.util.HashMap<Long, java.util.List<String>>();
		for (var line : sheet) {
			byPosition.computeIfAbsent(line.get("drivePositionId").asLong(), k -> new java.util.ArrayList<>())
				.add(line.get("examCode").asString());
		}
		var codeOf = jdbc.sql("SELECT id, exam_code FROM recruitment.application WHERE drive_id = :d")
			.param("d", id)
			.query((rs, n) -> java.util.Map.entry(rs.getLong(1), rs.getString(2)))
			.list();
		codeOf.forEach(e -> codes.put(e.getKey(), e.getValue()));
		var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
		var rows = workbook.createSheet("Điểm");
		var header = rows.createRow(0);
		var titles = new String[] { "Số phách", "Vắng", "Vòng 1", "Điểm viết", "Điểm phỏng vấn" };
		for (int c = 0; c < titles.length; c++) {
			header.createCell(c).setCellValue(titles[c]);
		}
		for (int i = 0; i < 20; i++) {
			var row = rows.createRow(i + 1);
			row.createCell(0).setCellValue(codes.get(applicationIds.get(i)));
			if (i == 5) {
				row.createCell(1).setCellValue("x");
				continue;
			}
			row.createCell(2).setCellValue(i == 6 ? "không đạt" : "đạt");
			if (i != 6) {
				row.createCell(3).setCellValue(50 + 2 * i);
			}
		}
		var bytes = new java.io.ByteArrayOutputStream();
		workbook.write(bytes);
		workbook.close();
		var marked = read(api().upload(path + "/scores", "diem.xlsx", bytes.toByteArray(), java.util.Map.of(),
				"Authorization", UNIT_HR), 200);
		assertThat(marked.get("marked").asInt()).isEqualTo(20);

		var early = read(api().json("POST", path + "/results/publish", "{\"publishedOn\":\"2026-03-20\"}",
				"Authorization", UNIT_HR), 400);
		assertThat(early.get("field").asString()).isEqualTo("publishedOn");
		read(api().json("POST", path + "/results/publish", "{\"publishedOn\":\"2026-04-06\"}", "Authorization",
				UNIT_HR), 200);
		var results = read(api().get(path + "/applications", "Authorization", UNIT_HR), 200);
		var passed = new java.util.ArrayList<String>();
		for (var a : results) {
			if ("PASSED".equals(a.get("result").get("verdict").asString())) {
				passed.add(a.get("fullName").asString());
			}
		}
		// CV01 (candidates 0–7, quota 2): 7 and 6? 6 failed round 1, so 7 (64) and 4 (58) + the ethnic minority
		// priority of 3 (56 + 5 = 61) puts 3 ahead of 4; CV02 (8–13): 13; CV03 (14–19): 19
		assertThat(passed).containsExactlyInAnyOrder("Nguyễn Thị Dung", "Nguyễn Thị Khánh", "Nguyễn Thị Oanh",
				"Nguyễn Thị Yến");
		assertThat(results.get(5).get("result").get("verdict").asString()).isEqualTo("ABSENT");
		assertThat(results.get(6).get("result").get("verdict").asString()).isEqualTo("FAILED_ROUND_1");
		assertThat(results.get(4).get("result").get("reason").asString()).isEqualTo("recruitment.outcome.outsideQuota");

		// marks do not change after publication, except by a re-marking within 5 working days
		var again = api().json("POST", path + "/scores", "[{\"examCode\":\"" + codes.get(applicationIds.get(12))
				+ "\",\"written\":99}]", "Authorization", UNIT_HR);
		assertThat(again.statusCode()).isEqualTo(409);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
				"UPDATE recruitment.application SET written = 99 WHERE id = :id").param("id", applicationIds.get(12))
			.update()).hasMessageContaining("re-marking");
		var lateRemark = api().json("POST", "/api/v1/recruitment/drives/applications/" + applicationIds.get(12)
				+ "/remark", "{\"field\":\"written\",\"mark\":99,\"requestedOn\":\"2026-04-14\"}", "Authorization",
				UNIT_HR);
		assertThat(lateRemark.statusCode()).isEqualTo(400);
		var remarked = read(api().json("POST", "/api/v1/recruitment/drives/applications/" + applicationIds.get(12)
				+ "/remark", "{\"field\":\"written\",\"mark\":99,\"requestedOn\":\"2026-04-13\"}", "Authorization",
				UNIT_HR), 200);
		assertThat(remarked.get("result").get("verdict").asString()).isEqualTo("PASSED");
		assertThat(jdbc.sql("SELECT before_mark || '>' || after_mark FROM recruitment.remarking WHERE application_id = :a")
			.param("a", applicationIds.get(12)).query(String.class).single()).isEqualTo("74.00>99.00");

		var decided = read(api().json("POST", path + "/decisions", "{\"number\":\"120/QĐ-UBND\",\"date\":"
				+ "\"2026-04-20\",\"issuer\":\"UBND phường Bạc Liêu\",\"signer\":\"Trần Văn Bảy\"}", "Authorization",
				UNIT_HR), 201);
		var officials = decided.get("officialIds");
		assertThat(officials).hasSize(4);
		for (var official : officials) {
			var employment = read(api().get("/api/v1/officials/" + official.asLong() + "/employment?asOf=2026-05-01",
					"Authorization", UNIT_HR), 200);
			assertThat(employment.get("unitId").asLong()).isEqualTo(unit);
			assertThat(employment.get("positionCode").asString()).isIn("CV01", "CV02", "CV03");
			assertThat(employment.get("status").asString()).as("no probation from 1 July 2025").isEqualTo("WORKING");
			var actions = read(api().get("/api/v1/officials/" + official.asLong() + "/actions", "Authorization", UNIT_HR),
					200);
			assertThat(actions.get(0).get("kind").asString()).isEqualTo("RECRUITMENT");
			assertThat(actions.get(0).get("decision").get("number").asString()).isEqualTo("120/QĐ-UBND");
		}
		assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE entity = 'PersonnelAction' "
				+ "AND after_state::text LIKE '%120/QĐ-UBND%'").query(Long.class).single()).isGreaterThanOrEqualTo(4);

		// the notice of the results and the decision, in the layout of Decree 30/2020, opened in LibreOffice
		var notice = java.nio.file.Files.createTempFile("ket-qua", ".docx");
		var decisionPdf = java.nio.file.Files.createTempFile("quyet-dinh", ".pdf");
		try {
			java.nio.file.Files.write(notice, api().bytes(path + "/results.docx", "Authorization", UNIT_HR));
			assertThat(vn.congvu.LibreOffice.text(notice)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
					"Cà Mau, ngày 06 tháng 4 năm 2026", "THÔNG BÁO", "Nguyễn Thị Khánh", "Trúng tuyển", "Vắng",
					"Không đạt vòng 1");
			java.nio.file.Files.write(decisionPdf, api().bytes(path + "/decision.pdf", "Authorization", UNIT_HR));
			assertThat(vn.congvu.LibreOffice.pdfText(decisionPdf).replaceAll("\\s+", " ")).contains("QUYẾT ĐỊNH",
					"Số: 120/QĐ-UBND", "Cà Mau, ngày 20 tháng 4 năm 2026", "Nguyễn Thị Khánh", "Nguyễn Thị Nhung")
				.doesNotContain("Nguyễn Thị Oanh");
		}
		finally {
			java.nio.file.Files.deleteIfExists(notice);
			java.nio.file.Files.deleteIfExists(decisionPdf);
		}
		// the notice of the drive and the list of candidates, opened in LibreOffice; the list of applications in XLSX
		var announcement = java.nio.file.Files.createTempFile("thong-bao", ".docx");
		var candidates = java.nio.file.Files.createTempFile("danh-sach", ".pdf");
		try {
			java.nio.file.Files.write(announcement, api().bytes(path + "/notice.docx", "Authorization", UNIT_HR));
			assertThat(vn.congvu.LibreOffice.text(announcement).replaceAll("\\s+", " ")).contains("THÔNG BÁO",
					"Cà Mau, ngày 02 tháng 3 năm 2026", "CV01 - Chuyên viên pháp chế", "Tổng cộng",
					"đến hết ngày 01/04/2026", "70% và 30%", "(1,5)");
			java.nio.file.Files.write(candidates, api().bytes(path + "/candidates.pdf", "Authorization", UNIT_HR));
			assertThat(vn.congvu.LibreOffice.pdfText(candidates).replaceAll("\\s+", " ")).contains(
					"Nguyễn Thị Khánh", "Đủ điều kiện", "Người dân tộc thiểu số (5)").doesNotContain("Trúng tuyển");
		}
		finally {
			java.nio.file.Files.deleteIfExists(announcement);
			java.nio.file.Files.deleteIfExists(candidates);
		}
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
				api().bytes(path + "/applications.xlsx", "Authorization", UNIT_HR)))) {
			var list = book.getSheetAt(0);
			assertThat(list.getLastRowNum()).isEqualTo(20);
			assertThat(list.getRow(0).getCell(10).getStringCellValue()).isEqualTo("Kết quả");
			var outcomes = new java.util.ArrayList<String>();
			for (int r = 1; r <= 20; r++) {
				outcomes.add(list.getRow(r).getCell(10).getStringCellValue());
			}
			assertThat(outcomes).contains("Trúng tuyển", "Vắng", "Ngoài chỉ tiêu");
		}

		// the CV02 recruit does not take up the post: the recruitment is cancelled and the next-ranked is called
		var forfeited = read(api().json("POST", "/api/v1/recruitment/drives/applications/" + applicationIds.get(12)
				+ "/forfeit", "{\"number\":\"150/QĐ-UBND\",\"date\":\"2026-05-25\",\"issuer\":\"UBND phường Bạc Liêu\"}",
				"Authorization", UNIT_HR), 200);
		assertThat(forfeited.get("result").get("verdict").asString()).isEqualTo("FORFEITED");
		long gone = forfeited.get("result").get("officialId").asLong();
		assertThat(api().get("/api/v1/officials/" + gone + "/employment?asOf=2026-06-01", "Authorization", UNIT_HR)
			.statusCode()).isEqualTo(404);
		var called = read(api().get(path + "/applications", "Authorization", UNIT_HR), 200).get(13);
		assertThat(called.get("result").get("verdict").asString()).isEqualTo("PASSED");
		assertThat(called.get("result").get("reason").asString()).isEqualTo("recruitment.outcome.nextRanked");
		var second = read(api().json("POST", path + "/decisions", "{\"number\":\"151/QĐ-UBND\",\"date\":"
				+ "\"2026-05-28\",\"issuer\":\"UBND phường Bạc Liêu\"}", "Authorization", UNIT_HR), 201);
		assertThat(second.get("officialIds")).hasSize(1);
		var nobody = api().json("POST", path + "/decisions", "{\"number\":\"152/QĐ-UBND\",\"date\":\"2026-05-29\","
				+ "\"issuer\":\"UBND phường Bạc Liêu\"}", "Authorization", UNIT_HR);
		assertThat(nobody.statusCode()).isEqualTo(409);

		var caMau = read(api().get("/api/v1/me", "Authorization", HOME_AFFAIRS), 200).get("scopeUnitId").asLong();
		var year = new vn.congvu.shared.indicator.Query(caMau, java.time.LocalDate.of(2026, 1, 1),
				java.time.LocalDate.of(2026, 12, 31));
		assertThat(indicator("recruitment.drives").rows(year)).extracting(r -> r.recordId()).contains(id);
		// a drive counts in the period it is announced in (02/03/2026), the last day included
		assertThat(indicator("recruitment.drives").rows(new vn.congvu.shared.indicator.Query(caMau,
				java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 3, 2)))).extracting(r -> r.recordId())
			.contains(id);
		assertThat(indicator("recruitment.drives").rows(new vn.congvu.shared.indicator.Query(caMau,
				java.time.LocalDate.of(2026, 3, 3), java.time.LocalDate.of(2026, 12, 31)))).extracting(r -> r.recordId())
			.doesNotContain(id);
		assertThat(indicator("recruitment.applicants").rows(new vn.congvu.shared.indicator.Query(caMau,
				java.time.LocalDate.of(2026, 3, 3), java.time.LocalDate.of(2026, 12, 31)))).extracting(r -> r.recordId())
			.as("applicants count with their drive").doesNotContainAnyElementsOf(applicationIds);
		assertThat(indicator("recruitment.applicants").rows(year)).extracting(r -> r.recordId())
			.containsAll(applicationIds);
		var hired = indicator("recruitment.hired").rows(year).stream().map(r -> r.subjectId()).toList();
		assertThat(hired).contains(second.get("officialIds").get(0).asLong())
			.as("a cancelled recruitment counts nowhere").doesNotContain(gone);
		assertThat(hired).containsAll(officials.valueStream().map(tools.jackson.databind.JsonNode::asLong)
			.filter(o -> o != gone).toList());
	}

	private vn.congvu.shared.indicator.Indicator indicator(String code) {
		return indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
	}

}
