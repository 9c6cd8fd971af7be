package vn.congvu.shared.database;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server started from the binaries in a Maven artifact, with its cluster in a folder that is kept between
 * runs. Guards the folder against two hazards:
 * <ul>
 * <li>two live applications on one folder: the first holds a file lock for its whole life, the second stops at once
 * with a clear message;</li>
 * <li>a server orphaned by a JVM that was killed ({@code kill -9}): its postmaster keeps running and would otherwise be
 * silently reused. Having the lock proves no live application owns it, so it is shut down cleanly (fast shutdown,
 * which checkpoints) before our own server starts on the same folder.</li>
 * </ul>
 * It lets nobody in without a password: every role has a random one (see {@link EmbeddedCredentials}), the data folder
 * is readable by its owner only, and the application logs in as its own role and migrates as the database owner,
 * never as the superuser.
 */
final class EmbeddedPostgresServer implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	static final String DATABASE = "congvu";

	private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private final EmbeddedPostgres postgres;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private final Path dataDir;

	private final boolean deleteOnClose;

	private final EmbeddedCredentials credentials;

	private final String appRole;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock, Path dataDir,
			boolean deleteOnClose, EmbeddedCredentials credentials, String appRole) {
		this.postgres = postgres;
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.dataDir = dataDir;
		this.deleteOnClose = deleteOnClose;
		this.credentials = credentials;
		this.appRole = appRole;
	}

	static EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties) throws IOException {
		if (!ROLE_NAME.matcher(properties.appRole()).matches()) {
			throw new IllegalStateException("congvu.embedded-db.app-role is not a plain role name: " + properties.appRole());
		}
		var dataDir = properties.dataDir().toAbsolutePath().normalize();
		Files.createDirectories(dataDir);
		EmbeddedCredentials.ownerOnly(dataDir);
		var cluster = dataDir.resolve("pg");
		var lockChannel = FileChannel.open(dataDir.resolve("congvu.lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = lockChannel.tryLock();
		}
		catch (java.nio.channels.OverlappingFileLockException ex) {
			lock = null; // this very JVM already runs a server on the folder
		}
		catch (IOException ex) {
			lockChannel.close();
			throw ex;
		}
		if (lock == null) {
			lockChannel.close();
			throw new IllegalStateException("Another CôngVụ process is using the data folder " + dataDir
					+ ". Stop it first, or set congvu.embedded-db.data-dir to another folder.");
		}
		var passwordFile = dataDir.resolve("initdb.pw");
		try {
			stopOrphanedServer(cluster);
			var access = ClusterAccess.of(cluster, dataDir, properties.appRole());
			int port = properties.port() == 0 ? freePort() : properties.port();
			ensurePortFree(port);
			long started = System.nanoTime();
			// zonky starts PostgreSQL with fsync and synchronous commit off, fine for tests but a machine crash could
			// then lose or corrupt committed data: the application's own database turns both back on.
			var durability = properties.durable() ? "on" : "off";
			var builder = EmbeddedPostgres.builder()
				.setDataDirectory(cluster)
				.setCleanDataDirectory(false)
				.setPort(port)
				.setRegisterShutdownHook(false)
				.setPGStartupWait(properties.startTimeout())
				.setLocaleConfig("locale", "C.UTF-8")
				.setLocaleConfig("encoding", "UTF8")
				.setServerConfig("max_connections", "60")
				.setServerConfig("shared_buffers", properties.sharedBuffersMb() + "MB")
				.setServerConfig("timezone", "UTC")
				.setServerConfig("password_encryption", "scram-sha-256")
				// TCP on the loopback only: no Unix socket in the system's shared temporary folder
				.setServerConfig("unix_socket_directories", "")
				.setServerConfig("fsync", durability)
				.setServerConfig("synchronous_commit", durability)
				.setServerConfig("full_page_writes", durability)
				.setConnectConfig("password", access.credentials.password(EmbeddedCredentials.SUPERUSER));
			if (access.state == ClusterState.NEW) {
				// initdb's own options come after zonky's "-A trust", and the last one counts: the cluster is born
				// asking every connection for a password, the superuser's read from a private file removed after start
				Files.writeString(EmbeddedCredentials.privateFile(passwordFile),
						access.credentials.password(EmbeddedCredentials.SUPERUSER) + "\n");
				builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
			}
			var postgres = builder.start();
			var server = new EmbeddedPostgresServer(postgres, lockChannel, lock, dataDir, properties.deleteOnClose(),
					access.credentials, properties.appRole());
			server.prepareDatabase(access.state);
			log.info("Embedded PostgreSQL on port {} with data in {} ready in {} ms", port, cluster,
					(System.nanoTime() - started) / 1_000_000);
			return server;
		}
		catch (IOException | RuntimeException ex) {
			lock.release();
			lockChannel.close();
			throw ex;
		}
		finally {
			Files.deleteIfExists(passwordFile);
		}
	}

	int port() {
		return postgres.getPort();
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
	}

	/** The database owner's login (not a superuser), for migrations and console commands. */
	DatabaseTarget ownerTarget() {
		return new DatabaseTarget("localhost", port(), DATABASE, EmbeddedCredentials.OWNER,
				credentials.password(EmbeddedCredentials.OWNER));
	}

	/** A connection source for the database owner (not a superuser), used only for migrations. */
	DataSource ownerDataSource() {
		return postgres.getDatabase(EmbeddedCredentials.OWNER, DATABASE,
				Map.of("password", credentials.password(EmbeddedCredentials.OWNER)));
	}

	/** The application role's password. */
	String appPassword() {
		return credentials.password(appRole);
	}

	/**
	 * What a start finds in the data folder.
	 * <ul>
	 * <li>{@code NEW}: no cluster yet; initdb creates one that asks for passwords from the start;</li>
	 * <li>{@code SECURED}: a cluster of this version, with its passwords file;</li>
	 * <li>{@code TRUSTING}: a cluster made by an earlier version, which trusted every local connection and kept
	 * everything owned by the superuser; it gets passwords, an owner that is not a superuser, and password
	 * authentication, before anything else connects.</li>
	 * </ul>
	 */
	private enum ClusterState {
		NEW, SECURED, TRUSTING
	}

	private record ClusterAccess(ClusterState state, EmbeddedCredentials credentials) {

		static ClusterAccess of(Path cluster, Path dataDir, String appRole) throws IOException {
			ClusterState state;
			EmbeddedCredentials credentials;
			var hba = cluster.resolve("pg_hba.conf");
			if (!Files.exists(cluster.resolve("postgresql.conf"))) {
				state = ClusterState.NEW;
				credentials = EmbeddedCredentials.generate(appRole);
				credentials.write(dataDir);
			}
			else if (Files.exists(hba) && trusts(Files.readString(hba, StandardCharsets.UTF_8))) {
				state = ClusterState.TRUSTING;
				credentials = EmbeddedCredentials.exist(dataDir) ? EmbeddedCredentials.read(dataDir)
						: EmbeddedCredentials.generate(appRole);
				credentials.write(dataDir);
			}
			else if (EmbeddedCredentials.exist(dataDir)) {
				state = ClusterState.SECURED;
				credentials = EmbeddedCredentials.read(dataDir);
			}
			else {
				throw new IllegalStateException("The database in " + cluster + " asks for passwords, but the file "
						+ dataDir.resolve(EmbeddedCredentials.FILE) + " that holds them is missing. Put it back from "
						+ "where the data folder was copied, or restore a backup into a new data folder.");
			}
			if (!credentials.has(appRole)) {
				credentials = credentials.with(appRole);
				credentials.write(dataDir);
			}
			return new ClusterAccess(state, credentials);
		}

	}

	/** Whether an active line of a pg_hba.conf lets a connection in without a password. */
	static boolean trusts(String hba) {
		return hba.lines()
			.map(line -> line.replaceFirst("#.*", "").strip())
			.filter(line -> !line.isEmpty())
			.anyMatch(line -> line.matches(".*\\strust(\\s.*)?"));
	}

	private void prepareDatabase(ClusterState state) {
		var owner = EmbeddedCredentials.OWNER;
		try (Connection c = postgres.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
			ensureRole(st, owner, state);
			ensureRole(st, appRole, state);
			if (state == ClusterState.TRUSTING) {
				st.execute("ALTER ROLE " + EmbeddedCredentials.SUPERUSER + " PASSWORD "
						+ literal(credentials.password(EmbeddedCredentials.SUPERUSER)));
			}
			try (var rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
				if (!rs.next()) {
					st.execute("CREATE DATABASE " + DATABASE + " OWNER " + owner
							+ " TEMPLATE template0 ENCODING 'UTF8'");
				}
			}
			st.execute("REVOKE ALL ON DATABASE " + DATABASE + " FROM PUBLIC");
			st.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + DATABASE + " TO " + appRole);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare the embedded database", ex);
		}
		if (state == ClusterState.TRUSTING) {
			secureTrustingCluster();
		}
	}

	/** Creates a login role with its password, or (in a trusting cluster) gives an existing one its password. */
	private void ensureRole(java.sql.Statement st, String role, ClusterState state) throws SQLException {
		boolean exists;
		try (var rs = st.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
			exists = rs.next();
		}
		var attributes = " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD " + literal(credentials.password(role));
		if (!exists) {
			st.execute("CREATE ROLE " + role + attributes);
		}
		else if (state == ClusterState.TRUSTING) {
			st.execute("ALTER ROLE " + role + attributes);
		}
	}

	/** A password as an SQL literal; generated ones hold only letters, digits, '-' and '_'. */
	private static String literal(String password) {
		if (!password.matches("[A-Za-z0-9_-]+")) {
			throw new IllegalStateException("A password in the passwords file has characters it should not have");
		}
		return "'" + password + "'";
	}

	/**
	 * A cluster of an earlier version: its database and everything in it belonged to the superuser, and every local
	 * connection was trusted. Everything in the database passes to the owner (in one transaction), then
	 * {@code pg_hba.conf} asks every connection for its password and the server reloads it.
	 */
	private void secureTrustingCluster() {
		try (Connection c = postgres.getDatabase(EmbeddedCredentials.SUPERUSER, DATABASE).getConnection();
				var st = c.createStatement()) {
			c.setAutoCommit(false);
			st.execute(TRANSFER_OWNERSHIP.replace("${owner}", EmbeddedCredentials.OWNER));
			c.commit();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not pass the embedded database to its owner role", ex);
		}
		var hba = dataDir.resolve("pg").resolve("pg_hba.conf");
		try {
			var partial = EmbeddedCredentials.privateFile(hba.resolveSibling("pg_hba.conf.partial"));
			Files.writeString(partial, PASSWORDS_ONLY_HBA, StandardCharsets.UTF_8);
			Files.move(partial, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not write " + hba, ex);
		}
		try (Connection c = postgres.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
			st.execute("SELECT pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not reload " + hba, ex);
		}
		log.warn("The embedded database in {} trusted every local connection (made by an earlier version): its roles "
				+ "now have passwords, kept in {}, and {} owns the database", dataDir,
				dataDir.resolve(EmbeddedCredentials.FILE), EmbeddedCredentials.OWNER);
	}

	/** What initdb writes with {@code --auth=scram-sha-256}, without its comments. */
	static final String PASSWORDS_ONLY_HBA = """
			# Every connection gives its role's password (written by CôngVụ; the passwords are in the data folder).
			local   all             all                                     scram-sha-256
			host    all             all             127.0.0.1/32            scram-sha-256
			host    all             all             ::1/128                 scram-sha-256
			local   replication     all                                     scram-sha-256
			host    replication     all             127.0.0.1/32            scram-sha-256
			host    replication     all             ::1/128                 scram-sha-256
			""";

	/**
	 * Hands every object of the database that the superuser owns to the owner role: schemas, tables, views, sequences
	 * not owned by a column, routines and types not part of an extension, the extensions themselves (which have no
	 * ALTER ... OWNER: their catalog row changes, as REASSIGN OWNED would do), and the default privileges the
	 * superuser had set for the tables later migrations create (taken from the superuser, so that a backup holds
	 * none that the owner could not restore).
	 */
	private static final String TRANSFER_OWNERSHIP = """
			DO $$
			DECLARE
			  r record;
			  su oid := (SELECT oid FROM pg_roles WHERE rolname = current_user);
			BEGIN
			  EXECUTE format('ALTER DATABASE %I OWNER TO ${owner}', current_database());
			  FOR r IN SELECT n.nspname FROM pg_namespace n WHERE n.nspowner = su
			      AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname NOT IN ('information_schema', 'public') LOOP
			    EXECUTE format('ALTER SCHEMA %I OWNER TO ${owner}', r.nspname);
			  END LOOP;
			  FOR r IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			      WHERE c.relowner = su AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
			      AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
			      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
			        AND d.deptype IN ('a', 'i', 'e')) LOOP
			    EXECUTE format('ALTER %s %s OWNER TO ${owner}', CASE r.relkind WHEN 'v' THEN 'VIEW'
			      WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
			      r.name);
			  END LOOP;
			  FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
			      WHERE p.proowner = su AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
			      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
			        AND d.deptype = 'e') LOOP
			    EXECUTE format('ALTER ROUTINE %s OWNER TO ${owner}', r.name);
			  END LOOP;
			  FOR r IN SELECT t.oid::regtype AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
			      LEFT JOIN pg_class c ON c.oid = t.typrelid
			      WHERE t.typowner = su AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
			      AND (t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND c.relkind = 'c'))
			      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid
			        AND d.deptype IN ('e', 'i')) LOOP
			    EXECUTE format('ALTER TYPE %s OWNER TO ${owner}', r.name);
			  END LOOP;
			  UPDATE pg_extension SET extowner = '${owner}'::regrole WHERE extowner = su AND extname <> 'plpgsql';
			  FOR r IN SELECT n.nspname, x.privilege_type, CASE a.defaclobjtype WHEN 'r' THEN 'TABLES'
			        WHEN 'S' THEN 'SEQUENCES' WHEN 'f' THEN 'FUNCTIONS' WHEN 'T' THEN 'TYPES' ELSE 'SCHEMAS' END AS objects,
			        CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(g.rolname) END AS grantee
			      FROM pg_default_acl a JOIN pg_namespace n ON n.oid = a.defaclnamespace
			      CROSS JOIN LATERAL aclexplode(a.defaclacl) x LEFT JOIN pg_roles g ON g.oid = x.grantee
			      WHERE a.defaclrole = su AND x.grantee <> su LOOP
			    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA %I GRANT %s ON %s TO %s', r.nspname,
			      r.privilege_type, r.objects, r.grantee);
			    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I REVOKE %s ON %s FROM %s', current_user,
			      r.nspname, r.privilege_type, r.objects, r.grantee);
			  END LOOP;
			END $$""";

	/**
	 * A postmaster whose pid file is in our cluster while we hold the folder lock can only be an orphan of a killed
	 * run. Stop it with a fast shutdown (SIGINT: clients are cut, a checkpoint is written, nothing is lost).
	 */
	static void stopOrphanedServer(Path cluster) throws IOException {
		var pidFile = cluster.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		var pid = readPid(pidFile);
		var process = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			log.warn("Removing stale {} (no process {} is running)", pidFile, pid.orElse(-1L));
			Files.deleteIfExists(pidFile);
			return;
		}
		var serves = servesCluster(process.get(), cluster);
		if (serves.isEmpty()) {
			throw new IllegalStateException("Cannot tell whether process " + pid.get() + " is a PostgreSQL server on "
					+ cluster + " (no /proc here); stop it if it is one, or delete " + pidFile + " if it is not.");
		}
		if (!serves.get()) {
			log.warn("Removing stale {} (process {} is not PostgreSQL on this folder)", pidFile, pid.get());
			Files.deleteIfExists(pidFile);
			return;
		}
		log.warn("Found PostgreSQL (pid {}) left running on {} by a run that did not stop cleanly; shutting it down",
				pid.get(), cluster);
		signal(pid.get(), "INT");
		if (!waitForExit(process.get(), Duration.ofSeconds(60))) {
			log.warn("PostgreSQL {} ignored the fast shutdown; asking for an immediate shutdown", pid.get());
			signal(pid.get(), "QUIT");
			if (!waitForExit(process.get(), Duration.ofSeconds(30))) {
				throw new IllegalStateException("Could not stop the orphaned PostgreSQL server " + pid.get()
						+ " on " + cluster + "; stop it by hand and start again.");
			}
		}
		log.info("Orphaned PostgreSQL {} stopped", pid.get());
	}

	private static Optional<Long> readPid(Path pidFile) throws IOException {
		var lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(lines.get(0).strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Whether the process is a postgres server whose data directory ({@code -D}) is exactly our cluster; empty when
	 * that cannot be read (no {@code /proc}), in which case nothing is stopped.
	 */
	static Optional<Boolean> servesCluster(ProcessHandle process, Path cluster) {
		var cmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
		if (!Files.isReadable(cmdline)) {
			return Optional.empty();
		}
		try {
			var args = Files.readString(cmdline, StandardCharsets.UTF_8).split("\0");
			boolean postgres = args.length > 0 && Path.of(args[0]).getFileName() != null
					&& Path.of(args[0]).getFileName().toString().equals("postgres");
			for (int i = 0; i + 1 < args.length; i++) {
				if (args[i].equals("-D")) {
					return Optional.of(postgres && Path.of(args[i + 1]).toAbsolutePath().normalize().equals(cluster));
				}
			}
			return Optional.of(false);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static void signal(long pid, String signal) throws IOException {
		try {
			new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while signalling " + pid, ex);
		}
	}

	private static boolean waitForExit(ProcessHandle process, Duration timeout) {
		// elapsed time, not the time of day: the province's clock may be set to another day
		long deadline = System.nanoTime() + timeout.toNanos();
		while (process.isAlive() && System.nanoTime() - deadline < 0) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return !process.isAlive();
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static void ensurePortFree(int port) {
		try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Port " + port + " is already in use by another program; set "
					+ "congvu.embedded-db.port to a free port.", ex);
		}
	}

	@Override
	public void close() throws IOException {
		try {
			postgres.close();
		}
		finally {
			lock.release();
			lockChannel.close();
			if (deleteOnClose) {
				org.springframework.util.FileSystemUtils.deleteRecursively(dataDir);
			}
		}
	}

}
