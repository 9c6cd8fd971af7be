package vn.congvu.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;

import vn.congvu.TestHttp;

/**
 * The reporting benchmark, against a running application (started by {@code bench/reporting}): the province's
 * six-month reform report (JSON, and the DOCX), the workforce statistics of the province today (JSON and XLSX) and
 * the dashboard (today, and mid-2021), each read to its last byte, after a warm-up pass over all of them; against the same-run baseline of PostgreSQL alone reading the rows the largest figure
 * stands on (the people at work in the scope on the day, with the columns the statistics count).
 * <p>
 * Arguments: http-port db-port.
 */
public final class ReportingBench {

	private static final String AUTH = TestHttp.basic("demo.sonoivu", "Demo@2021!");

	private static final int RUNS = 5;

	public static void main(String[] args) throws Exception {
		int http = Integer.parseInt(args[0]);
		int db = Integer.parseInt(args[1]);
		try (var sql = BenchDatabase.connect(db)) {
			try (var st = sql.createStatement()) {
				st.execute("SET jit = off");
			}
			var today = LocalDate.now();
			long caMau = StaffingBench.unit(sql, "96", today);
			long bacLieu = StaffingBench.unit(sql, "95", LocalDate.of(2021, 6, 30));
			System.out.printf("population: %,d officials; %,d at work today%n",
					StaffingBench.count(sql, "SELECT count(*) FROM personnel.official"),
					StaffingBench.count(sql, "SELECT count(*) FROM personnel.employment WHERE valid @> current_date"));
			var half = "scopeUnitId=" + bacLieu + "&from=2021-01-01&to=2021-06-30";
			var year = "scopeUnitId=" + caMau + "&from=" + today.withDayOfYear(1) + "&to=" + today;
			long base2021 = baseline(sql, bacLieu, LocalDate.of(2021, 6, 30));
			long baseToday = baseline(sql, caMau, today);
			var measurements = java.util.List.of(
					new Object[] { "report Bạc Liêu H1 2021 (JSON)", "/api/v1/reports/reform?" + half, base2021 },
					new Object[] { "report Bạc Liêu H1 2021 (DOCX)", "/api/v1/reports/reform.docx?" + half, base2021 },
					new Object[] { "report Cà Mau this year (JSON)", "/api/v1/reports/reform?" + year, baseToday },
					new Object[] { "statistics Cà Mau today (JSON)",
							"/api/v1/statistics/workforce?scopeUnitId=" + caMau + "&asOf=" + today, baseToday },
					new Object[] { "statistics Cà Mau today (XLSX)",
							"/api/v1/statistics/workforce.xlsx?scopeUnitId=" + caMau + "&asOf=" + today, baseToday },
					new Object[] { "dashboard Cà Mau today (JSON)",
							"/api/v1/dashboard?scopeUnitId=" + caMau + "&asOf=" + today, baseToday },
					new Object[] { "dashboard Bạc Liêu 30/06/2021 (JSON)",
							"/api/v1/dashboard?scopeUnitId=" + bacLieu + "&asOf=2021-06-30", base2021 });
			// a pass over every request first: the first requests after a start run while the JIT compiles the
			// paths they share, and would be charged to whichever request is measured first
			for (var m : measurements) {
				fetch(http, (String) m[1]);
				fetch(http, (String) m[1]);
			}
			for (var m : measurements) {
				measure(http, (String) m[0], (String) m[1], (Long) m[2]);
			}
			reportClick(http, bacLieu, "/api/v1/reports/reform?" + half);
		}
	}

