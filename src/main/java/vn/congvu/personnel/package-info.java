/**
 * The official's record and career: personnel actions with effective dates, employment history, and the dates the law
 * derives from them (next regular salary step, retirement).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personnel",
		allowedDependencies = { "shared", "organization", "catalog", "audit" })
@org.jspecify.annotations.NullMarked
package vn.congvu.personnel;
