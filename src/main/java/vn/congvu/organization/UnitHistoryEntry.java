package vn.congvu.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.congvu.shared.DecisionRef;

/**
 * One change in a unit's life, with the decision it came from.
 *
 * @param relatedUnitId the other unit of a merge or split
 * @param relatedUnitName that unit's name on the day
 */
public record UnitHistoryEntry(long restructuringId, RestructuringKind restructuring, UnitChangeKind change,
		LocalDate effectiveDate, DecisionRef decision, @Nullable Long relatedUnitId, @Nullable String relatedUnitName,
		@Nullable String oldValue, @Nullable String newValue) {
}
