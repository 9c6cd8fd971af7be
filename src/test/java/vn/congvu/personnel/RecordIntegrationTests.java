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

/**
 * The groups of an official's record (qualifications, memberships, degrees, family, work before service), an
 * official's own record and the corrections they ask for, over the API on the demo province.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
class RecordIntegrationTests {

	static final String HOME_AFFAIRS = basic("demo.sonoivu", "Demo@2021!");

	static final String UNIT_HR = basic("demo.nhansu", "Demo@2021!");

	static final String DECISION = "\"decision\":{\"number\":\"7/QĐ-UBND\",\"date\":\"2025-08-20\",\"issuer\":\"UBND phường Bạc Liêu\"}";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private long unit(TestHttp api, String date, String code) {
		return api.unitId(date, code);
	}


	private static long id(String json) {
		var matcher = Pattern.compile("\"id\":(\\d+)").matcher(json);
		assertThat(matcher.find()).as(json).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private static long version(String json) {
		var matcher = Pattern.compile("\"version\":(\\d+)}$").matcher(json);
		assertThat(matcher.find()).as(json).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private long enrol(TestHttp api, String citizenId, String name, String birth, String sex) {
		long ward = unit(api, "2026-01-01", "31825");
		var response = api.json("POST", "/api/v1/officials", "{\"citizenId\":\"" + citizenId + "\",\"fullName\":\"" + name
				+ "\",\"dateOfBirth\":\"" + birth + "\",\"sex\":\"" + sex + "\",\"ethnicGroup\":\"01\",\"unitId\":" + ward
				+ ",\"category\":\"CIVIL_SERVANT\",\"rankCode\":\"01.003\",\"salaryStep\":1,\"startDate\":\"2025-09-01\","
				+ DECISION + "}", "Authorization", HOME_AFFAIRS);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return id(response.body());
	}

	@Test
	void theGroupsOfTheRecordAreKeptAndAuditedAndABadRowNamesItsPlaceAndWritesNothing() {
		var api = TestHttp.api(port);
		long official = enrol(api, "095188000501", "Huỳnh Thị Mỹ Duyên", "1988-05-05", "FEMALE");
		var groups = api.json("PUT", "/api/v1/officials/" + official, """
				{"version":0,
				 "qualifications":{"generalEducation":"12/12","professionalLevel":"ths","politicalTheory":"TC",
				                   "stateManagement":"CV","foreignLanguage":"Tiếng Anh B1","itSkill":"Ứng dụng CNTT cơ bản"},
				 "memberships":{"partyJoinedOn":"2015-05-19","partyConfirmedOn":"2016-05-19","tradeUnionJoinedOn":"2011-01-01"},
				 "degrees":[{"levelCode":"DH","major":"Luật","institution":"Trường Đại học Cần Thơ","graduationYear":2010,"trainingMode":"FULL_TIME"},
				            {"levelCode":"THS","major":"Luật Hiến pháp và Luật Hành chính","graduationYear":2018,"trainingMode":"PART_TIME"}],
				 "family":[{"side":"OWN","relation":"Mẹ","fullName":"Trần Thị Lan","birthYear":1962,"details":"Hưu trí, Phường Bạc Liêu"},
				           {"side":"SPOUSE","relation":"Cha chồng","fullName":"Lê Văn Hai","birthYear":1958}],
				 "priorWork":[{"fromMonth":"2010-09-01","toMonth":"2025-08-01","description":"Nhân viên pháp chế, Công ty TNHH Minh Phú"}]}""",
				"Authorization", UNIT_HR);
		assertThat(groups.statusCode()).as(groups.body()).isEqualTo(200);
		assertThat(groups.body()).contains("\"professionalLevel\":\"THS\"", "\"partyJoinedOn\":\"2015-05-19\"",
				"\"major\":\"Luật Hiến pháp và Luật Hành chính\"", "\"relation\":\"Cha chồng\"",
				"\"description\":\"Nhân viên pháp chế, Công ty TNHH Minh Phú\"", "\"fullName\":\"Huỳnh Thị Mỹ Duyên\"");
		long version = version(groups.body());
		assertThat(version).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE entity = 'Official.lists' AND entity_id = :id")
			.param("id", Long.toString(official))
			.query(Long.class)
			.single()).isEqualTo(1);

		var bad = api.json("PUT", "/api/v1/officials/" + official, """
				{"version":1,
				 "degrees":[{"levelCode":"DH","major":"Luật"},{"levelCode":"XYZ","major":"Kế toán"}],
				 "family":[]}""", "Authorization", UNIT_HR, "Accept-Language", "en");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("degrees[1].levelCode").contains("not in the catalog");
		var blank = api.json("PUT", "/api/v1/officials/" + official, """
				{"version":1, "family":[{"side":"OWN","relation":"Cha","fullName":"  "}]}""", "Authorization", UNIT_HR);
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(blank.body()).contains("family[0].fullName");
		var partyOrder = api.json("PUT", "/api/v1/officials/" + official, """
				{"version":1, "memberships":{"partyJoinedOn":"2016-05-19","partyConfirmedOn":"2015-05-19"}}""",
				"Authorization", UNIT_HR);
		assertThat(partyOrder.statusCode()).isEqualTo(400);
		var stored = api.get("/api/v1/officials/" + official, "Authorization", UNIT_HR).body();
		assertThat(stored).contains("\"relation\":\"Cha chồng\"", "\"major\":\"Luật Hiến pháp và Luật Hành chính\"");
		assertThat(version(stored)).isEqualTo(1);

		var stale = api.json("PUT", "/api/v1/officials/" + official, "{\"version\":0,\"family\":[]}", "Authorization",
				UNIT_HR);
		assertThat(stale.statusCode()).isEqualTo(409);
		var cleared = api.json("PUT", "/api/v1/officials/" + official, "{\"version\":1,\"family\":[]}", "Authorization",
				UNIT_HR);
		assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
		assertThat(cleared.body()).contains("\"family\":[]", "\"degrees\":[{");
	}

	@Test
	void anOfficialSeesTheirOwnRecordOnlyChangesContactsAndAsksForTheRest() {
		var api = TestHttp.api(port);
		long ward = unit(api, "2026-01-01", "31825");
		long official = enrol(api, "095087000602", "Danh Văn Thơ", "1987-02-10", "MALE");
		long other = enrol(api, "095087000603", "Thạch Văn Sol", "1987-03-11", "MALE");
		var account = api.json("POST", "/api/v1/accounts", "{\"username\":\"danh.tho\",\"displayName\":\"Danh Văn Thơ\","
				+ "\"password\":\"Tho@2025pass\",\"role\":\"OFFICIAL\",\"scopeUnitId\":" + ward + "}", "Authorization",
				HOME_AFFAIRS);
		assertThat(account.statusCode()).as(account.body()).isEqualTo(201);
		var adminAccount = api.json("PUT", "/api/v1/officials/" + official + "/account",
				"{\"username\":\"demo.quantri\",\"version\":0}", "Authorization", UNIT_HR);
		assertThat(adminAccount.statusCode()).as("a system administrator's account belongs to no record").isEqualTo(400);
		var link = api.json("PUT", "/api/v1/officials/" + official + "/account", "{\"username\":\"danh.tho\",\"version\":0}",
				"Authorization", UNIT_HR);
		assertThat(link.statusCode()).as(link.body()).isEqualTo(200);
		var twice = api.json("PUT", "/api/v1/officials/" + other + "/account", "{\"username\":\"danh.tho\",\"version\":0}",
				"Authorization", UNIT_HR);
		assertThat(twice.statusCode()).isEqualTo(400);

		var me = basic("danh.tho", "Tho@2025pass");
		var mine = api.get("/api/v1/me/record", "Authorization", me);
		assertThat(mine.statusCode()).isEqualTo(200);
		assertThat(mine.body()).contains("\"fullName\":\"Danh Văn Thơ\"");
		assertThat(api.get("/api/v1/officials/" + official, "Authorization", me).statusCode()).isEqualTo(200);
		assertThat(api.get("/api/v1/officials/" + official + "/actions", "Authorization", me).statusCode()).isEqualTo(200);
		assertThat(api.get("/api/v1/officials/" + other, "Authorization", me).statusCode()).isEqualTo(404);
		assertThat(api.get("/api/v1/officials?q=tho", "Authorization", me).body()).contains("\"total\":0");
		long opened = accessLogged(official, "danh.tho");
		assertThat(opened).as("the owner opening their record is not an access to log").isZero();
		api.get("/api/v1/officials/" + official, "Authorization", UNIT_HR);
		assertThat(accessLogged(official, "demo.nhansu")).isPositive();

		long v = version(api.get("/api/v1/me/record", "Authorization", me).body());
		var outside = api.json("PUT", "/api/v1/officials/" + official, "{\"version\":" + v
				+ ",\"citizenId\":\"095087000602\",\"fullName\":\"Danh Văn Thơ Mới\",\"dateOfBirth\":\"1987-02-10\","
				+ "\"sex\":\"MALE\",\"ethnicGroup\":\"05\"}", "Authorization", me);
		assertThat(outside.statusCode()).as("an official does not edit the record").isEqualTo(403);
		var contacts = api.json("PUT", "/api/v1/me/record/contacts", "{\"version\":" + v
				+ ",\"phone\":\"0918 123 456\",\"email\":\"tho.dv@baclieu.gov.vn\",\"residence\":\"Khóm 3, Phường Bạc Liêu\"}",
				"Authorization", me);
		assertThat(contacts.statusCode()).as(contacts.body()).isEqualTo(200);
		assertThat(contacts.body()).contains("\"phone\":\"0918 123 456\"", "\"fullName\":\"Danh Văn Thơ\"",
				"\"ethnicGroup\":\"01\"");

		var badDate = api.json("POST", "/api/v1/me/corrections",
				"{\"field\":\"DATE_OF_BIRTH\",\"proposedValue\":\"31/02/1987\",\"reason\":\"Sai ngày sinh\"}",
				"Authorization", me);
		assertThat(badDate.statusCode()).isEqualTo(400);
		var request = api.json("POST", "/api/v1/me/corrections",
				"{\"field\":\"ETHNIC_GROUP\",\"proposedValue\":\"05\",\"reason\":\"Tôi là người Khơ-me, theo căn cước\"}",
				"Authorization", me);
		assertThat(request.statusCode()).as(request.body()).isEqualTo(201);
		long requestId = id(request.body());
		assertThat(request.body()).contains("\"currentValue\":\"01\"", "\"status\":\"PENDING\"");
		var selfApproval = api.json("POST", "/api/v1/corrections/" + requestId + "/decision",
				"{\"approve\":true,\"version\":0}", "Authorization", me);
		assertThat(selfApproval.statusCode()).as("nobody approves their own request").isEqualTo(403);
		assertThat(api.get("/api/v1/corrections", "Authorization", me).statusCode()).isEqualTo(403);

		var pending = api.get("/api/v1/corrections", "Authorization", UNIT_HR).body();
		assertThat(pending).contains("\"officialName\":\"Danh Văn Thơ\"", "\"field\":\"ETHNIC_GROUP\"");
		var approved = api.json("POST", "/api/v1/corrections/" + requestId + "/decision",
				"{\"approve\":true,\"note\":\"Đã đối chiếu căn cước\",\"version\":0}", "Authorization", UNIT_HR);
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
		assertThat(approved.body()).contains("\"status\":\"APPROVED\"", "\"decidedBy\":\"demo.nhansu\"");
		assertThat(api.get("/api/v1/me/record", "Authorization", me).body()).contains("\"ethnicGroup\":\"05\"");
		var again = api.json("POST", "/api/v1/corrections/" + requestId + "/decision",
				"{\"approve\":false,\"version\":1}", "Authorization", UNIT_HR);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(api.get("/api/v1/me/corrections", "Authorization", me).body()).contains("\"status\":\"APPROVED\"");

		// evidence goes with a request: kept with the record, shown to HR with the request, downloaded within scope;
		// a file that is none of the allowed types refuses the request with it, and nothing is kept
		int before = api.get("/api/v1/me/corrections", "Authorization", me).body().split("\"field\":").length;
		var pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		var withEvidence = api.upload("/api/v1/me/corrections", "giay-khai-sinh.pdf", pdf, java.util.Map.of("field",
				"BIRTHPLACE", "proposedValue", "Phường Bạc Liêu, tỉnh Cà Mau", "reason", "Theo giấy khai sinh"),
				"Authorization", me);
		assertThat(withEvidence.statusCode()).as(withEvidence.body()).isEqualTo(201);
		assertThat(withEvidence.body()).contains("\"fileName\":\"giay-khai-sinh.pdf\"", "\"kind\":\"EVIDENCE\"");
		var shownToHr = api.get("/api/v1/corrections", "Authorization", UNIT_HR).body();
		var evidenceId = java.util.regex.Pattern.compile("\"evidence\":\\[\\{\"id\":(\\d+)").matcher(shownToHr);
		assertThat(evidenceId.find()).as(shownToHr).isTrue();
		var download = api.get("/api/v1/officials/" + official + "/attachments/" + evidenceId.group(1), "Authorization",
				UNIT_HR);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).startsWith("%PDF");
		var decided = api.json("POST", "/api/v1/corrections/" + id(withEvidence.body()) + "/decision",
				"{\"approve\":false,\"note\":\"Giấy khai sinh không rõ\",\"version\":0}", "Authorization", UNIT_HR);
		assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
		assertThat(decided.body()).as("the decision shows the evidence it was taken on").contains("giay-khai-sinh.pdf");
		var notAFile = api.upload("/api/v1/me/corrections", "ghi-chu.txt",
				"chỉ là chữ".getBytes(java.nio.charset.StandardCharsets.UTF_8), java.util.Map.of("field", "BIRTHPLACE",
						"proposedValue", "Cà Mau", "reason", "Theo giấy khai sinh"),
				"Authorization", me);
		assertThat(notAFile.statusCode()).isEqualTo(400);
		assertThat(notAFile.body()).contains("\"field\":\"file\"");
		assertThat(api.get("/api/v1/me/corrections", "Authorization", me).body().split("\"field\":"))
			.as("the refused request is not kept").hasSize(before + 1);

		// a code field takes a value of its list, by code or by name (accents aside), or is refused on sending
		var unknownLevel = api.json("POST", "/api/v1/me/corrections",
				"{\"field\":\"PROFESSIONAL_LEVEL\",\"proposedValue\":\"Kỹ sư\",\"reason\":\"Bằng kỹ sư\"}",
				"Authorization", me);
		assertThat(unknownLevel.statusCode()).isEqualTo(400);
		assertThat(unknownLevel.body()).contains("\"field\":\"proposedValue\"", "không có trong danh mục");
		var named = api.json("POST", "/api/v1/me/corrections",
				"{\"field\":\"PROFESSIONAL_LEVEL\",\"proposedValue\":\"thac si\",\"reason\":\"Bằng thạc sĩ 2024\"}",
				"Authorization", me);
		assertThat(named.statusCode()).as(named.body()).isEqualTo(201);
		assertThat(named.body()).contains("\"proposedValue\":\"THS\"");

		// a request that cannot be applied when approved is refused as a whole: neither record nor request changes
		var wrongBirth = api.json("POST", "/api/v1/me/corrections",
				"{\"field\":\"DATE_OF_BIRTH\",\"proposedValue\":\"10/02/1991\",\"reason\":\"Sai năm sinh\"}",
				"Authorization", me);
		long unknownId = id(wrongBirth.body());
		var refused = api.json("POST", "/api/v1/corrections/" + unknownId + "/decision",
				"{\"approve\":true,\"version\":0}", "Authorization", UNIT_HR);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(api.get("/api/v1/corrections", "Authorization", UNIT_HR).body()).contains("\"id\":" + unknownId);
	}

	@Test
	void theDatabaseRefusesADecisionByTheRequester() {
		long official = jdbc.sql("SELECT min(id) FROM personnel.official").query(Long.class).single();
		assertThatThrownBy(() -> jdbc.sql("""
				INSERT INTO personnel.correction_request (official_id, field, reason, status, requested_by, requested_at,
				  decided_by, decided_at)
				VALUES (:official, 'OTHER', 'x', 'APPROVED', 'someone', now(), 'someone', now())""")
			.param("official", official)
			.update()).isInstanceOf(DataAccessException.class);
	}

	private long accessLogged(long official, String actor) {
		return jdbc.sql("SELECT count(*) FROM audit.access_log WHERE subject_id = :id AND actor = :actor")
			.param("id", Long.toString(official))
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

}
