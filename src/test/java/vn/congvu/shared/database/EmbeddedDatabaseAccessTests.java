package vn.congvu.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL lets nobody in without a password: not a local user who knows the port, not the superuser's
 * name. Its passwords stay in the data folder, readable by its owner only; the owner that migrates is not a
 * superuser; and a cluster made by an earlier version, which trusted every local connection, is secured at its first
 * start with everything in it handed to that owner.
 */
@Tag("embedded")
class EmbeddedDatabaseAccessTests {

	@Test
	void aNewClusterAsksEveryoneForAPasswordAndKeepsThemPrivate(@TempDir Path folder) throws Exception {
		var properties = properties(folder);
		try (var server = EmbeddedPostgresServer.start(properties)) {
			var url = server.jdbcUrl();
			try (var sockets = Files.list(Path.of("/tmp"))) {
				assertThat(sockets.map(Path::getFileName).map(Path::toString))
					.as("a Unix socket of the server in /tmp")
					.noneMatch(name -> name.equals(".s.PGSQL." + server.port()));
			}
			for (var role : new String[] { EmbeddedCredentials.SUPERUSER, EmbeddedCredentials.OWNER, "congvu_app" }) {
				assertThatThrownBy(() -> DriverManager.getConnection(url, role, "").close()).as(role + " without password")
					.isInstanceOf(SQLException.class);
				assertThatThrownBy(() -> DriverManager.getConnection(url, role, "wrong").close()).as(role + " wrong password")
					.isInstanceOf(SQLException.class)
					.hasMessageContaining("password authentication failed");
			}
			var credentials = EmbeddedCredentials.read(folder);
			try (var su = DriverManager.getConnection(url, EmbeddedCredentials.SUPERUSER,
					credentials.password(EmbeddedCredentials.SUPERUSER)); var st = su.createStatement();
					var rs = st.executeQuery("SELECT count(*) FILTER (WHERE auth_method <> 'scram-sha-256'), count(*) "
							+ "FROM pg_hba_file_rules")) {
				rs.next();
				assertThat(rs.getInt(1)).as("pg_hba.conf lines without SCRAM").isZero();
				assertThat(rs.getInt(2)).isPositive();
			}
			assertNotASuperuser(JdbcClient.create(server.ownerDataSource()), EmbeddedCredentials.OWNER);
			assertThat(JdbcClient.create(server.ownerDataSource())
				.sql("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()")
				.query(String.class)
				.single()).isEqualTo(EmbeddedCredentials.OWNER);
		}
		assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
		assertThat(Files.getPosixFilePermissions(folder.resolve(EmbeddedCredentials.FILE)))
			.isEqualTo(PosixFilePermissions.fromString("rw-------"));
		assertThat(folder.resolve("initdb.pw")).doesNotExist();


		// the next start reads the same passwords
		try (var server = EmbeddedPostgresServer.start(properties)) {
			assertThat(JdbcClient.create(server.ownerDataSource()).sql("SELECT 1").query(Integer.class).single())
				.isEqualTo(1);
		}
		// without them, a start says what is missing
		Files.delete(folder.resolve(EmbeddedCredentials.FILE));
		assertThatIllegalStateException().isThrownBy(() -> EmbeddedPostgresServer.start(properties).close())
			.withMessageContaining("asks for passwords")
			.withMessageContaining(EmbeddedCredentials.FILE);
	}

