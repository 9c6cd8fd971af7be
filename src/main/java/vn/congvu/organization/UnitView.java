package vn.congvu.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.congvu.shared.DateRange;

/**
 * A unit as it stood on a date: its attributes then, and its whole lifetime.
 *
 * @param validFrom the first day the unit exists
 * @param validTo the first day it no longer exists (a merger's or dissolution's effective day), or {@code null} while
 * it still does: half-open, as every "valid to" ({@link DateRange})
 */
public record UnitView(long id, @Nullable String code, String name, UnitType type, @Nullable Long parentId,
		LocalDate validFrom, @Nullable LocalDate validTo) {

	/** The days the unit exists. */
	public DateRange lifetime() {
		return new DateRange(validFrom, validTo);
	}

	/** The last day the unit exists, or {@code null} while it still does: what a page shows. */
	public @Nullable LocalDate lastDay() {
		return lifetime().lastDay();
	}

}
