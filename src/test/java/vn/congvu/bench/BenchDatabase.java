package vn.congvu.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import vn.congvu.shared.database.EmbeddedCredentials;

/**
 * The benches' way into the embedded database of the application they measure: as its superuser (they move rows
 * around with checks off, which the application's roles may not), with the password kept in the data folder that
 * {@code -Dcongvu.bench.data-dir} names.
 */
final class BenchDatabase {

	private BenchDatabase() {
	}

	static Connection connect(int port) throws Exception {
		var dataDir = System.getProperty("congvu.bench.data-dir");
		if (dataDir == null) {
			throw new IllegalStateException("Run with -Dcongvu.bench.data-dir=the application's data folder");
		}
		var password = EmbeddedCredentials.read(Path.of(dataDir)).password(EmbeddedCredentials.SUPERUSER);
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/congvu",
				EmbeddedCredentials.SUPERUSER, password);
	}

}
