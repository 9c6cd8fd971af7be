package vn.congvu.bench;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;

import vn.congvu.TestHttp;

/**
 * The personnel benchmarks, against a running application (started by {@code bench/personnel} with a 512 MB heap on
 * an embedded database holding the demo population): each prints its figure and a baseline measured in the same run.
 * Not a test: the machines are shared and noisy, so nothing here passes or fails.
 * <ul>
 * <li>import: a 50,000-row XLSX end to end (upload, read, check, write) against a raw COPY of the same rows into an
 * unindexed table of the same database;</li>
 * <li>search: the first page of a name search over HTTP against the same two SQL statements run directly;</li>
 * <li>record page: the HTML record page with 32 concurrent clients;</li>
 * <li>staff page: a unit's staff page (its people today, sorted, first page), the same way;</li>
 * <li>list: the officials' list of the whole province without a filter, first page, in each order, with 16 clients
 * without pause: the server's CPU (the application's and PostgreSQL's) per page, against the home page's;</li>
 * <li>heap: the application's peak heap while a 50,000-row import and an export of every official run at once.</li>
 * </ul>
 * Arguments: http-port db-port [all|search|record|staff|list|import|heap]; {@code -Dcongvu.bench.app-pid} the
 * application's process, for the list's CPU.
 */
public final class PersonnelBench {

	private static final String AUTH = TestHttp.basic("demo.sonoivu", "Demo@2021!");

	private static final String OPERATOR = TestHttp.basic("admin", "Bench-Operator-2026");

	public static void main(String[] args) throws Exception {
		int http = Integer.parseInt(args[0]);
		BenchPorts.http = http;
		int db = Integer.parseInt(args[1]);
		var api = TestHttp.api(http);
		try (var sql = BenchDatabase.connect(db)) {
			try (var st = sql.createStatement()) {
				// as the application's searches run: no JIT on its connections (EmbeddedDatabaseConfiguration), plans
				// made for the values in their transactions (CustomPlans)
				st.execute("SET plan_cache_mode = force_custom_plan; SET jit = off");
			}
			long officials = count(sql, "SELECT count(*) FROM personnel.official");
			long actions = count(sql, "SELECT count(*) FROM personnel.personnel_action");
			System.out.printf("population: %,d officials, %,d personnel actions%n", officials, actions);
			long ward = wardId(api);
			var only = args.length > 2 ? args[2] : "all";
			if (only.equals("all") || only.equals("search")) {
				search(api, sql);
			}
			if (only.equals("all") || only.equals("record")) {
				recordPage(http, sql);
			}
			if (only.equals("all") || only.equals("staff")) {
				staffPage(http, sql);
			}
			if (only.equals("all") || only.equals("list")) {
				listPage(http);
			}
			if (only.equals("all") || only.equals("import")) {
				importVersusCopy(api, sql, ward, 1);
			}
			if (only.equals("all") || only.equals("heap")) {
				heapWhileImportingAndExporting(api, ward);
			}
		}
	}

	// ------------------------------------------------------------------------------------------------------ import

