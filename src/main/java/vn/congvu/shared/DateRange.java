package vn.congvu.shared;

import java.time.LocalDate;
import java.util.Objects;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A span of days, half-open: from its first day up to, not including, {@code validTo}; open-ended while
 * {@code validTo} is {@code null}. Every "valid to" of CôngVụ means this, in Java as in the database (PostgreSQL's
 * {@code daterange(valid_from, valid_to, '[)')}): a unit merged away on 1 July 2025 is valid to 2025-07-01, its last
 * day being 30 June; an employment ended by a transfer effective 1 March is valid to 1 March, the day the next one
 * starts. Two ranges that meet ({@code a.validTo == b.validFrom}) neither overlap nor leave a gap.
 *
 * @param validFrom the first day
 * @param validTo the first day no longer in the range, or {@code null} while it lasts
 */
public record DateRange(LocalDate validFrom, @Nullable LocalDate validTo) {

	public DateRange {
		Objects.requireNonNull(validFrom, "validFrom");
		if (validTo != null && !validTo.isAfter(validFrom)) {
			throw new IllegalArgumentException("an empty or reversed range: from " + validFrom + " to " + validTo);
		}
	}

	/** The range from a day on, with no end yet. */
	public static DateRange from(LocalDate validFrom) {
		return new DateRange(validFrom, null);
	}

	/** The range from its first to its last day, both included ({@code null}: no end). */
	public static DateRange days(LocalDate first, @Nullable LocalDate last) {
		return new DateRange(first, last == null ? null : last.plusDays(1));
	}

	/** Whether the day lies in the range. */
	public boolean contains(LocalDate day) {
		return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
	}

	/** Whether the two ranges share a day. */
	public boolean overlaps(DateRange other) {
		return (other.validTo == null || validFrom.isBefore(other.validTo))
				&& (validTo == null || other.validFrom.isBefore(validTo));
	}

	/** The days the two ranges share, if any. */
	public Optional<DateRange> intersection(DateRange other) {
		if (!overlaps(other)) {
			return Optional.empty();
		}
		var from = validFrom.isAfter(other.validFrom) ? validFrom : other.validFrom;
		var to = validTo == null ? other.validTo
				: other.validTo == null || validTo.isBefore(other.validTo) ? validTo : other.validTo;
		return Optional.of(new DateRange(from, to));
	}

	/** Whether the range has no end yet. */
	public boolean isOpenEnded() {
		return validTo == null;
	}

	/** The last day in the range, or {@code null} while it lasts: what a page shows as "to" (đến ngày). */
	public @Nullable LocalDate lastDay() {
		return validTo == null ? null : validTo.minusDays(1);
	}

	/** The same range ended before {@code validTo} (which must come after its first day). */
	public DateRange endingBefore(LocalDate validTo) {
		return new DateRange(validFrom, validTo);
	}

	@Override
	public String toString() {
		return "[" + validFrom + ", " + (validTo == null ? "…" : validTo) + ")";
	}

	/** The message of a period that ends before it starts, said on its end ({@code to}). */
	public static final String REVERSED = "period.reversed";

	/** Whether a period from {@code from} to {@code to} (both days in it) ends before it starts. */
	public static boolean reversed(@Nullable LocalDate from, @Nullable LocalDate to) {
		return from != null && to != null && to.isBefore(from);
	}

	/**
	 * Refuses a period that ends before it starts, on its end: the one rule for every form and query that takes a
	 * period (reports, indicators, the audit log).
	 */
	public static void requireOrdered(@Nullable LocalDate from, @Nullable LocalDate to) {
		if (reversed(from, to)) {
			throw new InvalidInputException("to", REVERSED);
		}
	}

}
