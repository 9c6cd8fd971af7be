package vn.congvu.personnel;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An official's employment over one period [validFrom, validTo): where, as what, at which rank and step.
 *
 * @param validTo the first day of the next period, or {@code null} while it lasts
 * @param lastActionId the action that opened or last changed this period
 */
public record EmploymentPeriod(LocalDate validFrom, @Nullable LocalDate validTo, long unitId, Category category,
		EmploymentStatus status, @Nullable String rankCode, @Nullable String salaryScaleCode,
		@Nullable Integer salaryStep, @Nullable LocalDate stepStart, @Nullable String positionTitle,
		@Nullable Long secondedTo, long lastActionId) {

	boolean covers(LocalDate date) {
		return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
	}

	EmploymentPeriod endingOn(LocalDate date) {
		return new EmploymentPeriod(validFrom, date, unitId, category, status, rankCode, salaryScaleCode, salaryStep,
				stepStart, positionTitle, secondedTo, lastActionId);
	}

}
