/**
 * Reform reporting: the civil-service part of the periodic reform report for any scope and period, from the figures
 * every module answers through the indicator API ({@code shared.indicator}), each traceable to the records behind it.
 * Reporting reads no module's tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reform reporting",
		allowedDependencies = { "shared", "organization" })
@org.jspecify.annotations.NullMarked
package vn.congvu.reporting;
