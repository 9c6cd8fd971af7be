package vn.congvu.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many wrong passwords a source (the client's address) may try, kept in the database so that every node of the
 * application counts alike. NIST SP 800-63B §5.2.2 asks to limit failed attempts without letting an attacker lock the
 * owner out:
 * <ul>
 * <li>{@value #PER_ACCOUNT_AND_SOURCE} wrong passwords for one account from one source hold that account back <em>for
 * that source</em> for {@link #HOLD} (even the right password is refused from there); the owner signs in from their
 * own address meanwhile. A success from the source clears its count.</li>
 * <li>{@code congvu.sign-in.source-failures} (default {@value #PER_SOURCE}) failures from one source within
 * {@link #HOLD}, whatever the accounts (known or not), hold the whole source back: guessing one password at many
 * accounts. Behind a proxy every client must be seen with its own address ({@code server.forward-headers-strategy}),
 * or they would share one.</li>
 * <li>Across all sources, {@link Account#MAX_CONSECUTIVE_FAILURES} wrong passwords in a row lock the account itself
 * (the limit of SP 800-63B) until an administrator resets its password or the operator runs
 * {@code ./congvu unlock-account NAME}.</li>
 * </ul>
 */
@Component
class SignInThrottle {

	static final int PER_ACCOUNT_AND_SOURCE = 5;

	/** The default of {@code congvu.sign-in.source-failures}. */
	static final int PER_SOURCE = 20;

	static final Duration HOLD = Duration.ofMinutes(15);

	/** Failures older than this are forgotten. */
	static final Duration KEPT = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final int perSource;

	SignInThrottle(JdbcClient jdbc, @Value("${congvu.sign-in.source-failures:" + PER_SOURCE + "}") int perSource) {
		this.jdbc = jdbc;
		this.perSource = perSource;
	}

	/** Whether the source is held back as a whole at {@code now}. */
	boolean sourceHeld(String source, Instant now) {
		return count("SELECT count(*) FROM identity.failed_sign_in WHERE source = :source AND at > :since", source, null,
				now) >= perSource;
	}

	/** Whether the account is held back for this source at {@code now}. */
	boolean accountHeld(long accountId, String source, Instant now) {
		return count("""
				SELECT count(*) FROM identity.failed_sign_in
				WHERE account_id = :account AND source = :source AND at > :since""", source, accountId,
				now) >= PER_ACCOUNT_AND_SOURCE;
	}

	/** Counts a failure (the account when it exists); forgets failures older than {@link #KEPT}. */
	void failed(@Nullable Long accountId, String source, Instant now) {
		jdbc.sql("INSERT INTO identity.failed_sign_in (account_id, source, at) VALUES (:account, :source, :at)")
			.param("account", accountId)
			.param("source", source)
			.param("at", Timestamp.from(now))
			.update();
		jdbc.sql("DELETE FROM identity.failed_sign_in WHERE at < :before")
			.param("before", Timestamp.from(now.minus(KEPT)))
			.update();
	}

	/** A right password from the source: its count for the account starts again. */
	void succeeded(long accountId, String source) {
		jdbc.sql("DELETE FROM identity.failed_sign_in WHERE account_id = :account AND source = :source")
			.param("account", accountId)
			.param("source", source)
			.update();
	}

	private long count(String sql, String source, @Nullable Long accountId, Instant now) {
		var statement = jdbc.sql(sql).param("source", source).param("since", Timestamp.from(now.minus(HOLD)));
		if (accountId != null) {
			statement = statement.param("account", accountId);
		}
		return statement.query(Long.class).single();
	}

}
