package vn.congvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The pages of the menu show what the API answers for the same question: figures computed in the background (the
 * report, the dashboard) are compared on twenty loads out of twenty (the issue's measure), since a page that read its
 * job twice once ended with "done" and no figures.
 */
class MenuPagesBrowserTests extends BrowserTestBase {

	private static final String LEADER = TestHttp.basic("demo.lanhdao", "Demo@2021!");

	/** A figure as a page prints it, as a number: 1.919 and 1,919 are both 1919. */
	private static long number(String text) {
		return Long.parseLong(text.replace(".", "").replace(",", "").replace("\u00a0", "").strip());
	}

	private long unitNamed(TestHttp api, String date, String name) {
		var units = api.get("/api/v1/units?asOf=" + date, "Authorization", LEADER).body();
		var matcher = Pattern.compile("\"id\":(\\d+),\"code\":(?:null|\"[^\"]*\"),\"name\":\"" + Pattern.quote(name) + "\"")
			.matcher(units);
		assertThat(matcher.find()).as(name).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	@Test
	void theReportShowsTheApisFiguresOnTwentyLoadsOutOfTwenty() throws Exception {
		var api = TestHttp.api(port);
		long province = unitNamed(api, "2021-06-30", "Tỉnh Bạc Liêu");
		var report = json.readTree(api.get("/api/v1/reports/reform?scopeUnitId=" + province
				+ "&from=2021-01-01&to=2021-06-30", "Authorization", LEADER).body());
		var figures = report.get("indicators");
		assertThat(figures.size()).isGreaterThan(10);
		signIn("demo.lanhdao", "Demo@2021!");
		for (int load = 1; load <= 20; load++) {
			open("/reports/reform?scope=" + province + "&from=01/01/2021&to=30/06/2021");
			waitFor(By.id("figures"));
			for (var figure : figures) {
				var code = figure.get("code").asString();
				var shown = browser.findElement(By.cssSelector("#figure-" + code.replace(".", "\\.") + " a")).getText();
				assertThat(number(shown)).as("load " + load + ", " + code).isEqualTo(figure.get("value").asLong());
			}
			if (load == 1) {
				screenshots("report-figures");
			}
		}
		// a figure's records are the API's, each person's name opening their record
		var details = json.readTree(api.get("/api/v1/indicators/mobility.moves/details?scopeUnitId=" + province
				+ "&from=2021-01-01&to=2021-06-30", "Authorization", LEADER).body());
		clickAndWait(By.cssSelector("#figure-mobility\\.moves a"));
		var links = browser.findElements(By.cssSelector("#details tbody tr a.subject-link"));
		assertThat(links).hasSize(details.size());
		var first = details.get(0);
		assertThat(links.get(0).getText()).isEqualTo(first.get("subjectName").asString());
		assertThat(links.get(0).getDomAttribute("href")).startsWith("/officials/" + first.get("subjectId").asLong());
		clickAndWait(By.cssSelector("#details tbody tr a.subject-link"));
		assertThat(browser.findElement(By.id("official-name")).getText()).isEqualTo(first.get("subjectName").asString());
	}

	@Test
	void theDashboardShowsTheApisHeadlinesOnTwentyLoadsOutOfTwenty() throws Exception {
		var api = TestHttp.api(port);
		var view = json.readTree(api.get("/api/v1/dashboard?asOf=2026-12-07", "Authorization", LEADER).body());
		var headlines = view.get("headlines");
		assertThat(headlines.size()).isGreaterThan(3);
		signIn("demo.lanhdao", "Demo@2021!");
		for (int load = 1; load <= 20; load++) {
			open("/dashboard");
			waitFor(By.id("headlines"));
			for (var headline : headlines) {
				var code = headline.get("code").asString();
				var shown = browser.findElement(By.cssSelector("#headline-" + code.replace(".", "\\.") + " a")).getText();
				assertThat(number(shown)).as("load " + load + ", " + code).isEqualTo(headline.get("value").asLong());
			}
			assertThat(browser.findElements(By.cssSelector(".dashboard-chart"))).isNotEmpty();
			if (load == 1) {
				screenshots("dashboard-headlines");
			}
		}
		// in English, the page and its charts write numbers alike: 1,919 and 2,000, never 1.919 beside 2,000
		clickAndWait(By.id("lang-en"));
		try {
			waitFor(By.cssSelector(".dashboard-chart[data-rendered='true']"));
			long big = 0;
			String shownBig = null;
			for (var headline : headlines) {
				var value = headline.get("value").asLong();
				if (value >= 1000) {
					big = value;
					shownBig = browser.findElement(By.cssSelector("#headline-"
							+ headline.get("code").asString().replace(".", "\\.") + " a")).getText();
				}
			}
			assertThat(big).as("a headline of thousands").isPositive();
			assertThat(shownBig).isEqualTo(String.format(java.util.Locale.UK, "%,d", big));
			var axes = browser.findElement(By.id("dashboard")).getText();
			assertThat(axes).doesNotContainPattern("\\d\\.\\d{3}\\b");
			screenshots("dashboard-english");
		}
		finally {
			clickAndWait(By.id("lang-vi"));
		}
	}

	@Test
	void theOfficialsListShowsTheApisPeoplePagesByNumberAndRemembersItsFilters() throws Exception {
		var hr = TestHttp.basic("demo.nhansu", "Demo@2021!");
		var api = json.readTree(TestHttp.api(port)
			.get("/api/v1/officials?asOf=2026-12-07&rankCode=01.003&page=1&size=50", "Authorization", hr)
			.body());
		signIn("demo.nhansu", "Demo@2021!");
		open("/officials?asOf=07/12/2026&rankCode=01.003&size=50");
		assertThat(number(browser.findElement(By.id("official-count")).getText().replaceAll("\\D", "")))
			.isEqualTo(api.get("total").asLong());
		clickAndWait(By.linkText("2"));
		var names = browser.findElements(By.cssSelector("#officials tbody tr td:first-child a"));
		assertThat(names).hasSize(api.get("items").size());
		for (int i = 0; i < names.size(); i++) {
			assertThat(names.get(i).getText()).isEqualTo(api.get("items").get(i).get("fullName").asString());
		}
		assertThat(browser.findElement(By.cssSelector("#officials tbody tr td:nth-child(5)")).getText())
			.isEqualTo("01.003 Chuyên viên");
		// the list opened again from the menu shows what it showed; cleared, it shows everyone
		open("/officials");
		assertThat(browser.getCurrentUrl()).contains("rankCode=01.003").contains("page=1");
		assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("rankCode")))
			.getFirstSelectedOption().getText()).isEqualTo("01.003 — Chuyên viên");
		clickAndWait(By.id("official-search-clear"));
		assertThat(browser.getCurrentUrl()).endsWith("/officials");
		assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("rankCode")))
			.getFirstSelectedOption().getDomAttribute("value")).isEmpty();
	}

	/**
	 * Each sortable header of the whole province's list (Home Affairs: found by walking an index in the order asked)
	 * shows the API's first page in that order, and a second click the reverse.
	 */
	@Test
	void theOfficialsListSortsByEachHeaderAsTheApiDoes() throws Exception {
		var homeAffairs = TestHttp.basic("demo.sonoivu", "Demo@2021!");
		signIn("demo.sonoivu", "Demo@2021!");
		open("/officials?asOf=07/12/2026");
		for (var column : java.util.List.of("birth", "unit", "rank", "name")) {
			for (var direction : java.util.List.of("asc", "desc")) {
				clickAndWait(By.id("sort-" + column));
				assertThat(browser.getCurrentUrl()).contains("sort=" + column).contains("dir=" + direction);
				var api = json.readTree(TestHttp.api(port)
					.get("/api/v1/officials?asOf=2026-12-07&sort=" + column + "&dir=" + direction, "Authorization",
							homeAffairs)
					.body());
				var names = browser.findElements(By.cssSelector("#officials tbody tr td:first-child a"));
				assertThat(names).as("%s %s", column, direction).hasSize(api.get("items").size()).hasSize(20);
				for (int i = 0; i < names.size(); i++) {
					var item = api.get("items").get(i);
					assertThat(names.get(i).getDomAttribute("href")).as("%s %s row %d", column, direction, i)
						.isEqualTo("/officials/" + item.get("id").asLong());
				}
				assertThat(browser.findElement(By.id("sort-" + column)).findElement(By.xpath("..")).getDomAttribute(
						"aria-sort")).isEqualTo(direction.equals("asc") ? "ascending" : "descending");
			}
		}
		open("/officials?clear=1");
	}

	/** The watch lists show the API's people, in its order, with their due dates, for each list. */
	@Test
	void theWatchListsShowTheApisPeopleAndDates() throws Exception {
		var hr = TestHttp.basic("demo.nhansu", "Demo@2021!");
		signIn("demo.nhansu", "Demo@2021!");
		for (var list : java.util.List.of("salary-step", "retirement")) {
			var api = json.readTree(TestHttp.api(port)
				.get("/api/v1/officials/due/" + list + "?months=12", "Authorization", hr)
				.body());
			open("/officials/due?list=" + list + "&months=12");
			var rows = browser.findElements(By.cssSelector("#due-table tbody tr"));
			assertThat(rows).as(list).hasSize(api.size()).isNotEmpty();
			for (int i = 0; i < rows.size(); i++) {
				var entry = api.get(i);
				var link = rows.get(i).findElement(By.cssSelector("a[href^='/officials/" + entry.get("officialId").asLong()
						+ "']"));
				assertThat(link.getText()).isEqualTo(entry.get("fullName").asString());
				assertThat(rows.get(i).getText()).as("%s row %d", list, i)
					.contains(shown(entry.get("dueDate").asString()));
			}
		}
	}

	/** The drives page lists the API's drives of the scope, newest first, with their dates. */
	@Test
	void theDrivesPageListsTheApisDrives() throws Exception {
		listsTheApisRows("/recruitment/drives", "/api/v1/recruitment/drives", "drives", "announcedOn");
	}

	/** The promotion page lists the API's rounds of the scope, newest first, with the day each is held. */
	@Test
	void thePromotionPageListsTheApisRounds() throws Exception {
		listsTheApisRows("/promotion/exams", "/api/v1/promotion/exams", "exams", "heldOn");
	}

	/**
	 * A list page of Home Affairs shows the API's rows in its order: each links to {@code page/id} by its title, its
	 * second column the row's {@code day} as the page prints dates.
	 */
	private void listsTheApisRows(String page, String apiPath, String table, String day) throws Exception {
		var hr = TestHttp.basic("demo.sonoivu", "Demo@2021!");
		var api = json.readTree(TestHttp.api(port).get(apiPath, "Authorization", hr).body());
		signIn("demo.sonoivu", "Demo@2021!");
		open(page);
		var rows = browser.findElements(By.cssSelector("#" + table + " tbody tr"));
		assertThat(rows).as(page).hasSize(api.size()).isNotEmpty();
		for (int i = 0; i < rows.size(); i++) {
			var item = api.get(i);
			var link = rows.get(i).findElement(By.tagName("a"));
			assertThat(link.getDomAttribute("href")).isEqualTo(page + "/" + item.get("id").asLong());
			assertThat(link.getText()).isEqualTo(item.get("title").asString());
			assertThat(rows.get(i).findElements(By.tagName("td")).get(1).getText())
				.isEqualTo(shown(item.get(day).asString()));
		}
	}

	/** An ISO date as the pages print it: 2021-06-30 is 30/06/2021. */
	private static String shown(String isoDate) {
		var date = java.time.LocalDate.parse(isoDate);
		return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
	}

	/** The probation page shows the API's people on probation that day, each with the day it ends and the rank named. */
	@Test
	void theProbationPageShowsTheApisPeopleAndTheirEnds() throws Exception {
		var hr = TestHttp.basic("demo.sonoivu", "Demo@2021!");
		var api = json.readTree(TestHttp.api(port)
			.get("/api/v1/recruitment/probations?asOf=2026-12-07", "Authorization", hr)
			.body());
		signIn("demo.sonoivu", "Demo@2021!");
		open("/recruitment/probations?asOf=07/12/2026");
		var rows = browser.findElements(By.cssSelector("#probations tbody tr"));
		assertThat(rows).hasSize(api.size()).isNotEmpty();
		for (int i = 0; i < rows.size(); i++) {
			var p = api.get(i);
			var cells = rows.get(i).findElements(By.tagName("td"));
			assertThat(cells.get(0).findElement(By.tagName("a")).getDomAttribute("href"))
				.isEqualTo("/officials/" + p.get("officialId").asLong());
			assertThat(cells.get(5).getText()).isEqualTo(shown(p.get("endsOn").asString()));
			if (p.hasNonNull("rankCode")) {
				assertThat(cells.get(2).getText()).as("the rank with its name").startsWith(p.get("rankCode").asString() + " ")
					.hasSizeGreaterThan(p.get("rankCode").asString().length() + 3);
			}
		}
	}

	/** A unit's job-position schemes: the API's versions, newest first, each with its status and its positions. */
	@Test
	void aUnitsSchemesPageShowsTheApisVersions() throws Exception {
		var homeAffairs = TestHttp.basic("demo.sonoivu", "Demo@2021!");
		var api = TestHttp.api(port);
		long unit = unitNamed(api, "2026-12-07", "Sở Nội vụ");
		var versions = json.readTree(api.get("/api/v1/units/" + unit + "/position-schemes", "Authorization", homeAffairs)
			.body());
		signIn("demo.sonoivu", "Demo@2021!");
		open("/units/" + unit + "/position-schemes");
		var rows = browser.findElements(By.cssSelector("#versions tbody tr"));
		assertThat(rows).hasSize(versions.size()).isNotEmpty();
		for (int i = 0; i < rows.size(); i++) {
			var version = versions.get(i);
			var cells = rows.get(i).findElements(By.tagName("td"));
			assertThat(cells.get(0).findElement(By.tagName("a")).getDomAttribute("href"))
				.isEqualTo("/position-schemes/" + version.get("id").asLong());
			assertThat(number(cells.get(4).getText())).as("positions of version %d", i)
				.isEqualTo(version.get("positions").size());
		}
	}

	/** The catalogue shows the API's ranks of the date (code, name, salary group) and the reference list chosen. */
	@Test
	void theCatalogueShowsTheApisRanksAndLists() throws Exception {
		var leader = TestHttp.basic("demo.lanhdao", "Demo@2021!");
		signIn("demo.lanhdao", "Demo@2021!");
		for (var date : java.util.List.of("2021-06-30", "2026-12-07")) {
			var ranks = json.readTree(TestHttp.api(port)
				.get("/api/v1/catalog/ranks?asOf=" + date, "Authorization", leader)
				.body());
			var parts = date.split("-");
			open("/catalog?asOf=" + parts[2] + "/" + parts[1] + "/" + parts[0] + "&list=PROFESSIONAL_LEVEL");
			var rows = browser.findElements(By.cssSelector("#ranks tbody tr"));
			assertThat(rows).as(date).hasSize(ranks.size()).isNotEmpty();
			for (int i = 0; i < rows.size(); i++) {
				var cells = rows.get(i).findElements(By.tagName("td"));
				var rank = ranks.get(i);
				assertThat(cells.get(0).getText()).isEqualTo(rank.get("code").asString());
				assertThat(cells.get(1).getText()).isEqualTo(rank.get("name").asString());
				assertThat(cells.get(2).getText())
					.isEqualTo(rank.hasNonNull("salaryScaleCode") ? rank.get("salaryScaleCode").asString() : "");
			}
		}
		var levels = json.readTree(TestHttp.api(port)
			.get("/api/v1/catalog/lists/PROFESSIONAL_LEVEL", "Authorization", leader)
			.body());
		var items = browser.findElements(By.cssSelector("#items tbody tr td:first-child"));
		assertThat(items.stream().map(org.openqa.selenium.WebElement::getText).toList())
			.containsExactlyElementsOf(java.util.stream.StreamSupport.stream(levels.spliterator(), false)
				.map(l -> l.get("code").asString())
				.toList());
	}

	/**
	 * The report form offers the units of its period's last day, asked again as the date is typed: Bạc Liêu, no province
	 * since the 2025 merger, is offered once the period ends in 2021, and its report is shown.
	 */
	@Test
	void theReportFormOffersTheUnitsOfItsPeriod() throws Exception {
		long province = unitNamed(TestHttp.api(port), "2021-06-30", "Tỉnh Bạc Liêu");
		signIn("demo.sonoivu", "Demo@2021!");
		open("/reports/reform");
		// read in one step: the options are swapped while the date is typed
		@SuppressWarnings("unchecked")
		var offered = (java.util.function.Supplier<java.util.List<String>>) () -> (java.util.List<String>)
			((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return Array.from(document.querySelectorAll('#scope option')).map(o => o.value)");
		assertThat(offered.get()).doesNotContain(Long.toString(province));
		for (var field : new String[][] { { "from", "01/01/2021" }, { "to", "30/06/2021" } }) {
			var input = browser.findElement(By.id(field[0]));
			input.clear();
			input.sendKeys(field[1]);
		}
		browser.findElement(By.id("from")).click(); // "to" loses the focus: its change is sent
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
			.until(d -> offered.get().contains(Long.toString(province)));
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("scope")))
			.selectByValue(Long.toString(province));
		clickAndWait(By.id("show"));
		assertThat(browser.getCurrentUrl()).contains("scope=" + province);
		waitFor(By.id("figures"));
		waitFor(By.cssSelector("#figures tbody tr"));
	}

	/** The dashboard's form, too, offers the units of the day typed. */
	@Test
	void theDashboardFormOffersTheUnitsOfItsDay() throws Exception {
		long province = unitNamed(TestHttp.api(port), "2021-06-30", "Tỉnh Bạc Liêu");
		signIn("demo.sonoivu", "Demo@2021!");
		open("/dashboard");
		@SuppressWarnings("unchecked")
		var offered = (java.util.function.Supplier<java.util.List<String>>) () -> (java.util.List<String>)
			((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
					"return Array.from(document.querySelectorAll('#scope option')).map(o => o.value)");
		assertThat(offered.get()).doesNotContain(Long.toString(province));
		var date = browser.findElement(By.id("date"));
		date.clear();
		date.sendKeys("30/06/2021");
		browser.findElement(By.id("scope")).click();
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
			.until(d -> offered.get().contains(Long.toString(province)));
	}

	/** The unit tree on a date holds the API's units of that date, each once, and nothing else. */
	@Test
	void theUnitTreeShowsTheApisUnitsOnTheDate() throws Exception {
		var leader = TestHttp.basic("demo.lanhdao", "Demo@2021!");
		signIn("demo.lanhdao", "Demo@2021!");
		for (var date : java.util.List.of("2021-06-30", "2026-12-07")) {
			var api = json.readTree(TestHttp.api(port).get("/api/v1/units?asOf=" + date, "Authorization", leader).body());
			var expected = new java.util.ArrayList<String>();
			api.forEach(u -> expected.add("/units/" + u.get("id").asLong()));
			var parts = date.split("-");
			open("/units?asOf=" + parts[2] + "/" + parts[1] + "/" + parts[0]);
			var shown = browser.findElements(By.cssSelector("#unit-tree a.unit-link"))
				.stream()
				.map(a -> a.getDomAttribute("href").replaceAll("\\?.*", ""))
				.toList();
			assertThat(shown).as(date).containsExactlyInAnyOrderElementsOf(expected);
		}
	}

	@Test
	void theCompliancePageShowsTheApisCountsForTheProvinceToday() throws Exception {
		var homeAffairs = TestHttp.basic("demo.sonoivu", "Demo@2021!");
		var api = json.readTree(TestHttp.api(port)
			.get("/api/v1/staffing/compliance?asOf=2026-12-07", "Authorization", homeAffairs)
			.body());
		signIn("demo.sonoivu", "Demo@2021!");
		open("/staffing/compliance");
		assertThat(browser.findElement(By.id("compliant-count")).getText())
			.isEqualTo(api.get("compliantUnits").asInt() + "/" + api.get("totalUnits").asInt());
		assertThat(number(browser.findElement(By.id("violation-count")).getText()))
			.isEqualTo(api.get("violations").asLong());
		assertThat(browser.findElements(By.cssSelector("#compliance-table tbody tr[data-unit]")))
			.hasSize(api.get("units").size());
		screenshots("compliance");
	}


	/**
	 * HR's correction requests are the API's pending ones, each with the official's name, and a code's value named
	 * ("05 Khơ-me"), never a bare code.
	 */
	@Test
	void theCorrectionsPageListsTheApisRequestsWithTheCodesNamed() throws Exception {
		var api = TestHttp.api(port);
		var official = TestHttp.basic("demo.congchuc", "Demo@2021!");
		var record = json.readTree(api.get("/api/v1/me/record", "Authorization", official).body());
		var current = record.get("ethnicGroup").asString();
		var proposed = current.equals("05") ? "01" : "05";
		var asked = api.json("POST", "/api/v1/me/corrections", "{\"field\":\"ETHNIC_GROUP\",\"proposedValue\":\""
				+ proposed + "\",\"reason\":\"Theo căn cước công dân\"}", "Authorization", official);
		assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
		var typed = api.json("POST", "/api/v1/me/corrections", "{\"field\":\"FOREIGN_LANGUAGE\",\"proposedValue\":"
				+ "\"Tiếng Anh bậc 3\",\"reason\":\"Đã có chứng chỉ\"}", "Authorization", official);
		assertThat(typed.statusCode()).as(typed.body()).isEqualTo(201);

		var homeAffairs = TestHttp.basic("demo.sonoivu", "Demo@2021!");
		var pending = json.readTree(api.get("/api/v1/corrections", "Authorization", homeAffairs).body());
		assertThat(pending.size()).isGreaterThanOrEqualTo(2);
		signIn("demo.sonoivu", "Demo@2021!");
		open("/corrections");
		assertThat(browser.findElements(By.cssSelector("#pending-requests tbody tr"))).hasSize(pending.size());
		for (var request : pending) {
			var row = browser.findElement(By.id("request-" + request.get("id").asLong()));
			var link = row.findElement(By.tagName("a"));
			assertThat(link.getText()).isEqualTo(request.get("officialName").asString());
			assertThat(link.getDomAttribute("href")).isEqualTo("/officials/" + request.get("officialId").asLong());
			var now = row.findElement(By.className("current-value")).getText();
			var then = row.findElement(By.className("proposed-value")).getText();
			if (request.get("field").asString().equals("ETHNIC_GROUP")) {
				// the code, then its name
				assertThat(now).matches(Pattern.quote(request.get("currentValue").asString()) + " \\p{L}.*");
				assertThat(then).matches(Pattern.quote(request.get("proposedValue").asString()) + " \\p{L}.*");
			}
			else if (request.get("field").asString().equals("FOREIGN_LANGUAGE")) {
				assertThat(then).isEqualTo(request.get("proposedValue").asString());
			}
		}
		var khmer = browser.findElement(By.id("request-" + json.readTree(asked.body()).get("id").asLong()));
		assertThat(khmer.findElement(By.className("proposed-value")).getText())
			.isEqualTo(proposed.equals("05") ? "05 Khơ-me" : "01 Kinh");
		screenshots("corrections");
	}

}
