package vn.congvu.shared.indicator;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One record behind a figure: who, what, when, under which decision.
 *
 * @param subjectId the person (or unit) the record is about
 * @param recordId the record itself, for example a personnel action's id
 */
public record Row(long subjectId, String subjectName, long recordId, String what, LocalDate date,
		@Nullable String decisionNumber, @Nullable Long unitId) {
}
