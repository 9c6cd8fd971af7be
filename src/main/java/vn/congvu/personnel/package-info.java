/**
 * The official's record and career: personnel actions with effective dates, employment history, and the dates the law
 * derives from them (next regular salary step, retirement). Depends on identity only to check that a record is
 * linked to an official's account.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personnel",
		allowedDependencies = { "shared", "organization", "catalog", "position", "audit", "identity" })
@org.jspecify.annotations.NullMarked
package vn.congvu.personnel;
