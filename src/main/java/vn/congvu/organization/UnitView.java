package vn.congvu.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A unit as it stood on a date: its attributes then, and its whole lifetime.
 *
 * @param validFrom the first day the unit exists
 * @param validTo the last day it exists, or {@code null} while it still does
 */
public record UnitView(long id, @Nullable String code, String name, UnitType type, @Nullable Long parentId,
		LocalDate validFrom, @Nullable LocalDate validTo) {
}
