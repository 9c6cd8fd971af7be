package vn.congvu.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.congvu.shared.DateRange;

/**
 * A unit's attributes over one period.
 *
 * @param validTo the first day of the next version or of the unit's end, or {@code null} while the period lasts:
 * half-open, as every "valid to" ({@link DateRange})
 */
public record UnitVersionView(LocalDate validFrom, @Nullable LocalDate validTo, @Nullable String code, String name,
		UnitType type, @Nullable Long parentId, @Nullable String parentName) {

	/** The days of the period. */
	public DateRange period() {
		return new DateRange(validFrom, validTo);
	}

	/** The last day of the period, or {@code null} while it lasts: what a page shows. */
	public @Nullable LocalDate lastDay() {
		return period().lastDay();
	}

}
