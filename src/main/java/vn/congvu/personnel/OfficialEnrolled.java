package vn.congvu.personnel;

import java.time.LocalDate;

/**
 * An official entered the records with the decision that starts their service: enrolled one by one or by an import.
 * Published through Spring Modulith's event publication registry, so that other modules (and the national sync) react
 * after the commit, with retries, without reading personnel's tables. The demo's and a past history's bulk loads are
 * the past, loaded as such: they publish nothing.
 */
public record OfficialEnrolled(long officialId, long provinceId, ActionKind kind, LocalDate startDate, long unitId) {
}
