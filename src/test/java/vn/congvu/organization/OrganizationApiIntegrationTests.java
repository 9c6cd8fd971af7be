package vn.congvu.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congvu.TestHttp.basic;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.congvu.TestHttp;

/** The organisation API as another system uses it: the stable names, restructuring, quotas, bad input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
class OrganizationApiIntegrationTests {

	static final String HOME_AFFAIRS = basic("demo.sonoivu", "Demo@2021!");

	static final String DECISION = "\"decision\":{\"number\":\"07/QĐ-UBND\",\"date\":\"2031-01-05\",\"issuer\":\"UBND tỉnh\"}";

	@LocalServerPort
	int port;

	private long idIn(String json) {
		var matcher = Pattern.compile("\"id\":(\\d+)").matcher(json);
		assertThat(matcher.find()).as(json).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private long caMau(TestHttp api) {
		var units = api.get("/api/v1/units?asOf=2031-01-01", "Authorization", HOME_AFFAIRS).body();
		var matcher = Pattern.compile("\"id\":(\\d+),\"code\":\"96\"").matcher(units);
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	@Test
	void unitsAsOfADateHaveTheStableFields() {
		var api = TestHttp.api(port);
		var response = api.get("/api/v1/units?asOf=2021-06-30", "Authorization", basic("demo.congchuc", "Demo@2021!"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"code\":\"954\",\"name\":\"Thành phố Bạc Liêu\",\"type\":\"DISTRICT\"")
			.contains("\"parentId\":", "\"validFrom\":\"1997-01-01\"", "\"validTo\":\"2025-07-01\"");
	}

	@Test
	void createRenameAndDissolveOverTheApi() {
		var api = TestHttp.api(port);
		long parent = caMau(api);
		var created = api.json("POST", "/api/v1/units", "{\"name\":\"Trung tâm Dữ liệu tỉnh\",\"type\":\"PUBLIC_SERVICE_UNIT\","
				+ "\"parentId\":" + parent + ",\"effectiveDate\":\"2031-01-10\"," + DECISION + "}", "Authorization",
				HOME_AFFAIRS);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = idIn(created.body());
		var renamed = api.json("PATCH", "/api/v1/units/" + id, "{\"name\":\"Trung tâm Chuyển đổi số tỉnh\","
				+ "\"effectiveDate\":\"2031-03-01\"," + DECISION + "}", "Authorization", HOME_AFFAIRS);
		assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
		var dissolved = api.json("POST", "/api/v1/units/" + id + "/dissolve",
				"{\"effectiveDate\":\"2031-06-01\"," + DECISION + "}", "Authorization", HOME_AFFAIRS);
		assertThat(dissolved.statusCode()).isEqualTo(200);
		var history = api.get("/api/v1/units/" + id + "/history", "Authorization", HOME_AFFAIRS).body();
		assertThat(history).contains("\"change\":\"CREATED\"", "\"change\":\"RENAMED\"", "\"change\":\"DISSOLVED\"",
				"\"number\":\"07/QĐ-UBND\"");
	}

	@Test
	void badInputGetsAProblemThatSaysWhereNeverAServerError() {
		var api = TestHttp.api(port);
		var malformed = api.json("POST", "/api/v1/units", "{\"name\": ", "Authorization", HOME_AFFAIRS);
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).contains("invalid-input");
		var badType = api.json("POST", "/api/v1/units", "{\"name\":\"X\",\"type\":\"KINGDOM\"}", "Authorization",
				HOME_AFFAIRS);
		assertThat(badType.statusCode()).isEqualTo(400);
		var noDecision = api.json("POST", "/api/v1/units", "{\"name\":\"X\",\"type\":\"COMMUNE\",\"parentId\":"
				+ caMau(api) + ",\"effectiveDate\":\"2031-01-01\"}", "Authorization", HOME_AFFAIRS, "Accept-Language",
				"en");
		assertThat(noDecision.statusCode()).isEqualTo(400);
		assertThat(noDecision.body()).contains("\"field\":\"decision\"").contains("A decision is required");
		var nullPart = api.json("POST", "/api/v1/units/" + caMau(api) + "/split",
				"{\"parts\":[null],\"effectiveDate\":\"2031-01-01\"," + DECISION + "}", "Authorization", HOME_AFFAIRS);
		assertThat(nullPart.statusCode()).isEqualTo(400);
		assertThat(nullPart.body()).contains("\"field\":\"parts[0]\"");
		var badDate = api.get("/api/v1/units?asOf=30-06-2021", "Authorization", HOME_AFFAIRS);
		assertThat(badDate.statusCode()).isEqualTo(400);
		assertThat(badDate.body()).contains("\"field\":\"asOf\"");
		var noParent = api.json("POST", "/api/v1/units", "{\"name\":\"Xã Lạc\",\"type\":\"COMMUNE\",\"parentId\":987654321,"
				+ "\"effectiveDate\":\"2031-01-01\"," + DECISION + "}", "Authorization", HOME_AFFAIRS);
		assertThat(noParent.statusCode()).isEqualTo(400);
		assertThat(noParent.body()).contains("\"field\":\"parentId\"");
	}

	@Test
	void quotasAreSetPerYearAndAStaleVersionIsAConflict() {
		var api = TestHttp.api(port);
		long unit = caMau(api);
		var first = api.json("PUT", "/api/v1/units/" + unit + "/quotas/2031",
				"{\"civilServants\":1200,\"publicEmployees\":21000," + DECISION + "}", "Authorization", HOME_AFFAIRS);
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(first.body()).contains("\"version\":0");
		var stale = api.json("PUT", "/api/v1/units/" + unit + "/quotas/2031",
				"{\"civilServants\":1100,\"publicEmployees\":21000," + DECISION + "}", "Authorization", HOME_AFFAIRS);
		assertThat(stale.statusCode()).isEqualTo(409);
		var update = api.json("PUT", "/api/v1/units/" + unit + "/quotas/2031",
				"{\"civilServants\":1100,\"publicEmployees\":21000,\"version\":0," + DECISION + "}", "Authorization",
				HOME_AFFAIRS);
		assertThat(update.statusCode()).isEqualTo(200);
		assertThat(api.get("/api/v1/units/" + unit + "/quotas", "Authorization", HOME_AFFAIRS).body())
			.contains("\"year\":2031,\"civilServants\":1100");
		var negative = api.json("PUT", "/api/v1/units/" + unit + "/quotas/2032",
				"{\"civilServants\":-1,\"publicEmployees\":0," + DECISION + "}", "Authorization", HOME_AFFAIRS);
		assertThat(negative.statusCode()).isEqualTo(400);
		assertThat(negative.body()).contains("\"field\":\"civilServants\"");
	}

	@Test
	void twoConcurrentRenamesOfOneUnitExactlyOneWins() throws Exception {
		var api = TestHttp.api(port);
		var created = api.json("POST", "/api/v1/units", "{\"name\":\"Ban Thi đua - Khen thưởng\",\"type\":\"PUBLIC_SERVICE_UNIT\","
				+ "\"parentId\":" + caMau(api) + ",\"effectiveDate\":\"2031-01-10\"," + DECISION + "}", "Authorization",
				HOME_AFFAIRS);
		long id = idIn(created.body());
		var tasks = new ArrayList<Callable<Integer>>();
		for (int i = 0; i < 4; i++) {
			var name = "Ban Thi đua " + i;
			tasks.add(() -> api.json("PATCH", "/api/v1/units/" + id, "{\"name\":\"" + name
					+ "\",\"effectiveDate\":\"2031-05-01\"," + DECISION + "}", "Authorization", HOME_AFFAIRS).statusCode());
		}
		var pool = Executors.newFixedThreadPool(4);
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
		var history = api.get("/api/v1/units/" + id + "/history", "Authorization", HOME_AFFAIRS).body();
		assertThat(Pattern.compile("\"RENAMED\"").matcher(history).results().count()).isEqualTo(1);
	}

	@Test
	void auditIsReadableOverTheApiByHomeAffairsOnly() {
		var api = TestHttp.api(port);
		var entries = api.get("/api/v1/audit?entity=Restructuring&size=5", "Authorization", HOME_AFFAIRS);
		assertThat(entries.statusCode()).isEqualTo(200);
		assertThat(entries.body()).contains("\"entity\":\"Restructuring\"");
		assertThat(api.get("/api/v1/audit", "Authorization", basic("demo.lanhdao", "Demo@2021!")).statusCode())
			.isEqualTo(403);
	}

}
