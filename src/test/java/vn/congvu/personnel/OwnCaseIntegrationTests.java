package vn.congvu.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congvu.TestHttp.basic;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

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

/**
 * Nobody takes a step in their own case (the scope guard's rule): an HR officer whose account is linked to a record of
 * their own unit reads it, but links, changes, records a decision in and imports over it only through somebody else.
 * The probe of December 2026 found all four allowed (200, 200, 201).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
class OwnCaseIntegrationTests {

	static final String HOME_AFFAIRS = basic("demo.sonoivu", "Demo@2021!");

	static final String UNIT_HR = basic("demo.nhansu", "Demo@2021!");

	static final AtomicInteger SEQUENCE = new AtomicInteger();

	static final String DECISION = "{\"number\":\"7/QĐ-UBND\",\"date\":\"2026-08-25\",\"issuer\":\"UBND phường Bạc Liêu\"}";

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	private JsonNode read(java.net.http.HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return json.readTree(response.body());
	}

	private long version(TestHttp api, long id) {
		return read(api.get("/api/v1/officials/" + id, "Authorization", UNIT_HR), 200).get("version").asLong();
	}

	private long actions(long id) {
		return jdbc.sql("SELECT count(*) FROM personnel.personnel_action WHERE official_id = ?").param(id)
			.query(Long.class)
			.single();
	}

	@Test
	void anHrOfficerReadsTheirOwnRecordButTakesNoStepInIt() throws Exception {
		var api = TestHttp.api(port);
		long ward = api.unitId("2026-01-01", "31825");
		int n = SEQUENCE.incrementAndGet();
		String username = "hr.own." + n;
		read(api.json("POST", "/api/v1/accounts", "{\"username\":\"" + username + "\",\"displayName\":\"Lê Minh Tự\","
				+ "\"password\":\"Tu@2021-phuong\",\"role\":\"UNIT_HR\",\"scopeUnitId\":" + ward + "}", "Authorization",
				HOME_AFFAIRS), 201);
		String self = basic(username, "Tu@2021-phuong");
		String citizenId = "09508520000" + n;
		long id = read(api.json("POST", "/api/v1/officials", "{\"citizenId\":\"" + citizenId + "\",\"fullName\":\"Lê Minh "
				+ "Tự\",\"dateOfBirth\":\"1985-03-15\",\"sex\":\"MALE\",\"ethnicGroup\":\"01\",\"unitId\":" + ward
				+ ",\"category\":\"CIVIL_SERVANT\",\"rankCode\":\"01.003\",\"salaryStep\":1,\"startDate\":\"2025-09-01\","
				+ "\"decision\":" + DECISION.replace("2026-08-25", "2025-08-25") + "}", "Authorization", UNIT_HR), 201)
			.get("id").asLong();

		// linking one's own account to a record: refused, nothing linked
		var linkSelf = read(api.json("PUT", "/api/v1/officials/" + id + "/account", "{\"username\":\"" + username
				+ "\",\"version\":" + version(api, id) + "}", "Authorization", self, "Accept-Language", "vi"), 409);
		assertThat(linkSelf.toString()).contains("tài khoản của mình");
		assertThat(read(api.get("/api/v1/officials/" + id, "Authorization", UNIT_HR), 200).get("accountUsername")
			.isNull()).isTrue();

		// somebody else links it
		read(api.json("PUT", "/api/v1/officials/" + id + "/account", "{\"username\":\"" + username + "\",\"version\":"
				+ version(api, id) + "}", "Authorization", UNIT_HR), 200);

		// they read their record, as anyone of their unit
		assertThat(read(api.get("/api/v1/officials/" + id, "Authorization", self), 200).get("fullName").asString())
			.isEqualTo("Lê Minh Tự");

		// they change nothing in it, record nothing in it, and do not unlink it
		long before = version(api, id);
		var edit = read(api.json("PUT", "/api/v1/officials/" + id, "{\"version\":" + before + ",\"citizenId\":\""
				+ citizenId + "\",\"fullName\":\"Lê Minh Tự\",\"dateOfBirth\":\"1985-03-15\",\"sex\":\"MALE\","
				+ "\"ethnicGroup\":\"01\",\"phone\":\"0911000999\"}", "Authorization", self, "Accept-Language", "en"), 409);
		assertThat(edit.toString()).contains("own record");
		long written = actions(id);
		read(api.json("POST", "/api/v1/officials/" + id + "/actions", "{\"kind\":\"END_OF_PROBATION\","
				+ "\"effectiveDate\":\"2026-09-01\",\"decision\":" + DECISION + "}", "Authorization", self), 409);
		read(api.json("PUT", "/api/v1/officials/" + id + "/account", "{\"username\":null,\"version\":" + before + "}",
				"Authorization", self), 409);
		assertThat(actions(id)).isEqualTo(written);
		var record = read(api.get("/api/v1/officials/" + id, "Authorization", UNIT_HR), 200);
		assertThat(record.get("version").asLong()).isEqualTo(before);
		assertThat(record.get("accountUsername").asString()).isEqualTo(username);

		// nor through an import that updates records
		var csv = ImportIntegrationTests.HEADER
				+ ImportIntegrationTests.row(citizenId, "Lê Minh Tự", "15/03/1985", "Nam", "0911000999", ward);
		var job = importFile(api, self, csv.getBytes(StandardCharsets.UTF_8));
		assertThat(job).contains("\"status\":\"FAILED\"", "\"updated\":0", "chính người nhập");
		assertThat(version(api, id)).isEqualTo(before);

		// the pages offer no form whose save is refused: not to the person (their own record), not to a leader
		var web = TestHttp.browser(port);
		web.signIn(username, "Tu@2021-phuong");
		var ownForm = web.get("/officials/" + id + "/edit/personal");
		assertThat(ownForm.statusCode()).isEqualTo(409);
		assertThat(ownForm.body()).contains("chính mình").doesNotContain("name=\"fullName\"");
		var leader = TestHttp.browser(port);
		leader.signIn("demo.lanhdao", "Demo@2021!");
		assertThat(leader.get("/officials/" + id + "/edit/personal").statusCode()).isEqualTo(403);
		var colleague = TestHttp.browser(port);
		colleague.signIn("demo.nhansu", "Demo@2021!");
		assertThat(colleague.get("/officials/" + id + "/edit/personal").body()).contains("name=\"fullName\"");

		// the same step, taken by somebody else, is lawful
		read(api.json("POST", "/api/v1/officials/" + id + "/actions", "{\"kind\":\"END_OF_PROBATION\","
				+ "\"effectiveDate\":\"2026-09-01\",\"decision\":" + DECISION + "}", "Authorization", UNIT_HR), 201);
		assertThat(actions(id)).isEqualTo(written + 1);
	}

	/** Imports a CSV file in the update mode and waits for its end; the job's JSON. */
	private String importFile(TestHttp api, String auth, byte[] content) throws InterruptedException {
		var started = api.upload("/api/v1/imports/officials", "sua.csv", content, Map.of("mode", "UPDATE"),
				"Authorization", auth, "Accept-Language", "vi");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		var matcher = Pattern.compile("\"jobId\":\"([0-9a-f-]+)\"").matcher(started.body());
		assertThat(matcher.find()).isTrue();
		for (int i = 0; i < 450; i++) {
			var job = api.get("/api/v1/imports/" + matcher.group(1), "Authorization", auth, "Accept-Language", "vi");
			if (job.body().contains("\"status\":\"SUCCEEDED\"") || job.body().contains("\"status\":\"FAILED\"")) {
				return job.body();
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the import did not end");
	}

}