	static void importVersusCopy(TestHttp api, Connection sql, long ward, int round) throws Exception {
		// a server that has imported before: one small file first, so that the figure is not the JIT's warm-up
		var warmUp = runImport(api, xlsx(rows(5_000, round + 200), ward));
		if (!warmUp.contains("\"status\":\"SUCCEEDED\"")) {
			throw new IllegalStateException("warm-up import failed: " + warmUp.substring(0, Math.min(600, warmUp.length())));
		}
		var rows = rows(50_000, round);
		var xlsx = xlsx(rows, ward);
		long t0 = System.nanoTime();
		var job = runImport(api, xlsx);
		long importMs = (System.nanoTime() - t0) / 1_000_000;
		if (!job.contains("\"status\":\"SUCCEEDED\"")) {
			throw new IllegalStateException("import failed: " + job.substring(0, Math.min(600, job.length())));
		}
		// baseline: the same 50,000 rows as CSV, COPY into an unindexed table, one transaction
		var csv = new StringBuilder();
		for (var r : rows) {
			csv.append(String.join(",", r.stream().map(v -> "\"" + v.replace("\"", "\"\"") + "\"").toList()))
				.append(',')
				.append(ward)
				.append('\n');
		}
		var bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
		try (var st = sql.createStatement()) {
			st.execute("DROP TABLE IF EXISTS bench_copy");
			st.execute("CREATE UNLOGGED TABLE bench_copy (citizen_id text, full_name text, date_of_birth text, sex text, "
					+ "ethnic text, category text, rank text, start_date text, decision text, decision_date text, "
					+ "issuer text, unit_id bigint)");
		}
		sql.setAutoCommit(false);
		long c0 = System.nanoTime();
		sql.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("COPY bench_copy FROM STDIN WITH (FORMAT csv)", new java.io.ByteArrayInputStream(bytes));
		sql.commit();
		long copyMs = Math.max(1, (System.nanoTime() - c0) / 1_000_000);
		sql.setAutoCommit(true);
		try (var st = sql.createStatement()) {
			st.execute("DROP TABLE bench_copy");
		}
		System.out.printf("import.50k_xlsx_ms %d   (baseline: raw COPY of the same rows %d ms) -> import speed %.1f%% of COPY%n",
				importMs, copyMs, 100.0 * copyMs / importMs);
		long tablesMs = copyIntoTheSameTables(sql, rows.stream().map(r -> r.get(0)).toList());
		System.out.printf("   second baseline: COPY of what the import wrote (officials, actions, employment) back into "
				+ "the same tables with their indexes and constraints %d ms -> import speed %.0f%% of that%n", tablesMs,
				100.0 * tablesMs / importMs);
	}

	/**
	 * The database's own share of an import: the rows the import wrote for these citizen ids, taken out and put back
	 * by COPY into the very tables (indexes, exclusion constraint, foreign keys), in a transaction rolled back after.
	 */
	static long copyIntoTheSameTables(Connection sql, List<String> citizenIds) throws Exception {
		var copy = sql.unwrap(PGConnection.class).getCopyAPI();
		var tables = List.of("personnel.official", "personnel.personnel_action", "personnel.employment");
		var columns = new ArrayList<String>();
		var dumps = new ArrayList<byte[]>();
		sql.setAutoCommit(false);
		try {
			try (var st = sql.prepareStatement("CREATE TEMP TABLE bench_ids ON COMMIT DROP AS SELECT id FROM "
					+ "personnel.official WHERE citizen_id = ANY(?)")) {
				st.setArray(1, sql.createArrayOf("text", citizenIds.toArray()));
				st.execute();
			}
			for (var table : tables) {
				var key = table.endsWith("official") ? "id" : "official_id";
				try (var st = sql.prepareStatement("SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM "
						+ "information_schema.columns WHERE table_schema || '.' || table_name = ? AND is_generated = 'NEVER'")) {
					st.setString(1, table);
					var rs = st.executeQuery();
					rs.next();
					columns.add(rs.getString(1));
				}
				var out = new ByteArrayOutputStream();
				copy.copyOut("COPY (SELECT " + columns.get(columns.size() - 1) + " FROM " + table + " WHERE " + key
						+ " IN (SELECT id FROM bench_ids)) TO STDOUT", out);
				dumps.add(out.toByteArray());
			}
			try (var st = sql.createStatement()) {
				// taking them out is not measured; nothing refers to these rows but each other, so no checks
				st.execute("SET LOCAL session_replication_role = replica");
				st.execute("DELETE FROM personnel.employment WHERE official_id IN (SELECT id FROM bench_ids)");
				st.execute("DELETE FROM personnel.personnel_action WHERE official_id IN (SELECT id FROM bench_ids)");
				st.execute("DELETE FROM personnel.official WHERE id IN (SELECT id FROM bench_ids)");
				st.execute("SET LOCAL session_replication_role = origin");
			}
			long t0 = System.nanoTime();
			for (int i = 0; i < tables.size(); i++) {
				copy.copyIn("COPY " + tables.get(i) + " (" + columns.get(i) + ") FROM STDIN",
						new java.io.ByteArrayInputStream(dumps.get(i)));
			}
			try (var st = sql.createStatement()) {
				st.execute("SET CONSTRAINTS ALL IMMEDIATE");
			}
			return (System.nanoTime() - t0) / 1_000_000;
		}
		finally {
			sql.rollback();
			sql.setAutoCommit(true);
		}
	}

