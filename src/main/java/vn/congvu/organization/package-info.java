/**
 * Organisation units with their history: creation, renaming, moves, mergers, splits and dissolutions on dates, each
 * under its decision; the tree as of any date; who continues whom; and each unit's yearly staffing quota (biên chế).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization", allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package vn.congvu.organization;
