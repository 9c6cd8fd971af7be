package vn.congvu.personnel;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.congvu.shared.DateRange;

/**
 * An official's employment over one period [validFrom, validTo): where, as what, at which rank and step.
 *
 * @param validTo the first day of the next period, or {@code null} while it lasts
 * @param positionCode the main job position held (its code in the scheme of the unit), if one was assigned
 * @param positionSince the day the official took up the main position (in this unit)
 * @param concurrentPositions the job positions held as concurrent posts, in code order
 * @param lastActionId the action that opened or last changed this period
 */
public record EmploymentPeriod(LocalDate validFrom, @Nullable LocalDate validTo, long unitId, Category category,
		EmploymentStatus status, @Nullable String rankCode, @Nullable String salaryScaleCode,
		@Nullable Integer salaryStep, @Nullable LocalDate stepStart, @Nullable String positionTitle,
		@Nullable String positionCode, @Nullable LocalDate positionSince, List<String> concurrentPositions,
		@Nullable Long secondedTo,
		long lastActionId) {

	public EmploymentPeriod {
		concurrentPositions = List.copyOf(concurrentPositions);
	}

	/** The concurrent posts as stored: codes in order, comma-separated, or {@code null} when there are none. */
	@Nullable String concurrentPositionsText() {
		return concurrentPositions.isEmpty() ? null : String.join(",", concurrentPositions);
	}

	static List<String> concurrentPositions(@Nullable String text) {
		return text == null || text.isEmpty() ? List.of() : List.of(text.split(","));
	}

	/** The days of the period. */
	public DateRange period() {
		return new DateRange(validFrom, validTo);
	}

	boolean covers(LocalDate date) {
		return period().contains(date);
	}

	EmploymentPeriod endingOn(LocalDate date) {
		return new EmploymentPeriod(validFrom, date, unitId, category, status, rankCode, salaryScaleCode, salaryStep,
				stepStart, positionTitle, positionCode, positionSince, concurrentPositions, secondedTo, lastActionId);
	}

}
