package vn.congvu.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The application's connections plan each statement for its own values and do not JIT-compile. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
class ConnectionSettingsIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyStatementIsPlannedForItsValuesWithoutJit() {
		for (int i = 0; i < 25; i++) {
			// several connections of the pool, not just the first
			assertThat(jdbc.sql("SHOW plan_cache_mode").query(String.class).single()).isEqualTo("force_custom_plan");
			assertThat(jdbc.sql("SHOW jit").query(String.class).single()).isEqualTo("off");
		}
	}

}
