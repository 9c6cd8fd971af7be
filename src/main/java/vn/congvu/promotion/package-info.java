/**
 * Moving up (nâng ngạch, thăng hạng): the path the law of the date prescribes — a rank exam for civil servants before
 * 1 July 2025, the assessment council of Decree 170/2025 from then, title promotion for public employees — who may
 * take it and why, and, issue by issue, exams, results and the rank or title changes they end in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Promotion",
		allowedDependencies = { "shared", "organization", "catalog", "position", "personnel" })
@org.jspecify.annotations.NullMarked
package vn.congvu.promotion;
