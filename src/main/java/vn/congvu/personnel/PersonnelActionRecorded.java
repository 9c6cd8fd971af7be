package vn.congvu.personnel;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A personnel decision was recorded in an official's record (the enrolment's own among them); a cancellation names
 * the action it cancels. Published like {@link OfficialEnrolled}.
 */
public record PersonnelActionRecorded(long officialId, long actionId, ActionKind kind, LocalDate effectiveDate,
		@Nullable Long unitId, @Nullable Long cancelsActionId) {
}
