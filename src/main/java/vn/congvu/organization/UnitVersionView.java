package vn.congvu.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A unit's attributes over one period.
 *
 * @param validTo the last day of the period, or {@code null} while it lasts
 */
public record UnitVersionView(LocalDate validFrom, @Nullable LocalDate validTo, @Nullable String code, String name,
		UnitType type, @Nullable Long parentId, @Nullable String parentName) {
}
