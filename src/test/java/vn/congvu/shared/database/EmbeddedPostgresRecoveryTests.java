package vn.congvu.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A JVM killed with {@code kill -9} leaves its PostgreSQL running. The next start on the same folder must find that
 * orphan, stop it cleanly and start its own server, with every committed row still there; and a second live
 * application on the same folder must be refused.
 */
@Tag("embedded")
class EmbeddedPostgresRecoveryTests {

	/** Started in a child JVM: an embedded server that writes rows, then waits to be killed. */
	public static void main(String[] args) throws Exception {
		var properties = new EmbeddedDatabaseProperties(true, Path.of(args[0]), Integer.parseInt(args[1]), null, null,
				false, true, null);
		var server = EmbeddedPostgresServer.start(properties);
		var jdbc = JdbcClient.create(server.ownerDataSource());
		jdbc.sql("CREATE TABLE IF NOT EXISTS survivor (id int PRIMARY KEY, note text)").update();
		for (int i = 1; i <= 100; i++) {
			jdbc.sql("INSERT INTO survivor VALUES (:id, :note)").param("id", i).param("note", "row " + i).update();
		}
		System.out.println("READY");
		System.out.flush();
		Thread.sleep(600_000);
	}

	@Test
	void nextStartStopsTheOrphanedServerAndKeepsTheData(@TempDir Path folder) throws Exception {
		int port = freePort();
		var child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), EmbeddedPostgresRecoveryTests.class.getName(),
				folder.toString(), Integer.toString(port)))
			.redirectErrorStream(true)
			.start();
		try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null && !line.contains("READY")) {
				// wait for the child's server and rows
			}
			assertThat(line).as("child started its server").isEqualTo("READY");
			child.destroyForcibly();
			assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		var pidFile = folder.resolve("pg").resolve("postmaster.pid");
		assertThat(pidFile).exists();
		long orphan = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
		assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("orphaned postmaster").hasValue(true);

		var properties = new EmbeddedDatabaseProperties(true, folder, port, null, null, false, true, null);
		try (var server = EmbeddedPostgresServer.start(properties)) {
			assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			var jdbc = JdbcClient.create(server.ownerDataSource());
			assertThat(jdbc.sql("SELECT count(*) FROM survivor").query(Long.class).single()).isEqualTo(100);
			var current = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
			assertThat(current).isNotEqualTo(orphan);

			// a second application on the same folder is refused while this one lives
			assertThatThrownBy(() -> EmbeddedPostgresServer.start(properties))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("Another CôngVụ process");
		}
	}

	private static int freePort() throws Exception {
		try (var socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
