package vn.congvu.shared.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The backup and restore commands ({@code java -jar congvu.jar backup FILE}, {@code ... restore FILE}). They use
 * PostgreSQL's own {@code pg_dump} and {@code pg_restore} (custom format: compressed, restorable table by table).
 * <ul>
 * <li>External database: {@code SPRING_DATASOURCE_URL} names it; the owner's credentials come from
 * {@code CONGVU_DB_OWNER_USER}/{@code CONGVU_DB_OWNER_PASSWORD} (else {@code SPRING_FLYWAY_USER}/{@code _PASSWORD},
 * else {@code SPRING_DATASOURCE_USERNAME}/{@code _PASSWORD}).</li>
 * <li>Embedded database (the default): if the application is running, a backup reads from its server; otherwise the
 * tool starts the embedded server on the data folder for the time of the command. A restore needs the application
 * stopped. Both connect as the database owner, with the password kept in the data folder.</li>
 * </ul>
 * A restore replaces the whole database content in one transaction: it all lands, or nothing changes.
 */
public final class DatabaseTool {

	private DatabaseTool() {
	}

	public static boolean handles(String[] args) {
		return args.length >= 1 && (args[0].equals("backup") || args[0].equals("restore"));
	}

	public static void run(String[] args) throws Exception {
		quiet();
		if (args.length != 2) {
			System.err.println("usage: congvu.jar backup FILE | restore FILE");
			System.exit(2);
		}
		var file = Path.of(args[1]).toAbsolutePath();
		boolean backup = args[0].equals("backup");
		if (!backup && !Files.isRegularFile(file)) {
			System.err.println("No backup file at " + file);
			System.exit(2);
		}
		withTarget(!backup, "restoring a backup", target -> perform(backup, target, file));
	}

	/** Work a console command does on the database. */
	@FunctionalInterface
	public interface Work {

		void run(java.sql.Connection owner) throws Exception;

	}

	/**
	 * Runs a console command's work in one transaction on a connection of the database owner: the external database
	 * ({@code SPRING_DATASOURCE_URL}), the embedded server of the application running on the data folder, or the
	 * embedded server started on it for the time of the command.
	 */
	public static void onDatabase(Work work) throws Exception {
		quiet();
		withTarget(false, "", target -> {
			try (var connection = java.sql.DriverManager.getConnection(target.jdbcUrl(), target.user(),
					target.password())) {
				connection.setAutoCommit(false);
				work.run(connection);
				connection.commit();
			}
		});
	}

	@FunctionalInterface
	private interface TargetWork {

		void run(DatabaseTarget target) throws Exception;

	}

	/** {@code exclusive}: the work needs the application stopped ({@code why} says what it is). */
	private static void withTarget(boolean exclusive, String why, TargetWork work) throws Exception {
		var external = env("SPRING_DATASOURCE_URL");
		if (external != null) {
			work.run(DatabaseTarget.fromJdbcUrl(external, ownerUser(), ownerPassword()));
			return;
		}
		var dataDir = Path.of(Optional.ofNullable(env("CONGVU_EMBEDDED_DB_DATA_DIR")).orElse("data")).toAbsolutePath();
		var running = runningServerPort(dataDir);
		if (running.isPresent()) {
			if (exclusive) {
				System.err.println("CôngVụ is running on " + dataDir + "; stop it before " + why + ".");
				System.exit(1);
			}
			work.run(new DatabaseTarget("localhost", running.get(), EmbeddedPostgresServer.DATABASE,
					EmbeddedCredentials.OWNER, EmbeddedCredentials.read(dataDir).password(EmbeddedCredentials.OWNER)));
			return;
		}
		var port = Integer.parseInt(Optional.ofNullable(env("CONGVU_EMBEDDED_DB_PORT")).orElse("15432"));
		var properties = new EmbeddedDatabaseProperties(true, dataDir, port, null, null, false, true, null);
		try (var server = EmbeddedPostgresServer.start(properties)) {
			work.run(server.ownerTarget());
		}
	}

