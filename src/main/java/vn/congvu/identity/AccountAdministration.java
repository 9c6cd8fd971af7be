package vn.congvu.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.organization.UnitDirectory;
import vn.congvu.organization.UnitView;
import vn.congvu.shared.Caller;
import vn.congvu.shared.ConflictException;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.Role;

/**
 * Administration of accounts. The operator manages every account. Home Affairs manages accounts whose scope lies
 * inside its own, and can give no role above its own ({@code SYSTEM_ADMIN}, or {@code HOME_AFFAIRS} beyond its scope).
 * Accounts outside the caller's reach look like accounts that do not exist. Nobody disables their own account.
 * Disabling an account or resetting its password ends its open sessions on every node.
 */
@Service
@Transactional
public class AccountAdministration {

	/**
	 * The demo province's password, published in the README: only the accounts the demo provisions carry it, and no
	 * other account may take it.
	 */
	public static final String DEMO_PASSWORD = "Demo@2021!";

	public record CreateAccount(String username, String displayName, String password, Role role,
			@Nullable Long scopeUnitId) {
	}

	public record ChangeAssignment(long accountId, Role role, @Nullable Long scopeUnitId, Long expectedVersion) {
	}

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final UnitDirectory units;

	private final Clock clock;

	private final SignedInSessions sessions;

