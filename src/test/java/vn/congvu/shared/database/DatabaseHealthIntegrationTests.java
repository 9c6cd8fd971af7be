package vn.congvu.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.congvu.TestHttp;

/**
 * A frozen PostgreSQL (every process of the embedded server stopped with SIGSTOP) makes health answer DOWN within
 * seconds, and liveness stays UP: the probe that restarts an application never waits for its database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("embedded")
class DatabaseHealthIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private static void signal(String signal, List<Long> pids) throws Exception {
		var command = new ArrayList<>(List.of("kill", "-" + signal));
		pids.forEach(pid -> command.add(Long.toString(pid)));
		assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
	}

	@Test
	void aFrozenDatabaseIsDownWithinSecondsAndLivenessIsNotAsked() throws Exception {
		var api = TestHttp.api(port);
		assertThat(api.get("/actuator/health").body()).contains("\"UP\"");
		long backend = jdbc.sql("SELECT pg_backend_pid()").query(Long.class).single();
		var postmaster = ProcessHandle.of(backend).orElseThrow().parent().orElseThrow();
		var pids = new ArrayList<Long>();
		pids.add(postmaster.pid());
		postmaster.children().forEach(child -> pids.add(child.pid()));
		signal("STOP", pids);
		try {
			long started = System.nanoTime();
			var health = api.get("/actuator/health");
			long waited = (System.nanoTime() - started) / 1_000_000;
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("\"DOWN\"");
			assertThat(waited).as("ms waited for the answer").isLessThan(15_000);
			assertThat(api.get("/actuator/health/readiness").statusCode()).isEqualTo(503);
			var liveness = api.get("/actuator/health/liveness");
			assertThat(liveness.statusCode()).isEqualTo(200);
			assertThat(liveness.body()).contains("\"UP\"");
		}
		finally {
			signal("CONT", pids);
		}
		String body = "";
		for (int i = 0; i < 100 && !body.contains("\"UP\""); i++) {
			Thread.sleep(100);
			body = api.get("/actuator/health").body();
		}
		assertThat(body).contains("\"UP\"");
	}

}
