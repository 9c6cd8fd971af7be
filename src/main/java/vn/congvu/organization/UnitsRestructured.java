package vn.congvu.organization;

import java.time.LocalDate;
import java.util.List;

import vn.congvu.shared.DecisionRef;

/**
 * Units were created, changed, merged, split or dissolved under one decision. Published inside the restructuring's
 * transaction: a listener that refuses (personnel, when people would be left in a unit that ceases) undoes the whole
 * restructuring.
 *
 * @param unitIds every unit the restructuring touched
 * @param successions for a merge, each unit that ceased and the unit that continues it
 * @param ceased units that no longer exist from the effective date
 */
public record UnitsRestructured(long restructuringId, RestructuringKind kind, LocalDate effectiveDate,
		DecisionRef decision, List<Long> unitIds, List<Succession> successions, List<Long> ceased) {

	/** A unit that ceased, and the unit its people and work go to. */
	public record Succession(long from, long to) {
	}

}
