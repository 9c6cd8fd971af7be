package vn.congvu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congvu.TestHttp.basic;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.congvu.TestHttp;

/**
 * Input of the wrong kind is refused with 400 and the field named, never a conflict or a silent change: fractions for
 * whole numbers (they used to be cut), a NUL in a search (it used to be a 409), a period that ends before it starts
 * (also a 409).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
class BadInputIntegrationTests {

	static final String UNIT_HR = basic("demo.nhansu", "Demo@2021!");

	static final String ENROL = "{\"citizenId\":\"%s\",\"fullName\":\"Quách Văn Sai\",\"dateOfBirth\":\"1985-03-15\","
			+ "\"sex\":\"MALE\",\"ethnicGroup\":\"01\",\"unitId\":%d,\"category\":\"CIVIL_SERVANT\",\"rankCode\":\"01.003\","
			+ "\"salaryStep\":%s,\"startDate\":\"2025-09-01\",\"decision\":{\"number\":\"10/QĐ-UBND\","
			+ "\"date\":\"2025-08-25\",\"issuer\":\"UBND phường Bạc Liêu\"}}";

	@LocalServerPort
	int port;

	@Test
	void fractionsForWholeNumbersAreRefusedWithTheirField() {
		var api = TestHttp.api(port);
		long ward = api.unitId("2026-01-01", "31825");
		var fraction = api.json("POST", "/api/v1/officials", ENROL.formatted("095085400001", ward, "1.7"),
				"Authorization", UNIT_HR, "Accept-Language", "vi");
		assertThat(fraction.statusCode()).isEqualTo(400);
		assertThat(fraction.body()).contains("\"field\":\"salaryStep\"", "sai kiểu");
		assertThat(api.get("/api/v1/officials?q=095085400001", "Authorization", UNIT_HR).body())
			.doesNotContain("Quách Văn Sai");

		var enrolled = api.json("POST", "/api/v1/officials", ENROL.formatted("095085400002", ward, "1"),
				"Authorization", UNIT_HR);
		assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
		var id = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(enrolled.body()).results().findFirst()
			.orElseThrow()
			.group(1);
		var version = api.json("PUT", "/api/v1/officials/" + id, "{\"version\":0.5,\"phone\":\"0911000000\"}",
				"Authorization", UNIT_HR);
		assertThat(version.statusCode()).isEqualTo(400);
		assertThat(version.body()).contains("\"field\":\"version\"");

		// a secondment that ends before it starts: the input is wrong, nothing conflicts
		var reversed = api.json("POST", "/api/v1/officials/" + id + "/actions", "{\"kind\":\"SECONDMENT\","
				+ "\"effectiveDate\":\"2026-09-01\",\"endDate\":\"2026-08-01\",\"unitId\":" + ward + ",\"decision\":"
				+ "{\"number\":\"11/QĐ-UBND\",\"date\":\"2026-08-25\",\"issuer\":\"UBND phường Bạc Liêu\"}}",
				"Authorization", UNIT_HR, "Accept-Language", "en");
		assertThat(reversed.statusCode()).isEqualTo(400);
		assertThat(reversed.body()).contains("\"field\":\"endDate\"", "must come after");
	}

	@Test
	void stringsThatAreNotTextAreRefusedNamingTheFieldAndAccentsAreComposed() {
		var api = TestHttp.api(port);
		long ward = api.unitId("2026-01-01", "31825");
		// JSON escapes for half a surrogate pair and for NUL: no form or file can carry them, a JSON body can
		for (var name : new String[] { "Quách Văn \\ud800Sai", "Quách Văn\\u0000 Sai", "Quách\\u0007 Văn Sai",
				"Quách Văn Sai\\udc00" }) {
			var body = ENROL.formatted("095085400003", ward, "1").replace("Quách Văn Sai", name);
			var refused = api.json("POST", "/api/v1/officials", body, "Authorization", UNIT_HR, "Accept-Language", "en");
			assertThat(refused.statusCode()).as(name + ": " + refused.body()).isEqualTo(400);
			assertThat(refused.body()).as(name).contains("\"field\":\"fullName\"", "not text");
		}
		var nested = api.json("POST", "/api/v1/officials", ENROL.formatted("095085400003", ward, "1")
			.replace("UBND phường Bạc Liêu", "UBND \\ud83d phường"), "Authorization", UNIT_HR);
		assertThat(nested.body()).contains("\"field\":\"decision.issuer\"");
		assertThat(api.get("/api/v1/officials?q=095085400003", "Authorization", UNIT_HR).body())
			.doesNotContain("Quách");

		// an emoji is a whole surrogate pair, text like any other; decomposed accents are stored composed
		var decomposed = java.text.Normalizer.normalize("Quách Văn Hợp", java.text.Normalizer.Form.NFD);
		var enrolled = api.json("POST", "/api/v1/officials", ENROL.formatted("095085400004", ward, "1")
			.replace("Quách Văn Sai", decomposed), "Authorization", UNIT_HR);
		assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
		assertThat(enrolled.body()).contains("Quách Văn Hợp").doesNotContain(decomposed);
		assertThat(api.get("/api/v1/officials?q=095085400004", "Authorization", UNIT_HR).body())
			.contains("Quách Văn Hợp")
			.doesNotContain(decomposed);
	}

	@Test
	void aNulInASearchIsBadInputNotAConflict() {
		var response = TestHttp.api(port).get("/api/v1/officials?q=a%00b", "Authorization", UNIT_HR);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
	}

}
