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
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
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

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock, Path dataDir,
			boolean deleteOnClose) {
		this.postgres = postgres;
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.dataDir = dataDir;
		this.deleteOnClose = deleteOnClose;
	}

	static EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties) throws IOException {
		if (!ROLE_NAME.matcher(properties.appRole()).matches()) {
			throw new IllegalStateException("congvu.embedded-db.app-role is not a plain role name: " + properties.appRole());
		}
		var dataDir = properties.dataDir().toAbsolutePath().normalize();
		Files.createDirectories(dataDir);
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
		try {
			stopOrphanedServer(cluster);
			int port = properties.port() == 0 ? freePort() : properties.port();
			ensurePortFree(port);
			long started = System.nanoTime();
			// zonky starts PostgreSQL with fsync and synchronous commit off, fine for tests but a machine crash could
			// then lose or corrupt committed data: the application's own database turns both back on.
			var durability = properties.durable() ? "on" : "off";
			var postgres = EmbeddedPostgres.builder()
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
				.setServerConfig("fsync", durability)
				.setServerConfig("synchronous_commit", durability)
				.setServerConfig("full_page_writes", durability)
				.start();
			var server = new EmbeddedPostgresServer(postgres, lockChannel, lock, dataDir, properties.deleteOnClose());
			server.prepareDatabase(properties.appRole());
			log.info("Embedded PostgreSQL on port {} with data in {} ready in {} ms", port, cluster,
					(System.nanoTime() - started) / 1_000_000);
			return server;
		}
		catch (IOException | RuntimeException ex) {
			lock.release();
			lockChannel.close();
			throw ex;
		}
	}

	int port() {
		return postgres.getPort();
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
	}

	/** A connection source for the database owner (a superuser here), used only for migrations. */
	DataSource ownerDataSource() {
		return postgres.getDatabase("postgres", DATABASE);
	}

	private void prepareDatabase(String appRole) {
		try (Connection c = postgres.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
			try (var rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
				if (!rs.next()) {
					st.execute("CREATE DATABASE " + DATABASE + " TEMPLATE template0 ENCODING 'UTF8'");
				}
			}
			try (var rs = st.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + appRole + "'")) {
				if (!rs.next()) {
					st.execute("CREATE ROLE " + appRole + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE");
				}
			}
			st.execute("GRANT CONNECT ON DATABASE " + DATABASE + " TO " + appRole);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare the embedded database", ex);
		}
	}

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
