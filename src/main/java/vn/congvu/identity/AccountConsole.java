package vn.congvu.identity;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import vn.congvu.audit.AuditTrail;
import vn.congvu.shared.Caller;
import vn.congvu.shared.ProvinceClock;
import vn.congvu.shared.database.DatabaseTool;

/**
 * The operator's console command {@code ./congvu unlock-account NAME} ({@code java -jar congvu.jar unlock-account
 * NAME}): lifts every hold on an account, its own lock and the holds on the addresses that guessed at it, with the
 * application running or not. For the day the operator's own account is the one held and nobody can sign in to reset
 * it. Written to the audit log as the system at the console.
 */
public final class AccountConsole {

	static final String COMMAND = "unlock-account";

	private AccountConsole() {
	}

	public static boolean handles(String[] args) {
		return args.length >= 1 && args[0].equals(COMMAND);
	}

	public static void run(String[] args) throws Exception {
		if (args.length != 2 || args[1].isBlank()) {
			System.err.println("usage: congvu.jar unlock-account NAME");
			System.exit(2);
		}
		var name = args[1].strip();
		var at = ProvinceClock.forConsole().instant();
		var unlocked = new String[1];
		DatabaseTool.onDatabase(connection -> unlocked[0] = unlock(connection, name, at).orElse(null));
		if (unlocked[0] == null) {
			System.err.println("No account named " + name);
			System.exit(1);
		}
		System.out.println("Account " + unlocked[0] + " unlocked: it signs in again with its password.");
	}

	/** Unlocks the account named {@code name} (any case); its name as stored, or empty if there is none. */
	static Optional<String> unlock(Connection connection, String name, Instant at) throws SQLException {
		long id;
		String username;
		try (var update = connection.prepareStatement("""
				UPDATE identity.account SET failed_attempts = 0, locked_until = NULL, version = version + 1
				WHERE lower(username) = lower(?) RETURNING id, username""")) {
			update.setString(1, name);
			try (var rs = update.executeQuery()) {
				if (!rs.next()) {
					return Optional.empty();
				}
				id = rs.getLong(1);
				username = rs.getString(2);
			}
		}
		try (var delete = connection.prepareStatement("DELETE FROM identity.failed_sign_in WHERE account_id = ?")) {
			delete.setLong(1, id);
			delete.executeUpdate();
		}
		AuditTrail.recordFromConsole(connection, at, Caller.SYSTEM + " (console)", "Account", Long.toString(id),
				"ACCOUNT_UNLOCKED");
		return Optional.of(username);
	}

}
