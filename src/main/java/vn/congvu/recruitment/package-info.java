/**
 * Recruitment (tuyển dụng): the rules of each legal regime — methods, rounds, pass thresholds, priority points,
 * ranking within a position's quota and its tie-breaks — and, issue by issue, drives, candidates, exams, results and
 * the decisions that end in personnel actions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recruitment",
		allowedDependencies = { "shared", "organization", "catalog", "position", "personnel" })
@org.jspecify.annotations.NullMarked
package vn.congvu.recruitment;
