package vn.congvu.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congvu.TestHttp;

/**
 * {@code kill -9} of the application while it writes a 50,000-row import: after the restart the tables hold all of
 * the file or none of it. The application runs in a child JVM on an embedded database of its own.
 */
@Tag("embedded")
class ImportCrashTests {

	static final int ROWS = 50_000;

	@Test
	void killedWhileWritingLeavesAllOrNothing(@TempDir Path folder) throws Exception {
		int http = freePort();
		int db = freePort();
		var log = folder.resolve("app.log");
		var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), "vn.congvu.CongVuApplication",
				"--server.port=" + http, "--server.address=127.0.0.1", "--congvu.embedded-db.data-dir=" + folder,
				"--congvu.embedded-db.port=" + db, "--congvu.demo.population-scale=0.02",
				"--congvu.admin.password=Crash-Test-2026", "--logging.level.root=WARN",
				"--congvu.private-files.dir=" + folder.resolve("private"));
		var child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		var auth = TestHttp.basic("demo.sonoivu", "Demo@2021!");
		var api = TestHttp.api(http);
		String jobId;
		try {
			awaitHealthy(api, child, log);
			var units = api.get("/api/v1/units?asOf=2026-01-01", "Authorization", auth).body();
			var ward = Pattern.compile("\"id\":(\\d+),\"code\":\"31825\"").matcher(units);
			assertThat(ward.find()).isTrue();
			var started = api.upload("/api/v1/imports/officials", "lon.xlsx", workbook(Long.parseLong(ward.group(1))),
					Map.of(), "Authorization", auth);
			assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
			var matcher = Pattern.compile("\"jobId\":\"([0-9a-f-]+)\"").matcher(started.body());
			assertThat(matcher.find()).isTrue();
			jobId = matcher.group(1);
			var deadline = Instant.now().plus(Duration.ofMinutes(3));
			while (true) {
				var job = api.get("/api/v1/imports/" + jobId, "Authorization", auth).body();
				assertThat(job).doesNotContain("\"status\":\"FAILED\"");
				if (job.contains("\"status\":\"WRITING\"") && !job.contains("\"processed\":0,")
						|| job.contains("\"status\":\"SUCCEEDED\"")) {
					break;
				}
				assertThat(Instant.now()).as("the import reached its writing phase").isBefore(deadline);
				Thread.sleep(50);
			}
			// the upload waits for its job in the application's private folder, readable by its user alone
			var uploads = uploads(folder.resolve("private"));
			if (job(api, auth, jobId).contains("\"status\":\"WRITING\"")) {
				assertThat(uploads).hasSize(1);
				assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(uploads.get(0))))
					.isEqualTo("rw-------");
				assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(uploads.get(0).getParent())))
					.isEqualTo("rwx------");
			}
		}
		finally {
			child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the application
			assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		// the application again: the killed one's private folder and the upload in it are removed, and its job reads
		// "interrupted" at once (not after minutes of WRITING)
		var again = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(folder.resolve("again.log").toFile())
			.start();
		try {
			awaitHealthy(api, again, folder.resolve("again.log"));
			assertThat(uploads(folder.resolve("private"))).isEmpty();
			try (var left = Files.list(folder.resolve("private"))) {
				assertThat(left.toList()).hasSize(2); // the new application's folder and its lock
			}
			var job = job(api, auth, jobId);
			if (!job.contains("\"status\":\"SUCCEEDED\"")) {
				assertThat(job).contains("\"status\":\"FAILED\"", "gián đoạn");
			}
		}
		finally {
			again.destroy(); // SIGTERM: a clean stop, its folder removed
			assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(uploads(folder.resolve("private"))).isEmpty();
		// the orphaned PostgreSQL is found and stopped, a new one recovers the folder
		try (var server = EmbeddedPostgresServer.start(
				new EmbeddedDatabaseProperties(true, folder, db, null, null, false, true, null))) {
			var jdbc = JdbcClient.create(server.ownerDataSource());
			long imported = jdbc.sql("SELECT count(*) FROM personnel.official WHERE citizen_id LIKE '001%'")
				.query(Long.class)
				.single();
			var status = jdbc.sql("SELECT status FROM personnel.import_job WHERE id = CAST(:id AS uuid)")
				.param("id", jobId)
				.query(String.class)
				.single();
			System.out.println("import job after the restart: " + status + ", officials of the file after restart: " + imported);
			if ("SUCCEEDED".equals(status)) {
				assertThat(imported).isEqualTo(ROWS);
			}
			else {
				assertThat(imported).as("killed while writing: none of the file").isZero();
				assertThat(jdbc.sql("SELECT count(*) FROM personnel.personnel_action a JOIN personnel.official o "
						+ "ON o.id = a.official_id WHERE o.citizen_id LIKE '001%'").query(Long.class).single()).isZero();
			}
			assertThat(imported).isIn(0L, (long) ROWS);
		}
	}

	private static String job(TestHttp api, String auth, String jobId) {
		return api.get("/api/v1/imports/" + jobId, "Authorization", auth).body();
	}

	/** The uploads waiting in the private folders under {@code base}. */
	private static List<Path> uploads(Path base) throws IOException {
		try (var all = Files.walk(base)) {
			return all.filter(p -> p.getFileName().toString().startsWith("import-")).toList();
		}
	}

	private static void awaitHealthy(TestHttp api, Process child, Path log) throws Exception {
		var deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (Instant.now().isBefore(deadline)) {
			assertThat(child.isAlive()).as(() -> "the application died: " + tail(log)).isTrue();
			try {
				if (api.get("/actuator/health").body().contains("\"UP\"")) {
					return;
				}
			}
			catch (RuntimeException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the application did not start: " + tail(log));
	}

	private static String tail(Path log) {
		try {
			var lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
		}
		catch (Exception ex) {
			return "(no log)";
		}
	}

	/** 50,000 officials of one ward, citizen ids 001… (none of the demo population's). */
	static byte[] workbook(long unit) throws Exception {
		try (var workbook = new SXSSFWorkbook(100); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("Danh sách");
			var headers = List.of("Số định danh cá nhân", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Mã đơn vị",
					"Loại", "Mã ngạch, chức danh", "Ngày bắt đầu", "Số quyết định", "Ngày quyết định", "Cơ quan ban hành");
			var top = sheet.createRow(0);
			for (int c = 0; c < headers.size(); c++) {
				top.createCell(c).setCellValue(headers.get(c));
			}
			for (int i = 0; i < ROWS; i++) {
				boolean female = i % 2 == 1;
				int year = 1970 + i % 30;
				var values = List.of(String.format("001%d%02d%06d", female ? 1 : 0, year % 100, i),
						(female ? "Nguyễn Thị " : "Trần Văn ") + GIVEN[i % GIVEN.length],
						String.format("%02d/%02d/%d", 1 + i % 28, 1 + i % 12, year), female ? "Nữ" : "Nam", "Kinh",
						Long.toString(unit), "Công chức", "01.003", "01/09/2025", (i / 50 + 1) + "/QĐ-UBND", "20/08/2025",
						"UBND phường Bạc Liêu");
				var row = sheet.createRow(i + 1);
				for (int c = 0; c < values.size(); c++) {
					row.createCell(c).setCellValue(values.get(c));
				}
			}
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
	}

	private static final String[] GIVEN = { "An", "Bình", "Chi", "Dung", "Giang", "Hà", "Khoa", "Lan", "Minh", "Nga" };

	private static int freePort() throws Exception {
		try (var socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