	AccountAdministration(Accounts accounts, PasswordEncoder passwords, UnitDirectory units, Clock clock,
			SignedInSessions sessions) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.units = units;
		this.clock = clock;
		this.sessions = sessions;
	}

	@Transactional(readOnly = true)
	public List<AccountView> accounts() {
		var caller = requireAdministrator();
		var today = LocalDate.now(clock);
		var reach = reachOf(caller);
		var found = reach == null ? accounts.findAllByOrderByUsername()
				: reach.isEmpty() ? List.<Account>of() : accounts.findByScopeUnitIdInOrderByUsername(reach);
		return found.stream().map(a -> view(a, today)).toList();
	}

	/**
	 * Whether the account is a person's (an official's, or an HR officer's, Home Affairs' or a leader's, who are
	 * officials too) and enabled: such an account may be linked to its owner's record, so that nobody acts on their
	 * own case. A system administrator's account is technical and belongs to no record.
	 */
	@Transactional(readOnly = true)
	public boolean isPersonalAccount(String username) {
		return accounts.findByUsername(username).filter(a -> a.role() != Role.SYSTEM_ADMIN && a.enabled()).isPresent();
	}

	@Transactional(readOnly = true)
	public AccountView account(long id) {
		return view(reachable(id), LocalDate.now(clock));
	}

	public AccountView create(CreateAccount command) {
		var caller = requireAdministrator();
		var username = new Username(command.username());
		if (accounts.findByUsername(username.value()).isPresent()) {
			throw new InvalidInputException("username", "identity.username.taken", username.value());
		}
		checkAssignable(caller, command.role(), command.scopeUnitId());
		var password = PasswordPolicy.check(command.password(), username.value(), "password");
		var account = accounts.saveAndFlush(new Account(username, command.displayName(), passwords.encode(password),
				command.role(), command.scopeUnitId(), clock.instant()));
		return view(account, LocalDate.now(clock));
	}

	public AccountView disable(long id) {
		var caller = requireAdministrator();
		var account = changeable(id);
		if (account.id() == caller.accountId()) {
			throw new ConflictException("identity.account.cannotDisableSelf");
		}
		account.disable();
		var saved = accounts.saveAndFlush(account);
		sessions.endAll(saved.username());
		return view(saved, LocalDate.now(clock));
	}

	public AccountView enable(long id) {
		var account = changeable(id);
		account.enable();
		return view(accounts.saveAndFlush(account), LocalDate.now(clock));
	}

	/** Sets a new password; it also lifts a lock, since an administrator vouched for the person. */
	public AccountView resetPassword(long id, String newPassword) {
		var account = changeable(id);
		var password = PasswordPolicy.check(newPassword, account.username(), "password");
		account.changePassword(passwords.encode(password), clock.instant());
		var saved = accounts.saveAndFlush(account);
		sessions.endAll(saved.username());
		return view(saved, LocalDate.now(clock));
	}

	public AccountView changeAssignment(ChangeAssignment command) {
		var caller = requireAdministrator();
		var account = changeable(command.accountId());
		if (command.expectedVersion() != null && command.expectedVersion() != account.version()) {
			throw new ConflictException("identity.account.changedMeanwhile", account.username());
		}
		if (account.id() == caller.accountId() && command.role() != account.role()) {
			throw new ConflictException("identity.account.cannotChangeOwnRole");
		}
		checkAssignable(caller, command.role(), command.scopeUnitId());
		account.assign(command.role(), command.scopeUnitId());
		var saved = accounts.saveAndFlush(account);
		sessions.endAll(saved.username());
		return view(saved, LocalDate.now(clock));
	}

	/**
	 * Sets up an account at start-up, without a signed-in administrator: the first operator, the demo accounts. Not
	 * for requests: it checks no caller. Returns the existing account if the name is taken. The password follows the
	 * policy, but for the demo's published one ({@link #DEMO_PASSWORD}).
	 */
	public AccountView provision(CreateAccount command) {
		var username = new Username(command.username());
		var existing = accounts.findByUsername(username.value());
		if (existing.isPresent()) {
			return view(existing.get(), LocalDate.now(clock));
		}
		if (!DEMO_PASSWORD.equals(command.password())) {
			PasswordPolicy.check(command.password(), username.value(), "password");
		}
		var account = accounts.saveAndFlush(new Account(username, command.displayName(),
				passwords.encode(command.password()), command.role(), command.scopeUnitId(), clock.instant()));
		return view(account, LocalDate.now(clock));
	}

	private Caller requireAdministrator() {
		var caller = Caller.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
		if (caller.role() != Role.SYSTEM_ADMIN && caller.role() != Role.HOME_AFFAIRS) {
			throw new AccessDeniedException("accounts are managed by the operator and Home Affairs");
		}
		return caller;
	}

	/** The scope units within the caller's reach, or {@code null} for the operator's unlimited reach. */
	private @Nullable Set<Long> reachOf(Caller caller) {
		if (caller.role() == Role.SYSTEM_ADMIN) {
			return null;
		}
		return caller.scopeUnitId() == null ? Set.of() : units.scopeOf(caller.scopeUnitId());
	}

	private Account reachable(long id) {
		var caller = requireAdministrator();
		var account = accounts.findById(id).orElseThrow(() -> new NotFoundException("identity.account.notFound", id));
		var reach = reachOf(caller);
		if (reach != null && (account.scopeUnitId() == null || !reach.contains(account.scopeUnitId()))) {
			throw new NotFoundException("identity.account.notFound", id);
		}
		if (caller.role() == Role.HOME_AFFAIRS && account.role() == Role.SYSTEM_ADMIN) {
			throw new NotFoundException("identity.account.notFound", id);
		}
		return account;
	}

	/**
	 * An account the caller may change: within reach, and for Home Affairs not another Home Affairs account (a peer's
	 * or superior's password and role are the operator's business).
	 */
	private Account changeable(long id) {
		var caller = requireAdministrator();
		var account = reachable(id);
		if (caller.role() == Role.HOME_AFFAIRS && account.role() == Role.HOME_AFFAIRS && account.id() != caller.accountId()) {
			throw new AccessDeniedException("Home Affairs accounts are changed by the operator");
		}
		return account;
	}

	private void checkAssignable(Caller caller, Role role, @Nullable Long scopeUnitId) {
		if (role == null) {
			throw new InvalidInputException("role", "identity.account.role.required");
		}
		if (role != Role.SYSTEM_ADMIN && scopeUnitId == null) {
			throw new InvalidInputException("scopeUnitId", "identity.account.scope.required");
		}
		if (scopeUnitId != null && !units.existsOn(scopeUnitId, LocalDate.now(clock))) {
			throw new InvalidInputException("scopeUnitId", "organization.unit.notFound", scopeUnitId);
		}
		if (caller.role() == Role.HOME_AFFAIRS) {
			if (role == Role.SYSTEM_ADMIN) {
				throw new AccessDeniedException("Home Affairs cannot create operators");
			}
			var root = caller.scopeUnitId();
			if (root == null || scopeUnitId == null || !units.inScopeOn(root, scopeUnitId, LocalDate.now(clock))) {
				throw new InvalidInputException("scopeUnitId", "identity.account.scope.outside");
			}
		}
	}

	private AccountView view(Account account, LocalDate today) {
		var scopeName = account.scopeUnitId() == null ? null
				: units.unit(account.scopeUnitId(), today).map(UnitView::name).orElse(null);
		return account.view(scopeName, clock.instant());
	}

}
