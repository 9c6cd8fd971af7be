package vn.congvu.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A start runs the modules' migrations when they changed since the database's last complete run, and skips them when
 * they did not; the application's own role can read the digest but not write one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
class MigrationsWhenChangedIntegrationTests {

	@Autowired
	Flyway flyway;

	@Autowired
	FlywayMigrationStrategy strategy;

	@Autowired
	JdbcClient jdbc;

	private JdbcClient owner() {
		return JdbcClient.create(flyway.getConfiguration().getDataSource());
	}

	private List<String> digests() {
		return owner().sql("SELECT digest FROM platform.migration_digest ORDER BY id").query(String.class).list();
	}

	private long historyRows() {
		return owner().sql("""
				SELECT sum((xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I',
				  table_schema, table_name), false, true, '')))[1]::text::bigint)
				FROM information_schema.tables WHERE table_name LIKE 'flyway_schema_history%'""")
			.query(Long.class)
			.single();
	}

	@Test
	void theStartRecordedTheDigestOfTheMigrationsItRan() {
		String current = MigrationsWhenChanged.digest(flyway.getConfiguration().getPlaceholders());
		assertThat(strategy).isInstanceOf(MigrationsWhenChanged.class);
		assertThat(digests()).isNotEmpty().last().isEqualTo(current);
		assertThat(historyRows()).isGreaterThan(10);
	}

	@Test
	void unchangedMigrationsAreNotRunAgainAndChangedOnesAre() {
		String current = MigrationsWhenChanged.digest(flyway.getConfiguration().getPlaceholders());
		int before = digests().size();
		long history = historyRows();

		strategy.migrate(flyway);
		assertThat(digests()).hasSize(before);

		// a database last migrated by other files: Flyway runs (nothing new to apply here) and the run is recorded
		owner().sql("INSERT INTO platform.migration_digest (digest) VALUES ('an older build')").update();
		strategy.migrate(flyway);
		assertThat(digests()).hasSize(before + 2).last().isEqualTo(current);
		assertThat(historyRows()).isEqualTo(history);
	}

	@Test
	void theDigestFollowsThePlaceholdersAndTheFiles() {
		String current = MigrationsWhenChanged.digest(flyway.getConfiguration().getPlaceholders());
		assertThat(MigrationsWhenChanged.digest(flyway.getConfiguration().getPlaceholders())).isEqualTo(current);
		assertThat(MigrationsWhenChanged.digest(Map.of("app_role", "someone_else"))).isNotEqualTo(current);
	}

	@Test
	void theApplicationsRoleCannotForgeADigest() {
		assertThat(jdbc.sql("SELECT count(*) FROM platform.migration_digest").query(Long.class).single())
			.isPositive();
		assertThatThrownBy(() -> jdbc.sql("INSERT INTO platform.migration_digest (digest) VALUES ('forged')").update())
			.rootCause()
			.hasMessageContaining("permission denied");
	}

}
