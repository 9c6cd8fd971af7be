/**
 * Reference data of the civil service, dated where the law changed it: salary scales and coefficients, ranks and
 * professional titles with their salary groups, the base salary, and reference lists (ethnic groups, religions,
 * education, political theory, state management, allowance kinds).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog", allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package vn.congvu.catalog;