	/**
	 * The report page as an HR officer uses it (issue 19): in Chromium, signed in, the form filled with Bạc Liêu and the
	 * first half of 2021, from the click on "Xem" until the figures are on the screen (the page starts the report in
	 * the background and fetches its figures when done), median of 5 after one unmeasured; against the same report
	 * through the API (JSON) in the same run. The scopes offered are those of the period's last day, so the page is opened
 * on the period first.
	 */
	static void reportClick(int http, long bacLieu, String apiPath) throws Exception {
		var profile = java.nio.file.Files.createTempDirectory("congvu-bench-chromium");
		var options = new org.openqa.selenium.chrome.ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--no-first-run", "--window-size=1366,768",
				"--user-data-dir=" + profile);
		var service = new org.openqa.selenium.chrome.ChromeDriverService.Builder()
			.usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
			.build();
		var browser = new org.openqa.selenium.chrome.ChromeDriver(service, options);
		try {
			var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(60),
					java.time.Duration.ofMillis(10));
			browser.get("http://127.0.0.1:" + http + "/login");
			browser.findElement(org.openqa.selenium.By.id("username")).sendKeys("demo.sonoivu");
			browser.findElement(org.openqa.selenium.By.id("password")).sendKeys("Demo@2021!");
			browser.findElement(org.openqa.selenium.By.id("login-submit")).click();
			wait.until(d -> !d.getCurrentUrl().contains("/login"));
			var times = new long[RUNS];
			for (int run = -1; run < RUNS; run++) {
				// the scopes offered are the units of the period's last day: the period first (Bạc Liêu is no province
				// today), as an officer types it and shows it once
				browser.get("http://127.0.0.1:" + http + "/reports/reform?from=01/01/2021&to=30/06/2021");
				new org.openqa.selenium.support.ui.Select(browser.findElement(org.openqa.selenium.By.id("scope")))
					.selectByValue(Long.toString(bacLieu));
				for (var field : new String[][] { { "from", "01/01/2021" }, { "to", "30/06/2021" } }) {
					var input = browser.findElement(org.openqa.selenium.By.id(field[0]));
					input.clear();
					input.sendKeys(field[1]);
				}
				var old = browser.findElement(org.openqa.selenium.By.tagName("html"));
				long t0 = System.nanoTime();
				browser.findElement(org.openqa.selenium.By.id("show")).click();
				wait.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(old));
				wait.until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("#figures tbody tr")).isEmpty());
				long took = System.nanoTime() - t0;
				if (run >= 0) {
					times[run] = took;
				}
			}
			var api = new long[RUNS];
			for (int run = 0; run < RUNS; run++) {
				long t0 = System.nanoTime();
				fetch(http, apiPath);
				api[run] = System.nanoTime() - t0;
			}
			System.out.printf("%-34s median %,6d ms (max %,d) from the click to the figures; baseline: the API's JSON, "
					+ "median %,d ms%n", "report page Bạc Liêu H1 2021", StaffingBench.median(times) / 1_000_000,
					Arrays.stream(times).max().orElseThrow() / 1_000_000, StaffingBench.median(api) / 1_000_000);
		}
		finally {
			browser.quit();
			org.springframework.util.FileSystemUtils.deleteRecursively(profile.toFile());
		}
	}

	/** One request read to its last byte, unmeasured. */
	static void fetch(int http, String path) throws Exception {
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + path)).header("Authorization", AUTH)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + ": HTTP " + response.statusCode());
		}
	}

	static void measure(int http, String name, String path, long baseline) throws Exception {
		var client = HttpClient.newHttpClient();
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + path))
			.header("Authorization", AUTH)
			.build();
		var times = new long[RUNS];
		long bytes = 0;
		for (int run = -1; run < RUNS; run++) {
			long t0 = System.nanoTime();
			var response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(path + ": HTTP " + response.statusCode());
			}
			bytes = 0;
			try (InputStream in = response.body()) {
				var buffer = new byte[1 << 16];
				for (int n; (n = in.read(buffer)) > 0;) {
					bytes += n;
				}
			}
			if (run >= 0) {
				times[run] = System.nanoTime() - t0;
			}
		}
		long median = StaffingBench.median(times);
		System.out.printf("%-34s median %,6d ms (min %,d), %,d bytes; baseline %,d ms; ratio %.2f%n", name,
				median / 1_000_000, Arrays.stream(times).min().orElseThrow() / 1_000_000, bytes, baseline / 1_000_000,
				(double) median / Math.max(1, baseline));
	}

	/** PostgreSQL alone reading the people at work in the scope on the day, with the columns the statistics count. */
	static long baseline(Connection sql, long scope, LocalDate date) throws SQLException {
		var times = new long[RUNS];
		for (int run = -1; run < RUNS; run++) {
			long t0 = System.nanoTime();
			sql.setAutoCommit(false);
			try (var st = sql.prepareStatement("""
					SELECT e.unit_id, e.category, e.rank_code, o.sex, o.ethnic_code, o.party_joined_on,
					       o.professional_level, o.political_theory, o.state_management, o.date_of_birth
					FROM (SELECT DISTINCT s.unit_id FROM organization.scope_periods(?) s
					       WHERE s.valid @> CAST(? AS date)) s
					JOIN personnel.employment e ON e.unit_id = s.unit_id AND e.valid @> CAST(? AS date)
					JOIN personnel.official o ON o.id = e.official_id""")) {
				st.setFetchSize(2000);
				st.setLong(1, scope);
				st.setDate(2, Date.valueOf(date));
				st.setDate(3, Date.valueOf(date));
				try (var rs = st.executeQuery()) {
					while (rs.next()) {
						rs.getLong(1);
					}
				}
			}
			sql.commit();
			if (run >= 0) {
				times[run] = System.nanoTime() - t0;
			}
		}
		return StaffingBench.median(times);
	}

}
