package vn.congvu.shared;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is asking: the signed-in account's name, role and scope (the root of the organisation subtree it may see;
 * {@code null} for an operator without personnel scope). Modules read it here instead of depending on identity.
 */
public record Caller(long accountId, String username, Role role, @Nullable Long scopeUnitId)
		implements java.io.Serializable {

	/** The name written to audit and history rows for work that no signed-in person started (start-up, jobs). */
	public static final String SYSTEM = "system";

	/** Implemented by the principal that identity puts in the security context. */
	public interface Source {

		Caller caller();

	}

	public static Optional<Caller> current() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Source source) {
			return Optional.of(source.caller());
		}
		return Optional.empty();
	}

	public static String currentUsername() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return SYSTEM;
		}
		return authentication.getName();
	}

	public boolean hasRole(Role wanted) {
		return role == wanted;
	}

}
