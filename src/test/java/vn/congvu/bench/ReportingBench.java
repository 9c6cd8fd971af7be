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
