package vn.congvu.shared.indicator;

import java.time.LocalDate;

import vn.congvu.shared.InvalidInputException;

/**
 * What an indicator is asked: a scope (the root unit of a subtree, judged through time as organisation scopes are)
 * and a period [from, to], both days included. A figure "on a date" is asked with from = to.
 */
public record Query(long scopeUnitId, LocalDate from, LocalDate to) {

	public Query {
		if (from == null || to == null) {
			throw new InvalidInputException("from", "indicator.period.required");
		}
		vn.congvu.shared.DateRange.requireOrdered(from, to);
	}

	public static Query on(long scopeUnitId, LocalDate date) {
		return new Query(scopeUnitId, date, date);
	}

}
