package vn.congvu.identity;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.audit.AuditTrail;

/**
 * Checks a user name and password and keeps the count of failures. Every outcome that is not a success looks the same
 * from outside (unknown user, wrong password, locked, disabled), and takes about the same time, so that sign-in tells
 * an attacker nothing. Runs in its own transaction so that a failure is counted even though sign-in fails.
 */
@Service
class SignInDesk {

	/** A hash of a random password, checked for unknown users so that they take as long as known ones. */
	private final String decoyHash;

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final Clock clock;

	private final VerifiedPasswords verified;

	private final SignInThrottle throttle;

	SignInDesk(Accounts accounts, PasswordEncoder passwords, AuditTrail audit, Clock clock, VerifiedPasswords verified,
			SignInThrottle throttle) {
		this.throttle = throttle;
		this.verified = verified;
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
		this.decoyHash = passwords.encode(java.util.UUID.randomUUID().toString());
	}

	/**
	 * Signs in from {@code source} (the client's address): the principal, or empty for every refusal alike. A source
	 * held back by {@link SignInThrottle} is refused before the password counts.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Optional<AccountPrincipal> attempt(String username, String typed, String source) {
		var password = PasswordPolicy.normalized(typed);
		var now = clock.instant();
		var found = accounts.findForSignIn(username == null ? "" : username.strip());
		if (found.isEmpty()) {
			passwords.matches(password, decoyHash);
			if (!throttle.sourceHeld(source, now)) {
				throttle.failed(null, source, now);
			}
			// the typed name is not kept: people type passwords into it
			audit.record("(unknown)", "Account", null, "LOGIN_FAILED", null, Map.of("reason", "unknown user"));
			return Optional.empty();
		}
		var account = found.get();
		boolean matches = verified.known(account.username(), password, account.passwordHash())
				|| passwords.matches(password, account.passwordHash());
		if (throttle.sourceHeld(source, now) || throttle.accountHeld(account.id(), source, now)) {
			verified.forget(account.username());
			audit.record(account.username(), "Account", Long.toString(account.id()), "LOGIN_REFUSED", null,
					Map.of("reason", "too many failures from this address"));
			return Optional.empty();
		}
		if (account.isLockedAt(now)) {
			verified.forget(account.username());
			audit.record(account.username(), "Account", Long.toString(account.id()), "LOGIN_REFUSED", null,
					Map.of("reason", "locked"));
			return Optional.empty();
		}
		if (!account.enabled()) {
			verified.forget(account.username());
			audit.record(account.username(), "Account", Long.toString(account.id()), "LOGIN_REFUSED", null,
					Map.of("reason", "disabled"));
			return Optional.empty();
		}
		if (!matches) {
			throttle.failed(account.id(), source, now);
			account.recordFailure(now);
			accounts.saveAndFlush(account);
			if (account.isLockedAt(now)) {
				audit.record(account.username(), "Account", Long.toString(account.id()), "ACCOUNT_LOCKED", null,
						Map.of("until", String.valueOf(account.lockedUntil())));
			}
			else if (throttle.accountHeld(account.id(), source, now)) {
				audit.record(account.username(), "Account", Long.toString(account.id()), "ACCOUNT_HELD_FOR_SOURCE",
						null, Map.of("minutes", SignInThrottle.HOLD.toMinutes()));
			}
			return Optional.empty();
		}
		throttle.succeeded(account.id(), source);
		if (account.failedAttempts() > 0 || account.lockedUntil() != null) {
			account.recordSuccess();
			accounts.saveAndFlush(account);
		}
		verified.remember(account.username(), password, account.passwordHash());
		return Optional.of(new AccountPrincipal(account.caller(), account.displayName()));
	}

}
