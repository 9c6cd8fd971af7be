package vn.congvu.shared.database;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The passwords of the embedded PostgreSQL's three roles, generated when its cluster is created and kept in the file
 * {@code passwords} of the data folder. The folder is 0700 and the file 0600: only the operating-system user that runs
 * CôngVụ can read them, and the server accepts no connection without one (SCRAM-SHA-256 on every line of
 * {@code pg_hba.conf}).
 * <ul>
 * <li>{@value #SUPERUSER}: the cluster's superuser, only for preparing the cluster at start and for an operator's
 * maintenance by hand; the application never connects with it;</li>
 * <li>{@value #OWNER}: owns the database and everything in it; runs the migrations and the console commands
 * (backup, restore, unlocking an account);</li>
 * <li>the application's role ({@code congvu.embedded-db.app-role}): reads and writes, owns nothing.</li>
 * </ul>
 */
public final class EmbeddedCredentials {

	public static final String SUPERUSER = "postgres";

	public static final String OWNER = "congvu_owner";

	static final String FILE = "passwords";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Map<String, String> passwords;

	private EmbeddedCredentials(Map<String, String> passwords) {
		this.passwords = Map.copyOf(passwords);
	}

	/** Fresh random passwords for the superuser, the owner and {@code appRole}. */
	static EmbeddedCredentials generate(String appRole) {
		var passwords = new LinkedHashMap<String, String>();
		for (var role : new String[] { SUPERUSER, OWNER, appRole }) {
			passwords.put(role, newPassword());
		}
		return new EmbeddedCredentials(passwords);
	}

	/** 192 random bits, in letters, digits, '-' and '_'. */
	private static String newPassword() {
		var bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The passwords kept in the data folder {@code dataDir}, for tools that reach the embedded server from outside. */
	public static EmbeddedCredentials read(Path dataDir) throws IOException {
		var file = dataDir.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			throw new IOException("No " + FILE + " file in " + dataDir + ": its database was not created by this "
					+ "version of CôngVụ, or the file was removed");
		}
		var properties = new Properties();
		try (Reader reader = new StringReader(Files.readString(file, StandardCharsets.UTF_8))) {
			properties.load(reader);
		}
		var passwords = new LinkedHashMap<String, String>();
		properties.stringPropertyNames().forEach(name -> passwords.put(name, properties.getProperty(name)));
		return new EmbeddedCredentials(passwords);
	}

	static boolean exist(Path dataDir) {
		return Files.isRegularFile(dataDir.resolve(FILE));
	}

	/** The password of {@code role}; fails when the file does not name it. */
	public String password(String role) {
		var password = passwords.get(role);
		if (password == null) {
			throw new IllegalStateException("The " + FILE + " file of the embedded database has no password for "
					+ role);
		}
		return password;
	}

	boolean has(String role) {
		return passwords.containsKey(role);
	}

	/** A copy that also holds a fresh password for {@code role}. */
	EmbeddedCredentials with(String role) {
		var more = new LinkedHashMap<>(passwords);
		more.put(role, newPassword());
		return new EmbeddedCredentials(more);
	}

	/** Writes the file atomically, readable by its owner only. */
	void write(Path dataDir) throws IOException {
		var properties = new Properties();
		properties.putAll(passwords);
		var text = new StringWriter();
		properties.store(text, "Passwords of the embedded PostgreSQL's roles. Keep this file private.");
		var file = dataDir.resolve(FILE);
		var partial = privateFile(dataDir.resolve(FILE + ".partial"));
		Files.writeString(partial, text.toString(), StandardCharsets.UTF_8);
		Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** An empty file that only its owner may read or write (0600), created anew. */
	static Path privateFile(Path file) throws IOException {
		Files.deleteIfExists(file);
		if (posix()) {
			return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		return Files.createFile(file);
	}

	/** Makes {@code folder} reachable by its owner only (0700). */
	static void ownerOnly(Path folder) throws IOException {
		if (posix()) {
			Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
		}
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

	@Override
	public String toString() {
		return "EmbeddedCredentials" + passwords.keySet();
	}

}
