package vn.congvu.identity.web;

import org.jspecify.annotations.Nullable;

/** The account pages' form, as typed. */
class AccountForm {

	private @Nullable String username;

	private @Nullable String displayName;

	private @Nullable String password;

	private @Nullable String role;

	private @Nullable Long scopeUnitId;

	private @Nullable Long version;

	public @Nullable String getUsername() { return username; }
	public void setUsername(@Nullable String username) { this.username = username; }
	public @Nullable String getDisplayName() { return displayName; }
	public void setDisplayName(@Nullable String displayName) { this.displayName = displayName; }
	public @Nullable String getPassword() { return password; }
	public void setPassword(@Nullable String password) { this.password = password; }
	public @Nullable String getRole() { return role; }
	public void setRole(@Nullable String role) { this.role = role; }
	public @Nullable Long getScopeUnitId() { return scopeUnitId; }
	public void setScopeUnitId(@Nullable Long scopeUnitId) { this.scopeUnitId = scopeUnitId; }
	public @Nullable Long getVersion() { return version; }
	public void setVersion(@Nullable Long version) { this.version = version; }

}