	static String runImport(TestHttp api, byte[] xlsx) throws Exception {
		var started = api.upload("/api/v1/imports/officials", "bench.xlsx", xlsx, Map.of(), "Authorization", AUTH);
		if (started.statusCode() != 202) {
			throw new IllegalStateException("import refused: " + started.body());
		}
		var id = Pattern.compile("\"jobId\":\"([0-9a-f-]+)\"").matcher(started.body());
		if (!id.find()) {
			throw new IllegalStateException(started.body());
		}
		while (true) {
			var job = api.get("/api/v1/imports/" + id.group(1), "Authorization", AUTH).body();
			if (job.contains("\"status\":\"SUCCEEDED\"") || job.contains("\"status\":\"FAILED\"")) {
				return job;
			}
			Thread.sleep(50);
		}
	}

	static List<List<String>> rows(int n, int round) {
		var rows = new ArrayList<List<String>>(n);
		for (int i = 0; i < n; i++) {
			boolean female = i % 2 == 1;
			int year = 1970 + i % 30;
			int run = (RUN + round) % 400;
			rows.add(List.of(String.format("%s%d%02d%06d", PROVINCES[run / 20], female ? 1 : 0, year % 100,
					run % 20 * 50_000 + i),
					(female ? "Nguyễn Thị " : "Trần Văn ") + GIVEN[i % GIVEN.length],
					String.format("%02d/%02d/%d", 1 + i % 28, 1 + i % 12, year), female ? "Nữ" : "Nam", "Kinh", "Công chức",
					"01.003", "01/09/2025", (i / 50 + 1) + "/QĐ-UBND", "20/08/2025", "UBND phường Bạc Liêu"));
		}
		return rows;
	}

