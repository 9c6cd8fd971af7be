package vn.congvu.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application's connections do not JIT-compile and keep PostgreSQL's plan cache; a transaction that asks for
 * custom plans gets them until it ends, and the connection goes back to the pool without them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
class ConnectionSettingsIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void connectionsHaveNoJitAndTheDefaultPlanCache() {
		for (int i = 0; i < 25; i++) {
			// several connections of the pool, not just the first
			assertThat(jdbc.sql("SHOW plan_cache_mode").query(String.class).single()).isEqualTo("auto");
			assertThat(jdbc.sql("SHOW jit").query(String.class).single()).isEqualTo("off");
		}
	}

	@Test
	void customPlansLastUntilTheTransactionEnds() {
		// the pool hands the same connections out again: each transaction starts with the default
		for (int i = 0; i < 25; i++) {
			transactions.executeWithoutResult(status -> {
				assertThat(jdbc.sql("SHOW plan_cache_mode").query(String.class).single()).isEqualTo("auto");
				CustomPlans.forThisTransaction(jdbc);
				assertThat(jdbc.sql("SHOW plan_cache_mode").query(String.class).single()).isEqualTo("force_custom_plan");
			});
		}
		assertThatIllegalStateException().isThrownBy(() -> CustomPlans.forThisTransaction(jdbc));
	}

}
