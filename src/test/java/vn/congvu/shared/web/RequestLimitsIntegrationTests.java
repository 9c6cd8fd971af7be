package vn.congvu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congvu.TestHttp.basic;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.congvu.TestHttp;

/**
 * Bodies have limits, and going past one is answered with a problem document that says so: a JSON body over 1 MB
 * (announced or sent in chunks), an upload over the multipart limit (it used to get 413 with an empty body), a note
 * longer than its field (it used to be cut silently).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
class RequestLimitsIntegrationTests {

	static final String OFFICIAL = basic("demo.congchuc", "Demo@2021!");

	static final String UNIT_HR = basic("demo.nhansu", "Demo@2021!");

	@LocalServerPort
	int port;

	private static String hugeJson(int bytes) {
		return "{\"note\":\"" + "x".repeat(bytes) + "\"}";
	}

	@Test
	void aJsonBodyAnnouncedOverTheLimitIsRefusedUnread() {
		var response = TestHttp.api(port).json("POST", "/api/v1/me/corrections", hugeJson(2_000_000),
				"Authorization", OFFICIAL, "Accept-Language", "en");
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"type\":\"https://congvu.vn/problems/too-large\"", "too large");
	}

	@Test
	void aChunkedJsonBodyIsCutAtTheLimit() throws Exception {
		var bytes = hugeJson(3_000_000).getBytes(StandardCharsets.UTF_8);
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me/corrections"))
			.header("Content-Type", "application/json")
			.header("Authorization", OFFICIAL)
			// no length known beforehand: sent in chunks
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
			.build();
		var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("too-large");
	}

	@Test
	void anUploadOverTheMultipartLimitGetsAProblemDocument() {
		var big = new byte[33 * 1024 * 1024];
		var response = TestHttp.api(port).upload("/api/v1/imports/officials", "lon.csv", big, Map.of(),
				"Authorization", UNIT_HR, "Accept-Language", "vi");
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("\"type\":\"https://congvu.vn/problems/too-large\"",
				"Nội dung gửi lên quá lớn.");
	}

	@Test
	void aNoteLongerThanItsFieldIsRefusedNotCut() {
		var api = TestHttp.api(port);
		long ward = api.unitId("2026-01-01", "31825");
		var enrolled = api.json("POST", "/api/v1/officials", "{\"citizenId\":\"095085300001\",\"fullName\":\"Tô Văn Dài\","
				+ "\"dateOfBirth\":\"1985-03-15\",\"sex\":\"MALE\",\"ethnicGroup\":\"01\",\"unitId\":" + ward
				+ ",\"category\":\"CIVIL_SERVANT\",\"rankCode\":\"01.003\",\"salaryStep\":1,\"startDate\":\"2025-09-01\","
				+ "\"decision\":{\"number\":\"8/QĐ-UBND\",\"date\":\"2025-08-25\",\"issuer\":\"UBND phường Bạc Liêu\"}}",
				"Authorization", UNIT_HR);
		assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
		var id = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(enrolled.body()).results().findFirst()
			.orElseThrow()
			.group(1);
		String action = "{\"kind\":\"END_OF_PROBATION\",\"effectiveDate\":\"2026-09-01\",\"decision\":{\"number\":"
				+ "\"9/QĐ-UBND\",\"date\":\"2026-08-25\",\"issuer\":\"UBND phường Bạc Liêu\"},\"note\":\"%s\"}";
		var tooLong = api.json("POST", "/api/v1/officials/" + id + "/actions", action.formatted("a".repeat(1001)),
				"Authorization", UNIT_HR, "Accept-Language", "vi");
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("\"field\":\"note\"", "Tối đa 1000 ký tự.");
		assertThat(api.get("/api/v1/officials/" + id + "/actions", "Authorization", UNIT_HR).body())
			.doesNotContain("END_OF_PROBATION");
		var fits = api.json("POST", "/api/v1/officials/" + id + "/actions", action.formatted("a".repeat(1000)),
				"Authorization", UNIT_HR);
		assertThat(fits.statusCode()).as(fits.body()).isEqualTo(201);
	}

}
