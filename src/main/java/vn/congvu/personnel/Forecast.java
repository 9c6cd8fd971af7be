package vn.congvu.personnel;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Dates the law derives from an official's record.
 *
 * @param nextSalaryStepDate when the next regular salary step applies; {@code null} at the last step or when not
 * employed
 * @param seniorityAllowancePercent the seniority allowance beyond the last step, on the day asked
 * @param retirementDate the first day on which the official is retired under normal conditions
 */
public record Forecast(@Nullable LocalDate nextSalaryStepDate, int seniorityAllowancePercent,
		@Nullable LocalDate seniorityAllowanceFrom, LocalDate retirementDate, int retirementAgeYears,
		int retirementAgeMonths) {
}
