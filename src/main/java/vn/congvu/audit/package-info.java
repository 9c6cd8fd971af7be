/**
 * The audit log (every write: who, when, from where, what, before and after) and the access log (every opening of
 * a personal record by someone other than its owner). Both are append-only, enforced by the database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "shared", "organization" })
@org.jspecify.annotations.NullMarked
package vn.congvu.audit;