	@Test
	void aClusterThatTrustedEveryoneIsSecuredAndHandedToTheOwner(@TempDir Path folder, @TempDir Path backups)
			throws Exception {
		var oldBackup = backups.resolve("before.backup");
		// what an earlier version left: a trusting cluster where the superuser owns the database and all in it
		try (var old = EmbeddedPostgres.builder()
			.setDataDirectory(folder.resolve("pg"))
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start()) {
			try (var c = old.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
				st.execute("CREATE DATABASE congvu TEMPLATE template0 ENCODING 'UTF8'");
				st.execute("CREATE ROLE congvu_app LOGIN");
			}
			try (var c = old.getDatabase("postgres", "congvu").getConnection(); var st = c.createStatement()) {
				st.execute("""
						CREATE EXTENSION btree_gist;
						CREATE SCHEMA registry;
						CREATE TYPE registry.kind AS ENUM ('civil', 'public');
						CREATE DOMAIN registry.code AS text CHECK (VALUE ~ '^[0-9]+$');
						CREATE TABLE registry.person (id serial PRIMARY KEY, kind registry.kind, code registry.code,
						  id2 bigint GENERATED ALWAYS AS IDENTITY);
						CREATE SEQUENCE registry.number;
						CREATE VIEW registry.people AS SELECT id, kind FROM registry.person;
						CREATE FUNCTION registry.twice(n int) RETURNS int LANGUAGE sql AS 'SELECT n * 2';
						GRANT USAGE ON SCHEMA registry TO congvu_app;
						ALTER DEFAULT PRIVILEGES IN SCHEMA registry GRANT SELECT, INSERT ON TABLES TO congvu_app;
						INSERT INTO registry.person (kind, code) VALUES ('civil', '123');
						""");
			}
			// a backup the earlier version made, as the superuser
			DatabaseTool.backup(new DatabaseTarget("localhost", old.getPort(), "congvu", "postgres", null), oldBackup);
		}

		try (var server = EmbeddedPostgresServer.start(properties(folder))) {
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "").close())
				.isInstanceOf(SQLException.class);
			var owner = JdbcClient.create(server.ownerDataSource());
			assertNotASuperuser(owner, EmbeddedCredentials.OWNER);
			assertThat(owner.sql("""
					SELECT count(*) FROM (
					  SELECT relowner AS o FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
					    WHERE n.nspname = 'registry'
					  UNION ALL SELECT nspowner FROM pg_namespace WHERE nspname = 'registry'
					  UNION ALL SELECT proowner FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
					    WHERE n.nspname = 'registry'
					  UNION ALL SELECT typowner FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
					    WHERE n.nspname = 'registry'
					  UNION ALL SELECT extowner FROM pg_extension WHERE extname = 'btree_gist'
					  UNION ALL SELECT datdba FROM pg_database WHERE datname = current_database()
					) owned WHERE o <> 'congvu_owner'::regrole""").query(Long.class).single())
				.as("objects not owned by the owner role")
				.isZero();
			// the owner can change what it now owns, and its new tables reach the application's role as before
			owner.sql("ALTER TABLE registry.person ADD COLUMN note text").update();
			owner.sql("CREATE TABLE registry.later (id int)").update();
			assertThat(owner.sql("SELECT has_table_privilege('congvu_app', 'registry.later', 'INSERT')")
				.query(Boolean.class)
				.single()).isTrue();
			assertThat(owner.sql("SELECT registry.twice(id) FROM registry.person").query(Integer.class).single())
				.isEqualTo(2);
			assertThat(Files.readString(folder.resolve("pg").resolve("pg_hba.conf"))).doesNotContain("trust");
			assertThat(owner.sql("SELECT count(*) FROM pg_default_acl WHERE defaclrole = 'postgres'::regrole")
				.query(Long.class)
				.single()).as("default privileges left to the superuser").isZero();

			// the owner backs up and restores what it now owns, and restores the earlier version's backup too
			var newBackup = backups.resolve("after.backup");
			DatabaseTool.backup(server.ownerTarget(), newBackup);
			owner.sql("DELETE FROM registry.person").update();
			DatabaseTool.restore(server.ownerTarget(), newBackup);
			assertThat(owner.sql("SELECT count(*) FROM registry.person").query(Long.class).single()).isEqualTo(1);
			owner.sql("DROP TABLE registry.later").update(); // not in the earlier backup: --clean would not drop its schema
			DatabaseTool.restore(server.ownerTarget(), oldBackup);
			assertThat(owner.sql("SELECT code FROM registry.person").query(String.class).single()).isEqualTo("123");
			assertThat(owner.sql("SELECT tableowner FROM pg_tables WHERE tablename = 'person'").query(String.class)
				.single()).isEqualTo(EmbeddedCredentials.OWNER);
		}
		// and it stays secured
		try (var server = EmbeddedPostgresServer.start(properties(folder))) {
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "").close())
				.isInstanceOf(SQLException.class);
		}
	}

	@Test
	void hbaLinesThatLetAnyoneInAreRecognised() {
		assertThat(EmbeddedPostgresServer.trusts("# local all all trust\nhost all all 127.0.0.1/32 scram-sha-256\n"))
			.isFalse();
		assertThat(EmbeddedPostgresServer.trusts("local   all   all   trust\n")).isTrue();
		assertThat(EmbeddedPostgresServer.trusts("host all all ::1/128 trust # initdb's\n")).isTrue();
		assertThat(EmbeddedPostgresServer.trusts(EmbeddedPostgresServer.PASSWORDS_ONLY_HBA)).isFalse();
	}

	private static void assertNotASuperuser(JdbcClient jdbc, String role) {
		assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo(role);
		assertThat(jdbc.sql("SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = current_user")
			.query(Boolean.class)
			.single()).as(role + " is a superuser or may create roles or databases").isFalse();
	}

	private static EmbeddedDatabaseProperties properties(Path folder) {
		return new EmbeddedDatabaseProperties(true, folder, 0, null, null, false, false, 128);
	}

}