	static byte[] xlsx(List<List<String>> rows, long ward) throws Exception {
		try (var workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("Danh sách");
			var headers = List.of("Số định danh cá nhân", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Loại",
					"Mã ngạch, chức danh", "Ngày bắt đầu", "Số quyết định", "Ngày quyết định", "Cơ quan ban hành",
					"Mã đơn vị");
			var top = sheet.createRow(0);
			for (int c = 0; c < headers.size(); c++) {
				top.createCell(c).setCellValue(headers.get(c));
			}
			for (int i = 0; i < rows.size(); i++) {
				var row = sheet.createRow(i + 1);
				var values = rows.get(i);
				for (int c = 0; c < values.size(); c++) {
					row.createCell(c).setCellValue(values.get(c));
				}
				row.createCell(values.size()).setCellValue(Long.toString(ward));
			}
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
	}

	/** Citizen ids differ from run to run (one of 400 blocks), so that an import writes new people. */
	private static final int RUN = new Random().nextInt(400);

	/** Provinces of birth for the bench's citizen ids: none of them the demo population's. */
	private static final String[] PROVINCES = { "001", "002", "004", "006", "008", "010", "011", "012", "014", "015",
			"017", "019", "020", "022", "024", "025", "026", "027", "030", "031" };

	private static final String[] GIVEN = { "An", "Bình", "Chi", "Dung", "Giang", "Hà", "Khoa", "Lan", "Minh", "Nga" };

	// ------------------------------------------------------------------------------------------------------ search

	static final List<String> NAMES = List.of("nguyen van an", "tran thi", "le minh", "huynh ngoc", "pham thanh",
			"vo thi thu", "phan van", "lam", "dang", "ngo thi kim", "thach", "nguyen thi bich", "truong minh", "ly van");

	/** The p95 of each name's timings, the timings being in rounds over NAMES. */
	static List<String> perName(List<Long> timings) {
		var out = new ArrayList<String>();
		for (int n = 0; n < NAMES.size(); n++) {
			var own = new ArrayList<Long>();
			for (int i = n; i < timings.size(); i += NAMES.size()) {
				own.add(timings.get(i));
			}
			out.add(String.format("%s %.0f", NAMES.get(n), p95(own)));
		}
		return out;
	}

	static void search(TestHttp api, Connection sql) throws Exception {
		var browser = TestHttp.browser(BenchPorts.http);
		browser.signIn("demo.sonoivu", "Demo@2021!");
		for (int i = 0; i < 20; i++) {
			browser.get("/officials?q=" + NAMES.get(i % NAMES.size()).replace(' ', '+'));
		}
		var page = new ArrayList<Long>();
		var json = new ArrayList<Long>();
		var direct = new ArrayList<Long>();
		var scopeRoot = count(sql, "SELECT u.id FROM organization.unit u JOIN organization.unit_version v ON v.unit_id = u.id "
				+ "WHERE v.code = '96' AND v.valid_to IS NULL");
		for (int round = 0; round < 15; round++) {
			for (var name : NAMES) {
				long t0 = System.nanoTime();
				var response = browser.get("/officials?q=" + name.replace(' ', '+'));
				page.add(System.nanoTime() - t0);
				if (response.statusCode() != 200) {
					throw new IllegalStateException(response.body());
				}
				long a0 = System.nanoTime();
				api.get("/api/v1/officials?q=" + name.replace(' ', '+'), "Authorization", AUTH);
				json.add(System.nanoTime() - a0);
				long d0 = System.nanoTime();
				directSearch(sql, scopeRoot, name);
				direct.add(System.nanoTime() - d0);
			}
		}
		System.out.printf("search.first_page_p95_ms %.1f   (baseline: the same SQL run directly, p95 %.1f ms) -> %.2fx%n",
				p95(page), p95(direct), p95(page) / p95(direct));
		System.out.printf("search.api_p95_ms %.1f   (HTTP Basic; a password found right is remembered for two minutes)%n",
				p95(json));
		System.out.println("   per name, page p95 ms: " + String.join(", ", perName(page)));
	}


	/**
	 * The statement OfficialSearch runs for a name search on today's date in the caller's scope; the scope's units,
	 * which the application keeps in memory, are read once beforehand here too.
	 */
	static void directSearch(Connection sql, long root, String name) throws Exception {
		var today = java.sql.Date.valueOf(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
		if (scopeUnits == null) {
			try (var st = sql.prepareStatement("SELECT array_agg(DISTINCT unit_id ORDER BY unit_id) FROM "
					+ "organization.scope_periods(?) WHERE valid @> CAST(? AS date)")) {
				st.setLong(1, root);
				st.setDate(2, today);
				try (var rs = st.executeQuery()) {
					rs.next();
					scopeUnits = rs.getArray(1);
				}
			}
		}
		// Home Affairs' scope is the province: wide, so OfficialSearch reads a broad name's page by the walk in name
		// order and a narrow name's from its words; it asks which first (see OfficialSearch.search)
		var prefix = name + "%";
		int words;
		try (var st = sql.prepareStatement("SELECT count(*) FROM (SELECT 1 FROM personnel.official_name_part WHERE "
				+ "part LIKE ? LIMIT " + vn.congvu.personnel.OfficialSearch.BROAD_NAME + ") w")) {
			st.setString(1, prefix);
			try (var rs = st.executeQuery()) {
				rs.next();
				words = rs.getInt(1);
			}
		}
		var standing = "(SELECT o.standing_unit_id AS unit_id, o.standing_category AS category, o.standing_status AS "
				+ "status, o.standing_rank AS rank_code WHERE o.standing_valid @> CAST(:date AS date) AND "
				+ "o.standing_unit_id IS NOT NULL UNION ALL SELECT e.unit_id, e.category, e.status, e.rank_code FROM "
				+ "personnel.employment e WHERE NOT o.standing_valid @> CAST(:date AS date) AND e.official_id = o.id "
				+ "AND e.valid @> CAST(:date AS date)) s";
		var named = " FROM personnel.official_name_part p CROSS JOIN LATERAL (SELECT * FROM personnel.official o "
				+ "WHERE o.id = p.official_id OFFSET 0) o CROSS JOIN LATERAL " + standing + " WHERE p.part LIKE :name "
				+ "AND strpos(' ' || o.name_key, ' ' || :key) = length(o.name_key) - length(p.part) + 1 "
				+ "AND s.unit_id = ANY(CAST(:scope AS bigint[]))";
		var statements = new ArrayList<String>();
		if (words < vn.congvu.personnel.OfficialSearch.BROAD_NAME) {
			statements.add("WITH hits AS MATERIALIZED (SELECT o.id, o.full_name, o.date_of_birth, o.sex, o.sort_key, "
					+ "s.unit_id, s.rank_code, s.category, s.status" + named + ") SELECT h.*, (SELECT count(*) FROM hits) "
					+ "AS found FROM hits h ORDER BY h.sort_key, h.id LIMIT 20 OFFSET 0");
		}
		else {
			statements.add("SELECT o.id, o.full_name, o.date_of_birth, o.sex, s.unit_id, s.rank_code, s.category, "
					+ "s.status FROM (SELECT o.id, o.sort_key FROM personnel.official o WHERE (' ' || o.name_key) LIKE "
					+ ":word AND ((o.standing_valid @> CAST(:date AS date) AND o.standing_unit_id IS NOT NULL AND "
					+ "o.standing_unit_id = ANY(CAST(:scope AS bigint[]))) OR (NOT o.standing_valid @> CAST(:date AS date) "
					+ "AND EXISTS (SELECT 1 FROM personnel.employment e WHERE e.official_id = o.id AND e.valid @> "
					+ "CAST(:date AS date) AND e.unit_id = ANY(CAST(:scope AS bigint[]))))) ORDER BY o.sort_key, o.id "
					+ "LIMIT 20 OFFSET 0) w JOIN personnel.official o ON o.id = w.id CROSS JOIN LATERAL " + standing
					+ " ORDER BY w.sort_key, w.id");
			statements.add("SELECT count(*) FROM (SELECT 1" + named + " LIMIT "
					+ (vn.congvu.personnel.OfficialSearch.NAME_COUNT_CAP + 1) + ") c");
		}
		for (var statement : statements) {
			// named parameters, in the order they appear, to JDBC's question marks
			var order = new ArrayList<String>();
			var m = Pattern.compile(":(date|name|key|word|scope)\\b").matcher(statement);
			var sb = new StringBuilder();
			while (m.find()) {
				order.add(m.group(1));
				m.appendReplacement(sb, "?");
			}
			m.appendTail(sb);
			try (var st = sql.prepareStatement(sb.toString())) {
				for (int i = 0; i < order.size(); i++) {
					switch (order.get(i)) {
						case "date" -> st.setDate(i + 1, today);
						case "name" -> st.setString(i + 1, prefix);
						case "key" -> st.setString(i + 1, name);
						case "word" -> st.setString(i + 1, "% " + prefix);
						default -> st.setArray(i + 1, scopeUnits);
					}
				}
				try (var rs = st.executeQuery()) {
					while (rs.next()) {
						rs.getLong(1);
					}
				}
			}
		}
	}

	private static java.sql.Array scopeUnits;

	// ------------------------------------------------------------------------------------------------- record page

	static void recordPage(int port, Connection sql) throws Exception {
		var paths = new ArrayList<String>();
		try (var st = sql.createStatement();
				var rs = st.executeQuery("SELECT official_id FROM personnel.employment WHERE valid_to IS NULL "
						+ "ORDER BY official_id LIMIT 5000")) {
			while (rs.next()) {
				paths.add("/officials/" + rs.getLong(1));
			}
		}
		underLoad("record_page", "a record", port, paths);
	}

	/**
	 * A unit's staff page (issue 19): the units with people at work today, each page listing its own staff (the first
	 * 20 in Vietnamese order, of all of them read and sorted).
	 */
	static void staffPage(int port, Connection sql) throws Exception {
		var paths = new ArrayList<String>();
		long people = 0;
		try (var st = sql.createStatement();
				var rs = st.executeQuery("SELECT unit_id, count(*) FROM personnel.employment WHERE valid_to IS NULL "
						+ "GROUP BY unit_id HAVING count(*) >= 5 ORDER BY unit_id")) {
			while (rs.next()) {
				paths.add("/units/" + rs.getLong(1) + "/staff");
				people += rs.getLong(2);
			}
		}
		System.out.printf("staff pages: %d units of %.0f people on average%n", paths.size(),
				(double) people / Math.max(1, paths.size()));
		underLoad("staff_page", "a unit's staff", port, paths);
	}

	/**
	 * The officials' list without a filter (issue 19): the first page of the whole province in each order, 16 clients
	 * without pause, and what each page costs the server in CPU (the application's process and PostgreSQL's); the
	 * home page, which searches nothing, the same way as the baseline.
	 */
	static void listPage(int port) throws Exception {
		var orders = new ArrayList<String>();
		for (var order : List.of("name", "birth", "unit", "rank")) {
			orders.add("/officials?sort=" + order + "&dir=asc");
			orders.add("/officials?sort=" + order + "&dir=desc");
		}
		cpuPerPage("home_page (baseline)", port, List.of("/"));
		for (int i = 0; i < orders.size(); i += 2) {
			cpuPerPage("official_list " + orders.get(i).substring(orders.get(i).indexOf('=') + 1, orders.get(i).indexOf('&'))
					+ " (both directions)", port, orders.subList(i, i + 2));
		}
	}

	/** 16 clients reading the pages without pause for 20 s (after 10 s of warming): pages/s, server CPU per page. */
	static void cpuPerPage(String label, int port, List<String> paths) throws Exception {
		int clients = 16;
		var sessions = new ArrayList<PlainHttp>();
		for (int c = 0; c < clients; c++) {
			var browser = TestHttp.browser(port);
			browser.signIn("demo.sonoivu", "Demo@2021!");
			var plain = new PlainHttp(port, browser.cookieHeader());
			for (var path : paths) {
				if (plain.get(path) != 200) {
					throw new IllegalStateException(path + " did not answer 200");
				}
			}
			sessions.add(plain);
		}
		var pages = new AtomicLong();
		var errors = new AtomicLong();
		long measureFrom = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		long end = measureFrom + Duration.ofSeconds(20).toNanos();
		var pool = Executors.newFixedThreadPool(clients);
		for (int c = 0; c < clients; c++) {
			var client = sessions.get(c);
			int first = c;
			pool.submit(() -> {
				for (int i = first; System.nanoTime() < end; i++) {
					long t0 = System.nanoTime();
					int status = client.get(paths.get(i % paths.size()));
					if (status != 200) {
						errors.incrementAndGet();
					}
					if (t0 >= measureFrom) {
						pages.incrementAndGet();
					}
				}
			});
		}
		Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
		var before = ServerCpu.now();
		Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000));
		var after = ServerCpu.now();
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.MINUTES);
		sessions.forEach(PlainHttp::close);
		long n = Math.max(1, pages.get());
		System.out.printf("%s.cpu_ms_per_page %.2f   (application %.2f + PostgreSQL %.2f; %.0f pages/s with %d clients, "
				+ "%d errors)%n", label, (after.total() - before.total()) / 1e6 / n,
				(after.application() - before.application()) / 1e6 / n,
				(after.database() - before.database()) / 1e6 / n, n / 20.0, clients, errors.get());
	}

	/**
	 * Pages under load: 32 clients without pause for 30 s (after 20 s of warming), then 32 users each reading a page
	 * every 0.5–1.5 s for 30 s; the p95 of each, and one client alone as the baseline.
	 */
	static void underLoad(String label, String what, int port, List<String> paths) throws Exception {
		int clients = 32;
		var latencies = Collections.synchronizedList(new ArrayList<Long>());
		var errors = new AtomicLong();
		var pool = Executors.newFixedThreadPool(clients);
		// each client signs in through the form, then reads pages over a plain keep-alive socket (PlainHttp: Java's
		// HttpClient took 18% of these two cores, which the server then did not have)
		var sessions = new ArrayList<PlainHttp>();
		for (int c = 0; c < clients; c++) {
			var browser = TestHttp.browser(port);
			browser.signIn("demo.sonoivu", "Demo@2021!");
			var plain = new PlainHttp(port, browser.cookieHeader());
			var page = paths.get(c % paths.size());
			long expected = browser.get(page).body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
			if (plain.get(page) != 200 || plain.bodyBytes != expected) {
				throw new IllegalStateException("The plain client read " + plain.bodyBytes + " bytes of " + page + " of "
						+ expected);
			}
			sessions.add(plain);
		}
		// 20 s of warming first: the JIT, and the pages' rows read once from disk into the cache
		long measureFrom = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		long end = measureFrom + Duration.ofSeconds(30).toNanos();
		for (int c = 0; c < clients; c++) {
			var client = sessions.get(c);
			var random = new Random(c);
			pool.submit(() -> {
				while (System.nanoTime() < end) {
					var path = paths.get(random.nextInt(paths.size()));
					long t0 = System.nanoTime();
					int status;
					try {
						status = client.get(path);
					}
					catch (RuntimeException ex) {
						status = -1;
					}
					long took = System.nanoTime() - t0;
					if (status != 200) {
						errors.incrementAndGet();
					}
					if (t0 >= measureFrom) {
						latencies.add(took);
					}
				}
			});
		}
		var cpu = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean();
		Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
		long cpuFrom = cpu.getProcessCpuTime();
		var serverFrom = ServerCpu.now();
		Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000));
		var serverTo = ServerCpu.now();
		double generatorShare = (cpu.getProcessCpuTime() - cpuFrom) / (30e9 * Runtime.getRuntime().availableProcessors());
		pool.shutdown();
		pool.awaitTermination(2, TimeUnit.MINUTES);
		var paced = Collections.synchronizedList(new ArrayList<Long>());
		var users = Executors.newFixedThreadPool(clients);
		long pacedEnd = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		for (int c = 0; c < clients; c++) {
			var client = sessions.get(c);
			var random = new Random(100 + c);
			users.submit(() -> {
				while (System.nanoTime() < pacedEnd) {
					long t0 = System.nanoTime();
					client.get(paths.get(random.nextInt(paths.size())));
					paced.add(System.nanoTime() - t0);
					try {
						Thread.sleep(500 + random.nextInt(1000));
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
		}
		users.shutdown();
		users.awaitTermination(2, TimeUnit.MINUTES);
		System.out.printf("%s.p95_ms_32_users %.1f   (each reads %s every 0.5-1.5 s: %d pages in 30 s)%n", label,
				p95(paced), what, paced.size());
		System.out.printf("%s.p95_ms_32_clients_no_pause %.1f   (%d pages in 30 s, %.0f/s, %d errors; the "
				+ "clients used %.0f%% of the machine's CPU; baseline: one client alone, p95 %.1f ms)%n", label,
				p95(latencies), latencies.size(), latencies.size() / 30.0, errors.get(), 100 * generatorShare,
				alone(sessions.get(0), paths));
		System.out.printf("   without pause: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f ms%n", percentile(latencies, 0.5),
				percentile(latencies, 0.9), percentile(latencies, 0.99), percentile(latencies, 1.0));
		long pages = Math.max(1, latencies.size());
		System.out.printf("%s.cpu_ms_per_page %.2f   (application %.2f + PostgreSQL %.2f, while 32 clients read)%n",
				label, (serverTo.total() - serverFrom.total()) / 1e6 / pages,
				(serverTo.application() - serverFrom.application()) / 1e6 / pages,
				(serverTo.database() - serverFrom.database()) / 1e6 / pages);
		sessions.forEach(PlainHttp::close);
	}

	/** One client, one page after another: the page's own cost without queueing. */
	static double alone(PlainHttp client, List<String> paths) {
		var random = new Random(99);
		var latencies = new ArrayList<Long>();
		for (int i = 0; i < 200; i++) {
			long t0 = System.nanoTime();
			client.get(paths.get(random.nextInt(paths.size())));
			latencies.add(System.nanoTime() - t0);
		}
		return p95(latencies);
	}

	// ------------------------------------------------------------------------------------------------------- heap

	static void heapWhileImportingAndExporting(TestHttp api, long ward) throws Exception {
		var peak = new AtomicLong();
		var done = new AtomicBoolean();
		var sampler = new Thread(() -> {
			while (!done.get()) {
				peak.accumulateAndGet(heapUsed(api), Math::max);
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		sampler.start();
		var xlsx = xlsx(rows(50_000, 2), ward);
		var exported = new AtomicLong();
		var exportComplete = new AtomicBoolean();
		var export = new Thread(() -> {
			try {
				var client = HttpClient.newHttpClient();
				var response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(api)
						+ "/api/v1/officials/export.xlsx")).header("Authorization", AUTH).build(),
						HttpResponse.BodyHandlers.ofInputStream());
				var file = java.nio.file.Files.createTempFile("congvu-bench-export", ".xlsx");
				try (var in = response.body(); var out = java.nio.file.Files.newOutputStream(file)) {
					exported.set(in.transferTo(out));
				}
				// a whole workbook, not an error or a file cut short
				try (var zip = new java.util.zip.ZipFile(file.toFile())) {
					exportComplete.set(response.statusCode() == 200 && zip.getEntry("xl/workbook.xml") != null);
				}
				catch (java.io.IOException ex) {
					exportComplete.set(false);
				}
				finally {
					java.nio.file.Files.delete(file);
				}
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		long t0 = System.nanoTime();
		export.start();
		var job = runImport(api, xlsx);
		export.join();
		long ms = (System.nanoTime() - t0) / 1_000_000;
		done.set(true);
		sampler.join();
		System.out.printf("heap.peak_mb_import50k_and_export %d   (limit -Xmx512m; import %s, export %s, %,d bytes, %d ms)%n",
				peak.get() / (1024 * 1024), job.contains("SUCCEEDED") ? "succeeded" : "FAILED",
				exportComplete.get() ? "a whole workbook" : "FAILED", exported.get(), ms);
	}

	static long heapUsed(TestHttp api) {
		var metrics = api.get("/actuator/prometheus", "Authorization", OPERATOR).body();
		long sum = 0;
		for (var line : metrics.split("\n")) {
			if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
				sum += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
			}
		}
		return sum;
	}

	private static int port(TestHttp api) {
		return BenchPorts.http;
	}

	// ----------------------------------------------------------------------------------------------------- helpers

	static long wardId(TestHttp api) {
		var units = api.get("/api/v1/units?asOf=2026-01-01", "Authorization", AUTH).body();
		var ward = Pattern.compile("\"id\":(\\d+),\"code\":\"31825\"").matcher(units);
		if (!ward.find()) {
			throw new IllegalStateException("no ward 31825");
		}
		return Long.parseLong(ward.group(1));
	}

	static long count(Connection sql, String query) throws Exception {
		try (var st = sql.createStatement(); var rs = st.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static double p95(List<Long> nanos) {
		return percentile(nanos, 0.95);
	}

	static double percentile(List<Long> nanos, double share) {
		var sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		return sorted.get((int) Math.ceil(sorted.size() * share) - 1) / 1e6;
	}

	/** The port of the application, for the one request that streams. */
	static final class BenchPorts {

		static int http;

	}

}
