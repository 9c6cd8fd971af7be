package vn.congvu.shared.database;

import java.net.URI;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Where a backup is taken from or restored to, with the database owner's credentials (the application's own role
 * may not read or rewrite everything, on purpose).
 */
record DatabaseTarget(String host, int port, String database, String user, @Nullable String password) {

	/**
	 * Reads a {@code jdbc:postgresql://host:port/database} URL.
	 */
	static DatabaseTarget fromJdbcUrl(String jdbcUrl, String user, @Nullable String password) {
		if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
			throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
		}
		var uri = URI.create(jdbcUrl.substring("jdbc:".length()));
		var path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
		return new DatabaseTarget(uri.getHost() == null ? "localhost" : uri.getHost(),
				uri.getPort() < 0 ? 5432 : uri.getPort(), path.isEmpty() ? "postgres" : path, user, password);
	}

	/** The environment for the PostgreSQL client programs. */
	Map<String, String> clientEnvironment() {
		return password == null ? Map.of() : Map.of("PGPASSWORD", password);
	}

	String jdbcUrl() {
		return "jdbc:postgresql://" + host + ":" + port + "/" + database;
	}

}
