package vn.congvu.identity.rest;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.organization.UnitView;
import vn.congvu.shared.Caller;
import vn.congvu.shared.Role;

/** Who the caller is. */
@RestController
@Tag(name = "Accounts")
class MeRestController {

	record Me(long id, String username, Role role, @Nullable Long scopeUnitId, @Nullable String scopeUnitName) {
	}

	private final UnitDirectory units;

	private final Clock clock;

	MeRestController(UnitDirectory units, Clock clock) {
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "The caller's account, role and scope")
	Me me() {
		var caller = Caller.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
		var scopeName = caller.scopeUnitId() == null ? null
				: units.unit(caller.scopeUnitId(), LocalDate.now(clock)).map(UnitView::name).orElse(null);
		return new Me(caller.accountId(), caller.username(), caller.role(), caller.scopeUnitId(), scopeName);
	}

}
