/**
 * Accounts, roles and scopes: who signs in, what they may do, which organisation subtree they may see. Sign-in with
 * lockout after repeated failures, sessions shared through PostgreSQL, and the administration of accounts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
		allowedDependencies = { "shared", "organization", "audit" })
@org.jspecify.annotations.NullMarked
package vn.congvu.identity;
