package vn.congvu.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.TreeMap;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.runtime.flyway.SpringModulithFlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs the modules' migrations (Spring Modulith's strategy: one folder and one history table per module) only when
 * the migrations differ from those the database last ran to the end. A start with nothing new then skips a Flyway run
 * per module (each one scans its folder, locks and reads its history and checks every file's checksum): about three
 * seconds of a warm start on two cores.
 * <p>
 * The digest covers every migration file (its path and content) and Flyway's placeholders. It is written after all
 * modules migrated, in the same database, so a run that fails half-way leaves the old digest and the next start runs
 * Flyway again, with its checks. A changed file changes the digest, so Flyway's own validation still refuses a migration
 * edited after it ran. Primary: it wraps Spring Modulith's strategy, the other bean of this type.
 */
@Component
@Primary
class MigrationsWhenChanged implements FlywayMigrationStrategy {

	private static final Logger log = LoggerFactory.getLogger(MigrationsWhenChanged.class);

	static final String LOCATION = "classpath*:db/migration/**/*.sql";

	private final SpringModulithFlywayMigrationStrategy modules;

	MigrationsWhenChanged(SpringModulithFlywayMigrationStrategy modules) {
		this.modules = modules;
	}

	@Override
	public void migrate(Flyway flyway) {
		var configuration = flyway.getConfiguration();
		String digest = digest(configuration.getPlaceholders());
		var db = JdbcClient.create(configuration.getDataSource());
		if (digest.equals(lastRun(db))) {
			log.info("Migrations unchanged since the last run ({}): Flyway not run", digest.substring(0, 12));
			return;
		}
		modules.migrate(flyway);
		db.sql("INSERT INTO platform.migration_digest (digest) VALUES (?)").param(digest).update();
	}

	/** The digest of the last complete run, or none on a database that never recorded one. */
	private static String lastRun(JdbcClient db) {
		boolean recorded = db.sql("SELECT to_regclass('platform.migration_digest') IS NOT NULL").query(Boolean.class)
			.single();
		if (!recorded) {
			return "";
		}
		return db.sql("SELECT digest FROM platform.migration_digest ORDER BY id DESC LIMIT 1")
			.query(String.class)
			.optional()
			.orElse("");
	}

	/** SHA-256 over the placeholders and every migration file, in path order. */
	static String digest(java.util.Map<String, String> placeholders) {
		try {
			var sha = MessageDigest.getInstance("SHA-256");
			new TreeMap<>(placeholders).forEach((name, value) -> {
				sha.update(("placeholder " + name + "=" + value + "\n").getBytes(StandardCharsets.UTF_8));
			});
			var files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			Arrays.sort(files, Comparator.comparing(MigrationsWhenChanged::path));
			for (var file : files) {
				sha.update(("file " + path(file) + "\n").getBytes(StandardCharsets.UTF_8));
				try (var in = file.getInputStream()) {
					sha.update(in.readAllBytes());
				}
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The file's path from {@code db/migration/} on, the same whether it is read from a folder or a jar. */
	private static String path(Resource file) {
		try {
			String url = file.getURL().toString();
			return url.substring(url.lastIndexOf("db/migration/"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
