package vn.congvu.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * Units were created, changed, merged, split or dissolved under one decision. Personnel listens to move the people
 * of units that ceased.
 *
 * @param unitIds every unit the restructuring touched
 */
public record UnitsRestructured(long restructuringId, RestructuringKind kind, LocalDate effectiveDate,
		List<Long> unitIds) {
}
