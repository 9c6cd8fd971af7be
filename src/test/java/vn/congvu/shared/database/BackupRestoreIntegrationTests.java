package vn.congvu.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ActiveProfiles;

/**
 * Back up, wipe, restore: every table of the application comes back with the same rows, by count and checksum. Runs
 * with the real pg_dump and pg_restore, against the embedded server or the external one the tests were pointed at.
 */
@SpringBootTest
@ActiveProfiles("test")
@Tag("database")
class BackupRestoreIntegrationTests {

	@Autowired
	ObjectProvider<EmbeddedPostgresServer> embedded;

	@Autowired
	Environment environment;

	@Test
	void backupWipeRestoreGivesBackEveryRow(@TempDir Path folder) throws Exception {
		var target = target();
		var owner = JdbcClient.create(ownerDataSource(target));
		var before = fingerprint(owner);
		assertThat(before).containsKeys("organization.unit", "identity.account", "audit.audit_event");
		assertThat(before.get("organization.unit")).doesNotStartWith("0:");

		var file = folder.resolve("congvu.backup");
		DatabaseTool.backup(target, file);
		assertThat(Files.size(file)).isPositive();

		owner.sql("DROP SCHEMA organization, identity, audit, platform CASCADE").update();
		for (var table : owner.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'flyway_schema_history%'")
			.query(String.class)
			.list()) {
			owner.sql("DROP TABLE public." + table).update();
		}
		assertThat(fingerprint(owner)).isEmpty();

		DatabaseTool.restore(target, file);
		assertThat(fingerprint(owner)).isEqualTo(before);
		// the restored audit log is append-only again
		var app = JdbcClient.create(applicationDataSource());
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> app.sql("DELETE FROM audit.audit_event").update())
			.isInstanceOf(org.springframework.dao.DataAccessException.class);
	}

	@Autowired
	DataSource dataSource;

	private DataSource applicationDataSource() {
		return dataSource;
	}

	private DatabaseTarget target() {
		var server = embedded.getIfAvailable();
		if (server != null) {
			return server.ownerTarget();
		}
		return DatabaseTarget.fromJdbcUrl(environment.getRequiredProperty("spring.datasource.url"),
				environment.getRequiredProperty("spring.flyway.user"), environment.getProperty("spring.flyway.password"));
	}

	private static DataSource ownerDataSource(DatabaseTarget target) {
		return new DriverManagerDataSource(target.jdbcUrl(), target.user(),
				target.password() == null ? "" : target.password());
	}

	/** Row count and an order-independent checksum of every table the application owns. */
	static Map<String, String> fingerprint(JdbcClient jdbc) {
		var tables = jdbc.sql("""
				SELECT schemaname || '.' || tablename FROM pg_tables
				WHERE schemaname IN ('organization', 'identity', 'audit', 'platform')
				   OR (schemaname = 'public' AND tablename LIKE 'flyway_schema_history%')
				ORDER BY 1""").query(String.class).list();
		var result = new LinkedHashMap<String, String>();
		for (var table : tables) {
			var row = jdbc.sql("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM "
					+ table + " t").query(String.class).single();
			result.put(table, row);
		}
		return result;
	}

}
