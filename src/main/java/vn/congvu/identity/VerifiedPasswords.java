package vn.congvu.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Remembers, for a short while, that a password was right, so that an API client sending its password with every
 * call (HTTP Basic) does not pay a BCrypt comparison (about a tenth of a second of a core) each time. Only successes
 * are remembered, so guessing stays as slow as before. What is kept is an HMAC of the password under a key made at
 * start-up and never stored, together with the account's password hash of that moment: a changed password (a new
 * hash) no longer matches. Locks, disabling and roles are still read from the account on every call.
 */
@Component
class VerifiedPasswords {

	private record Entry(byte[] mac, String passwordHash, Instant until) {
	}

	private static final int MAX_ENTRIES = 10_000;

	private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

	private final SecretKeySpec key;

	private final Duration remembered;

	private final Clock clock;

	VerifiedPasswords(Clock clock, @Value("${congvu.security.verified-password-ttl:2m}") Duration remembered) {
		var bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		this.key = new SecretKeySpec(bytes, "HmacSHA256");
		this.remembered = remembered;
		this.clock = clock;
	}

	/** Whether {@code password} was found right for the account, whose password hash is still {@code passwordHash}. */
	boolean known(String username, String password, String passwordHash) {
		var entry = entries.get(username);
		if (entry == null) {
			return false;
		}
		if (entry.until().isBefore(clock.instant()) || !entry.passwordHash().equals(passwordHash)) {
			entries.remove(username, entry);
			return false;
		}
		return MessageDigest.isEqual(entry.mac(), mac(username, password));
	}

	/** Remembers that {@code password} is right for the account as it is now. */
	void remember(String username, String password, String passwordHash) {
		if (remembered.isZero() || remembered.isNegative()) {
			return;
		}
		var now = clock.instant();
		if (entries.size() >= MAX_ENTRIES) {
			entries.values().removeIf(e -> e.until().isBefore(now));
			if (entries.size() >= MAX_ENTRIES) {
				entries.clear();
			}
		}
		entries.put(username, new Entry(mac(username, password), passwordHash, now.plus(remembered)));
	}

	/** Forgets the account's password: it changed, or the account was locked, disabled or removed. */
	void forget(String username) {
		entries.remove(username);
	}

	private byte[] mac(String username, String password) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			mac.update(username.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