	/** No Spring here to configure logging: the server's start and stop chatter stays out of the command's output. */
	private static void quiet() {
		if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
			root.setLevel(ch.qos.logback.classic.Level.WARN);
		}
	}

	static void perform(boolean backup, DatabaseTarget target, Path file) throws IOException, InterruptedException {
		if (backup) {
			backup(target, file);
			System.out.println("Backup written to " + file + " (" + Files.size(file) + " bytes)");
		}
		else {
			restore(target, file);
			System.out.println("Restored " + file + " into " + target.database() + " on " + target.host() + ":"
					+ target.port());
		}
	}

	/** Writes the whole database to {@code file} in pg_dump's custom format. */
	static void backup(DatabaseTarget target, Path file) throws IOException, InterruptedException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		var partial = file.resolveSibling(file.getFileName() + ".partial");
		execute(target, List.of(client("pg_dump"), "--format=custom", "--no-password", "--file=" + partial,
				"--host=" + target.host(), "--port=" + target.port(), "--username=" + target.user(),
				target.database()));
		Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Replaces the database's content with the backup, in one transaction. Everything restored belongs to the owner
	 * that restores it ({@code --no-owner}); default privileges that another role had set (the superuser, in a backup
	 * of an earlier version's database) are left out, since only that role may set them.
	 */
	static void restore(DatabaseTarget target, Path file) throws IOException, InterruptedException {
		var contents = run(target, List.of(client("pg_restore"), "--list", file.toString()));
		var kept = new ArrayList<String>();
		for (var line : contents.split("\n")) {
			var item = line.strip();
			if (!(item.contains(" DEFAULT ACL ") && !item.endsWith(" " + target.user()))) {
				kept.add(line);
			}
		}
		var list = Files.createTempFile("congvu-restore-", ".list");
		try {
			Files.write(list, kept, StandardCharsets.UTF_8);
			execute(target, List.of(client("pg_restore"), "--clean", "--if-exists", "--no-owner",
					"--single-transaction", "--exit-on-error", "--no-password", "--use-list=" + list,
					"--host=" + target.host(), "--port=" + target.port(), "--username=" + target.user(),
					"--dbname=" + target.database(), file.toString()));
		}
		finally {
			Files.deleteIfExists(list);
		}
	}

	private static void execute(DatabaseTarget target, List<String> command) throws IOException, InterruptedException {
		run(target, command);
	}

	/** Runs a client program; its output, or an exception with it when it fails. */
	private static String run(DatabaseTarget target, List<String> command) throws IOException, InterruptedException {
		var builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
		builder.environment().putAll(target.clientEnvironment());
		var process = builder.start();
		var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int exit = process.waitFor();
		if (exit != 0) {
			throw new IOException(command.get(0) + " failed (exit " + exit + "):\n" + output);
		}
		return output;
	}

	/** PostgreSQL 15's client programs (Debian's postgresql-client-15), which match the embedded server. */
	static String client(String name) {
		for (var candidate : List.of("/usr/lib/postgresql/15/bin/" + name, "/usr/bin/" + name)) {
			if (Files.isExecutable(Path.of(candidate))) {
				return candidate;
			}
		}
		return name;
	}

	/** The port of the server a live application runs on {@code dataDir}, if one does. */
	static Optional<Integer> runningServerPort(Path dataDir) throws IOException {
		var lockFile = dataDir.resolve("congvu.lock");
		if (!Files.exists(lockFile)) {
			return Optional.empty();
		}
		try (var channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			var lock = channel.tryLock();
			if (lock != null) {
				lock.release();
				return Optional.empty();
			}
		}
		var pid = dataDir.resolve("pg").resolve("postmaster.pid");
		var lines = Files.readAllLines(pid, StandardCharsets.UTF_8);
		return Optional.of(Integer.parseInt(lines.get(3).strip()));
	}

	private static String ownerUser() {
		for (var name : List.of("CONGVU_DB_OWNER_USER", "SPRING_FLYWAY_USER", "SPRING_DATASOURCE_USERNAME")) {
			if (env(name) != null) {
				return env(name);
			}
		}
		return "postgres";
	}

	private static @Nullable String ownerPassword() {
		if (env("CONGVU_DB_OWNER_USER") != null) {
			return env("CONGVU_DB_OWNER_PASSWORD");
		}
		if (env("SPRING_FLYWAY_USER") != null) {
			return env("SPRING_FLYWAY_PASSWORD");
		}
		return env("SPRING_DATASOURCE_PASSWORD");
	}

	private static @Nullable String env(String name) {
		var value = System.getenv(name);
		return value == null || value.isBlank() ? null : value;
	}

}
