package vn.congvu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The dashboard over the API on the demo province: its figures agree with the report's indicators and with each
 * other, each panel's table is whole, and only leaders and Home Affairs read it, within their scope.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
class DashboardIntegrationTests {

	static final String LEADER = TestHttp.basic("demo.lanhdao", "Demo@2021!");

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	private static Map<String, JsonNode> panels(JsonNode view) {
		var panels = new HashMap<String, JsonNode>();
		view.get("panels").forEach(p -> panels.put(p.get("code").asString(), p));
		return panels;
	}

	private static long sum(JsonNode panel) {
		long total = 0;
		for (var series : panel.get("table").get("series")) {
			for (var value : series.get("values")) {
				total += value.asLong();
			}
		}
		return total;
	}

	@Test
	void theFiguresAgreeWithTheReportAndWithEachOther() {
		var api = TestHttp.api(port);
		long bacLieu = api.unitId("2021-06-30", "95");
		var response = api.get("/api/v1/dashboard?scopeUnitId=" + bacLieu + "&asOf=2021-06-30", "Authorization",
				LEADER);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		var view = json.readTree(response.body());
		assertThat(view.get("scope").get("name").asString()).isEqualTo("Tỉnh Bạc Liêu");
		var headlines = new HashMap<String, Long>();
		view.get("headlines").forEach(h -> headlines.put(h.get("code").asString(), h.get("value").asLong()));
		var report = json.readTree(api.get("/api/v1/reports/reform?scopeUnitId=" + bacLieu
				+ "&from=2021-01-01&to=2021-06-30", "Authorization", LEADER).body());
		var figures = new HashMap<String, Long>();
		report.get("indicators").forEach(f -> figures.put(f.get("code").asString(), f.get("value").asLong()));
		for (var code : new String[] { "personnel.headcount", "recruitment.hired", "promotion.passed",
				"mobility.moves", "staffing.compliantUnitsPct" }) {
			assertThat(headlines.get(code)).as(code).isEqualTo(figures.get(code));
		}
		var panels = panels(view);
		assertThat(panels).containsKeys("dashboard.headcountTrend", "personnel.ageBySex", "personnel.byCategory",
				"personnel.byRankLevel", "personnel.retirementsAhead", "dashboard.compliance",
				"dashboard.recruitmentPromotion", "dashboard.moves");
		long headcount = headlines.get("personnel.headcount");
		assertThat(sum(panels.get("personnel.ageBySex"))).as("everyone at work has an age").isEqualTo(headcount);
		assertThat(sum(panels.get("personnel.byCategory"))).isEqualTo(headcount);
		assertThat(sum(panels.get("personnel.byRankLevel"))).isEqualTo(headcount);
		var trend = panels.get("dashboard.headcountTrend");
		assertThat(trend.get("table").get("categories").get(5).asString()).isEqualTo("30/06/2021");
		long onTheDay = 0;
		for (var series : trend.get("table").get("series")) {
			onTheDay += series.get("values").get(5).asLong();
		}
		assertThat(onTheDay).as("cadres, civil servants and public employees on the day").isLessThanOrEqualTo(headcount)
			.isEqualTo(figures.get("personnel.headcount.cadres") + figures.get("personnel.headcount.civilServants")
					+ figures.get("personnel.headcount.publicEmployees"));
		assertThat(sum(panels.get("dashboard.compliance"))).isEqualTo(figures.get("staffing.units"));
		assertThat(sum(panels.get("dashboard.moves"))).isEqualTo(figures.get("mobility.moves"));
		var source = trend.get("sources").get(0).get(5);
		assertThat(source.get("code").asString()).isEqualTo("personnel.headcount.cadres");
		assertThat(source.get("from").asString()).isEqualTo("2021-06-30");
	}

	@Test
	void onlyLeadersAndHomeAffairsReadItWithinTheirScope() throws Exception {
		var api = TestHttp.api(port);
		assertThat(api.get("/api/v1/dashboard", "Authorization", TestHttp.basic("demo.sonoivu", "Demo@2021!"))
			.statusCode()).isEqualTo(200);
		assertThat(api.get("/api/v1/dashboard", "Authorization", TestHttp.basic("demo.nhansu", "Demo@2021!"))
			.statusCode()).isEqualTo(403);
		assertThat(api.get("/api/v1/dashboard", "Authorization", TestHttp.basic("demo.congchuc", "Demo@2021!"))
			.statusCode()).isEqualTo(403);
		assertThat(api.get("/api/v1/dashboard?scopeUnitId=999999", "Authorization", LEADER).statusCode())
			.isEqualTo(404);
		// a panel's table as XLSX, through the page's session
		var browser = TestHttp.browser(port);
		browser.signIn("demo.lanhdao", "Demo@2021!");
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(
				browser.bytes("/dashboard/export/personnel.ageBySex?date=30/06/2021")))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Đến 25");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Nam");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Nữ");
		}
	}

}
