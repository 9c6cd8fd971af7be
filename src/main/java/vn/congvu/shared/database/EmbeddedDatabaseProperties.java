package vn.congvu.shared.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL, used when no {@code spring.datasource.url} is configured.
 *
 * @param enabled whether to start it at all (it never starts when a datasource URL is set)
 * @param dataDir the folder that holds the database files; kept between runs
 * @param port the fixed port it listens on (loopback only); 0 picks a free one, for tests
 * @param appRole the login role the application uses; it owns nothing and cannot alter the audit log
 * @param startTimeout how long to wait for the server to accept connections
 * @param deleteOnClose remove the data folder when the server stops (tests only)
 * @param durable flush every commit to disk ({@code fsync}, synchronous commit); off only for throw-away test data
 * @param sharedBuffers PostgreSQL's own cache, in MB; 0 (the default) takes a quarter of the machine's memory, at
 *        least 128 and at most 2048, as PostgreSQL's guidance suggests for a server of its own
 */
@ConfigurationProperties("congvu.embedded-db")
public record EmbeddedDatabaseProperties(Boolean enabled, Path dataDir, Integer port, String appRole,
		Duration startTimeout, Boolean deleteOnClose, Boolean durable, Integer sharedBuffers) {

	public EmbeddedDatabaseProperties {
		enabled = enabled == null ? Boolean.TRUE : enabled;
		dataDir = dataDir == null ? Path.of("data") : dataDir;
		port = port == null ? 15432 : port;
		appRole = appRole == null ? "congvu_app" : appRole;
		startTimeout = startTimeout == null ? Duration.ofSeconds(60) : startTimeout;
		deleteOnClose = deleteOnClose == null ? Boolean.FALSE : deleteOnClose;
		durable = durable == null ? Boolean.TRUE : durable;
		sharedBuffers = sharedBuffers == null ? 0 : sharedBuffers;
	}

	/** The size of PostgreSQL's cache to ask for, in MB. */
	int sharedBuffersMb() {
		if (sharedBuffers > 0) {
			return sharedBuffers;
		}
		long total = java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
				? os.getTotalMemorySize() : 0;
		return (int) Math.max(128, Math.min(2048, total / 4 / (1024 * 1024)));
	}

}
