package vn.congvu.identity;

import org.jspecify.annotations.Nullable;

import vn.congvu.shared.Role;

/** An account as administrators and the API see it (never its password). */
public record AccountView(long id, String username, String displayName, Role role, @Nullable Long scopeUnitId,
		@Nullable String scopeUnitName, boolean enabled, boolean locked, long version) {
}
