package vn.congvu.identity.rest;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.congvu.identity.AccountAdministration;
import vn.congvu.identity.AccountView;
import vn.congvu.shared.Role;

/** Accounts over the API, for the operator and for Home Affairs within its scope. */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts", description = "Accounts, roles and scopes")
class AccountRestController {

	record AccountBody(String username, @Nullable String displayName, String password, Role role,
			@Nullable Long scopeUnitId) {
	}

	record PasswordBody(String password) {
	}

	record AssignmentBody(Role role, @Nullable Long scopeUnitId, @Nullable Long version) {
	}

	private final AccountAdministration administration;

	AccountRestController(AccountAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	@Operation(summary = "The accounts within the caller's reach")
	List<AccountView> accounts() {
		return administration.accounts();
	}

	@GetMapping("/{id}")
	AccountView account(@PathVariable long id) {
		return administration.account(id);
	}

	@PostMapping
	@Operation(summary = "Create an account with a role and a scope (an organisation unit)")
	ResponseEntity<AccountView> create(@RequestBody AccountBody body) {
		var created = administration.create(new AccountAdministration.CreateAccount(body.username(),
				body.displayName() == null || body.displayName().isBlank() ? body.username() : body.displayName(),
				body.password(), body.role(), body.scopeUnitId()));
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + created.id())).body(created);
	}

	@PostMapping("/{id}/disable")
	AccountView disable(@PathVariable long id) {
		return administration.disable(id);
	}

	@PostMapping("/{id}/enable")
	AccountView enable(@PathVariable long id) {
		return administration.enable(id);
	}

	@PostMapping("/{id}/password")
	@Operation(summary = "Reset an account's password (also lifts a lockout)")
	AccountView password(@PathVariable long id, @RequestBody PasswordBody body) {
		return administration.resetPassword(id, body == null ? null : body.password());
	}

	@PutMapping("/{id}/assignment")
	@Operation(summary = "Change an account's role and scope")
	AccountView assignment(@PathVariable long id, @RequestBody AssignmentBody body) {
		return administration.changeAssignment(
				new AccountAdministration.ChangeAssignment(id, body.role(), body.scopeUnitId(), body.version()));
	}

}
