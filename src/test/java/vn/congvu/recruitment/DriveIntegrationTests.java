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

	/** A centre of the demo ward with an approved scheme: CV01 (3, law graduates), CV02 (1); one CV01 holder. */
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
				+ "\"PROFESSIONAL\",\"rankCode\":\"01.003\",\"headcount\":1" + described + "}]}", "Authorization", UNIT_HR),
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

}
