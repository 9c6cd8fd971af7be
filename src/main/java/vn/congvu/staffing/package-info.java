/**
 * Staffing compliance: whether the people of each agency, on a date, are where its approved job-position scheme puts
 * them — a position of the scheme for everyone, the rank or title and qualifications the position requires, no
 * position over its headcount, no second position but an allowed concurrent post, the rank structure within its
 * shares, and the headcount within the unit's quota — each violation naming its rule, people and figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staffing compliance",
		allowedDependencies = { "shared", "organization", "catalog", "position", "personnel" })
@org.jspecify.annotations.NullMarked
package vn.congvu.staffing;
