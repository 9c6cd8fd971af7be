package vn.congvu.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.congvu.shared.Caller;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.Role;
import vn.congvu.shared.Texts;

/**
 * An account that signs in. Created enabled by an administrator (or at first start, the operator {@code admin});
 * may be disabled, have its password reset, its role and scope changed. Wrong passwords are held back by source
 * ({@link SignInThrottle}); after {@link #MAX_CONSECUTIVE_FAILURES} in a row from anywhere the account itself is locked
 * for {@link #LOCK_DURATION}, even to the right password, unless an administrator resets its password or the operator
 * unlocks it sooner.
 */
@Entity
@Table(name = "account", schema = "identity")
class Account {

	/** NIST SP 800-63B §5.2.2: no more than 100 consecutive failed attempts on one account. */
	static final int MAX_CONSECUTIVE_FAILURES = 100;

	static final Duration LOCK_DURATION = Duration.ofHours(24);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String username;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private @Nullable Long scopeUnitId;

	private boolean enabled;

	private int failedAttempts;

	private @Nullable Instant lockedUntil;

	private Instant passwordChangedAt;

	private Instant createdAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway")
	protected Account() {
	}

	Account(Username username, String displayName, String passwordHash, Role role, @Nullable Long scopeUnitId,
			Instant now) {
		this.username = username.value();
		this.displayName = checkDisplayName(displayName);
		this.passwordHash = passwordHash;
		assign(role, scopeUnitId);
		this.enabled = true;
		this.passwordChangedAt = now;
		this.createdAt = now;
	}

	private static String checkDisplayName(String displayName) {
		if (displayName == null || displayName.isBlank()) {
			throw new InvalidInputException("displayName", "identity.account.displayName.required");
		}
		var stripped = Texts.clean(displayName);
		if (stripped.length() > 120) {
			throw new InvalidInputException("displayName", "identity.account.displayName.tooLong", 120);
		}
		return stripped;
	}

	void assign(Role role, @Nullable Long scopeUnitId) {
		if (role == null) {
			throw new InvalidInputException("role", "identity.account.role.required");
		}
		if (role != Role.SYSTEM_ADMIN && scopeUnitId == null) {
			throw new InvalidInputException("scopeUnitId", "identity.account.scope.required");
		}
		this.role = role;
		this.scopeUnitId = scopeUnitId;
	}

	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.passwordChangedAt = now;
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	/** A wrong password: the hundredth in a row locks the account and starts a fresh count for after the lock. */
	void recordFailure(Instant now) {
		if (isLockedAt(now)) {
			return;
		}
		failedAttempts++;
		if (failedAttempts >= MAX_CONSECUTIVE_FAILURES) {
			lockedUntil = now.plus(LOCK_DURATION);
			failedAttempts = 0;
		}
	}

	void recordSuccess() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	long id() {
		return Objects.requireNonNull(id);
	}

	String username() {
		return username;
	}

	String displayName() {
		return displayName;
	}

	String passwordHash() {
		return passwordHash;
	}

	Role role() {
		return role;
	}

	@Nullable
	Long scopeUnitId() {
		return scopeUnitId;
	}

	boolean enabled() {
		return enabled;
	}

	int failedAttempts() {
		return failedAttempts;
	}

	@Nullable
	Instant lockedUntil() {
		return lockedUntil;
	}

	long version() {
		return version;
	}

	Caller caller() {
		return new Caller(id(), username, role, scopeUnitId);
	}

	AccountView view(@Nullable String scopeUnitName, Instant now) {
		return new AccountView(id(), username, displayName, role, scopeUnitId, scopeUnitName, enabled,
				isLockedAt(now), version);
	}

}
