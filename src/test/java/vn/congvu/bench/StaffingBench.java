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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import vn.congvu.TestHttp;

/**
 * The staffing-compliance benchmark, against a running application (started by {@code bench/staffing}): a whole
 * scope's compliance through the API, read to its last byte, against the same-run baseline of PostgreSQL alone
 * streaming the rows such a run must read (the people at work in the scope on the date, with their positions and
 * qualifications); and the application's peak heap during the runs.
 * <p>
 * Arguments: http-port db-port [measure | split UNITS]. {@code split} first spreads the people at work today over more
 * agencies — each staffed unit gets public-service units under it, taking a share of its people (their employment
 * rows, not their actions) and a copy of its scheme in force — so that a country-sized population is judged across
 * that many agencies; restart the application afterwards (it keeps units in memory).
 */
public final class StaffingBench {

	private static final String AUTH = TestHttp.basic("demo.sonoivu", "Demo@2021!");

	private static final String OPERATOR = TestHttp.basic("admin", "Bench-Operator-2026");

	private static final int RUNS = 5;

	public static void main(String[] args) throws Exception {
		int http = Integer.parseInt(args[0]);
		int db = Integer.parseInt(args[1]);
		var mode = args.length > 2 ? args[2] : "measure";
		try (var sql = BenchDatabase.connect(db)) {
			if (mode.equals("split")) {
				split(sql, Integer.parseInt(args[3]));
				return;
			}
			try (var st = sql.createStatement()) {
				st.execute("SET plan_cache_mode = force_custom_plan; SET jit = off");
			}
			var api = TestHttp.api(http);
			var today = LocalDate.now();
			long caMau = unit(sql, "96", today);
			long bacLieu = unit(sql, "95", LocalDate.of(2021, 6, 30));
			System.out.printf("population: %,d officials; %,d at work today%n",
					count(sql, "SELECT count(*) FROM personnel.official"),
					count(sql, "SELECT count(*) FROM personnel.employment WHERE valid @> current_date"));
			var peak = new AtomicLong();
			var sampling = new AtomicBoolean(true);
			var sampler = new Thread(() -> {
				while (sampling.get()) {
					peak.accumulateAndGet(PersonnelBench.heapUsed(api), Math::max);
					try {
						Thread.sleep(50);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
			sampler.setDaemon(true);
			sampler.start();
			measure(http, sql, "Cà Mau today", caMau, today);
			measure(http, sql, "Bạc Liêu 30/06/2021", bacLieu, LocalDate.of(2021, 6, 30));
			sampling.set(false);
			sampler.join();
			System.out.printf("heap.peak_mb during the runs %d   (limit -Xmx512m)%n", peak.get() >> 20);
		}
	}

	static void measure(int http, Connection sql, String name, long scope, LocalDate date) throws Exception {
		var client = HttpClient.newHttpClient();
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http
				+ "/api/v1/staffing/compliance?scopeUnitId=" + scope + "&asOf=" + date))
			.header("Authorization", AUTH)
			.build();
		long[] bytes = new long[1];
		String tail = "";
		var times = new long[RUNS];
		for (int run = -1; run < RUNS; run++) {
			long t0 = System.nanoTime();
			var response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("HTTP " + response.statusCode());
			}
			bytes[0] = 0;
			var last = new byte[256];
			try (InputStream in = response.body()) {
				var buffer = new byte[1 << 16];
				for (int n; (n = in.read(buffer)) > 0;) {
					bytes[0] += n;
					int keep = Math.min(n, last.length);
					System.arraycopy(last, keep, last, 0, last.length - keep);
					System.arraycopy(buffer, n - keep, last, last.length - keep, keep);
				}
			}
			if (run >= 0) {
				times[run] = System.nanoTime() - t0;
			}
			tail = new String(last, java.nio.charset.StandardCharsets.UTF_8).trim();
		}
		var baseline = new long[RUNS];
		long rows = 0;
		for (int run = -1; run < RUNS; run++) {
			long t0 = System.nanoTime();
			rows = people(sql, scope, date);
			if (run >= 0) {
				baseline[run] = System.nanoTime() - t0;
			}
		}
		long api = median(times);
		long base = median(baseline);
		System.out.printf("staffing.compliance %-22s median %,6d ms (min %,d), %,d bytes; baseline: the %,d people's rows "
				+ "streamed by PostgreSQL alone, median %,d ms; ratio %.2f%n   totals: %s%n", name, api / 1_000_000,
				Arrays.stream(times).min().orElseThrow() / 1_000_000, bytes[0], rows, base / 1_000_000,
				(double) api / base, tail.substring(Math.max(0, tail.indexOf("\"compliantUnits\""))));
	}

	/** The rows a compliance run reads: everyone at work in the scope on the date, with what they are judged by. */
	static long people(Connection sql, long scope, LocalDate date) throws SQLException {
		sql.setAutoCommit(false);
		try (var st = sql.prepareStatement("""
				SELECT e.official_id, o.full_name, o.sort_key, e.unit_id, e.category, e.status, e.rank_code,
				       e.position_code, e.position_since, e.concurrent_positions, o.professional_level,
				       o.political_theory, o.state_management, o.foreign_language, o.it_skill,
				       (SELECT string_agg(d.level_code || '|' || coalesce(d.graduation_year::text, '') || '|' || d.major,
				                          chr(10) ORDER BY d.position)
				          FROM personnel.official_degree d WHERE d.official_id = o.id) AS degrees
				FROM (SELECT DISTINCT s.unit_id FROM organization.scope_periods(?) s WHERE s.valid @> CAST(? AS date)) s
				JOIN personnel.employment e ON e.unit_id = s.unit_id AND e.valid @> CAST(? AS date)
				JOIN personnel.official o ON o.id = e.official_id
				WHERE e.status IN ('PROBATION', 'WORKING', 'SECONDED')""")) {
			st.setFetchSize(2000);
			st.setLong(1, scope);
			st.setDate(2, Date.valueOf(date));
			st.setDate(3, Date.valueOf(date));
			long n = 0;
			try (var rs = st.executeQuery()) {
				while (rs.next()) {
					rs.getString(2);
					rs.getString(16);
					n++;
				}
			}
			return n;
		}
		finally {
			sql.commit();
			sql.setAutoCommit(true);
		}
	}

	/** Spreads today's staffed units over {@code target} agencies (see the class comment). */
	static void split(Connection sql, int target) throws SQLException {
		sql.setAutoCommit(false);
		var staffed = new LinkedHashMap<Long, Long>();
		try (var st = sql.createStatement(); var rs = st.executeQuery("""
				SELECT unit_id, count(*) FROM personnel.employment WHERE valid @> current_date
				GROUP BY unit_id ORDER BY count(*) DESC""")) {
			while (rs.next()) {
				staffed.put(rs.getLong(1), rs.getLong(2));
			}
		}
		long people = staffed.values().stream().mapToLong(Long::longValue).sum();
		int extra = target - staffed.size();
		if (extra <= 0) {
			System.out.printf("already %d staffed units%n", staffed.size());
			return;
		}
		var parts = new LinkedHashMap<Long, Integer>();
		int given = 0;
		for (var e : staffed.entrySet()) {
			int k = (int) (extra * e.getValue() / people);
			parts.put(e.getKey(), k);
			given += k;
		}
		for (var unit : staffed.keySet()) {
			if (given >= extra) {
				break;
			}
			parts.merge(unit, 1, Integer::sum);
			given++;
		}
		int created = 0;
		for (Map.Entry<Long, Integer> e : parts.entrySet()) {
			long unit = e.getKey();
			int k = e.getValue();
			if (k == 0) {
				continue;
			}
			var children = new ArrayList<Long>();
			for (int i = 1; i <= k; i++) {
				children.add(child(sql, unit, i));
			}
			try (var st = sql.prepareStatement("""
					UPDATE personnel.employment SET unit_id = (CAST(? AS bigint[]))[official_id % ? ]
					WHERE unit_id = ? AND official_id % ? > 0""")) {
				var array = sql.createArrayOf("bigint", children.toArray());
				st.setArray(1, array);
				st.setInt(2, k + 1);
				st.setLong(3, unit);
				st.setInt(4, k + 1);
				st.executeUpdate();
			}
			for (var child : children) {
				copyScheme(sql, unit, child, k + 1);
			}
			created += k;
			sql.commit();
		}
		System.out.printf("split %d staffed units into %d agencies (%d new), %,d people at work%n", staffed.size(),
				staffed.size() + created, created, people);
	}

	private static long child(Connection sql, long parent, int i) throws SQLException {
		LocalDate from;
		try (var st = sql.prepareStatement("SELECT created_on FROM organization.unit WHERE id = ?")) {
			st.setLong(1, parent);
			try (var rs = st.executeQuery()) {
				rs.next();
				from = rs.getDate(1).toLocalDate();
			}
		}
		long id;
		try (var st = sql.prepareStatement("INSERT INTO organization.unit (created_on) VALUES (?) RETURNING id")) {
			st.setDate(1, Date.valueOf(from));
			try (var rs = st.executeQuery()) {
				rs.next();
				id = rs.getLong(1);
			}
		}
		try (var st = sql.prepareStatement("""
				INSERT INTO organization.unit_version (unit_id, valid_from, name, type, parent_id)
				VALUES (?, ?, ?, 'PUBLIC_SERVICE_UNIT', ?)""")) {
			st.setLong(1, id);
			st.setDate(2, Date.valueOf(from));
			st.setString(3, "Đơn vị trực thuộc số " + i + " của đơn vị " + parent);
			st.setLong(4, parent);
			st.executeUpdate();
		}
		return id;
	}

	/** The parent's scheme in force today, for a unit taking one share of {@code shares} of its people. */
	private static void copyScheme(Connection sql, long parent, long child, int shares) throws SQLException {
		Long scheme = null;
		try (var st = sql.prepareStatement("""
				SELECT id FROM position.scheme WHERE unit_id = ? AND status IN ('APPROVED', 'SUPERSEDED')
				  AND valid @> current_date""")) {
			st.setLong(1, parent);
			try (var rs = st.executeQuery()) {
				if (rs.next()) {
					scheme = rs.getLong(1);
				}
			}
		}
		if (scheme == null) {
			return;
		}
		long copy;
		try (var st = sql.prepareStatement("""
				INSERT INTO position.scheme (unit_id, version_no, status, title, applies_from, created_by, created_at)
				SELECT ?, 1, 'DRAFT', title, applies_from, created_by, now() FROM position.scheme WHERE id = ?
				RETURNING id""")) {
			st.setLong(1, child);
			st.setLong(2, scheme);
			try (var rs = st.executeQuery()) {
				rs.next();
				copy = rs.getLong(1);
			}
		}
		for (var table : List.of("job_position", "rank_share")) {
			var columns = table.equals("job_position")
					? "sort_order, code, name, position_group, rank_code, min_degree, majors, state_management, "
							+ "political_theory, language_required, it_required, headcount, concurrent_allowed, "
							+ "job_description, competency_framework"
					: "sort_order, rank_level, target_pct";
			var select = table.equals("job_position") ? columns.replace("headcount", "headcount / ? + 2") : columns;
			try (var st = sql.prepareStatement("INSERT INTO position." + table + " (scheme_id, " + columns + ") SELECT ?, "
					+ select + " FROM position." + table + " WHERE scheme_id = ?")) {
				int i = 1;
				st.setLong(i++, copy);
				if (table.equals("job_position")) {
					st.setInt(i++, shares);
				}
				st.setLong(i, scheme);
				st.executeUpdate();
			}
		}
		try (var st = sql.prepareStatement("""
				UPDATE position.scheme c SET status = 'APPROVED', submitted_by = p.submitted_by,
				  submitted_at = p.submitted_at, decision_number = p.decision_number, decision_date = p.decision_date,
				  decision_issuer = p.decision_issuer, signer = p.signer, approved_by = p.approved_by,
				  approved_at = p.approved_at
				FROM position.scheme p WHERE p.id = ? AND c.id = ?""")) {
			st.setLong(1, scheme);
			st.setLong(2, copy);
			st.executeUpdate();
		}
	}

	static long unit(Connection sql, String code, LocalDate date) throws SQLException {
		try (var st = sql.prepareStatement("SELECT unit_id FROM organization.unit_version WHERE code = ? AND valid @> CAST(? AS date)")) {
			st.setString(1, code);
			st.setDate(2, Date.valueOf(date));
			try (var rs = st.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	static long count(Connection sql, String query) throws SQLException {
		try (var st = sql.createStatement(); var rs = st.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static long median(long[] values) {
		var sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
