package vn.congvu.personnel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import vn.congvu.catalog.SalaryScale;

/**
 * Regular salary steps and the seniority allowance beyond the last step.
 * <ul>
 * <li>Next regular step (Circular 08/2013/TT-BNV, Art. 2(1)): the current step's start plus the scale's interval
 * (36 months, or 24 for groups B and C), moved later by any delay, for example after a disciplinary penalty
 * (Circular 08/2013, Art. 2(1)(b): 6 or 12 months; how this applies under Decree 172/2025 is not settled, so the delay
 * is given by the caller). None at the last step.</li>
 * <li>Seniority allowance beyond the last step (phụ cấp thâm niên vượt khung; Decree 204/2004, Art. 6(2)(a);
 * Circular 04/2005/TT-BNV): once the last step has been held for one interval, 5% of its coefficient, then 1% more
 * for each further full year.</li>
 * </ul>
 */
public final class SalaryStepRule {

	static final int FIRST_SENIORITY_PERCENT = 5;

	private SalaryStepRule() {
	}

	/** When the next regular step applies, or empty at the last step of the scale. */
	public static Optional<LocalDate> nextStepDate(SalaryScale scale, int step, LocalDate stepStart,
			int delayMonths) {
		if (delayMonths < 0) {
			throw new IllegalArgumentException("a delay cannot be negative");
		}
		if (scale.isLastStep(step)) {
			return Optional.empty();
		}
		scale.coefficient(step);
		return Optional.of(stepStart.plusMonths((long) scale.intervalMonths() + delayMonths));
	}

	/** The seniority allowance beyond the last step, in percent of the last step's coefficient, on a day. */
	public static int seniorityPercent(SalaryScale scale, int step, LocalDate stepStart, LocalDate on) {
		if (!scale.isLastStep(step) || on.isBefore(stepStart)) {
			return 0;
		}
		long months = ChronoUnit.MONTHS.between(stepStart, on);
		if (months < scale.intervalMonths()) {
			return 0;
		}
		return FIRST_SENIORITY_PERCENT + (int) ((months - scale.intervalMonths()) / 12);
	}

	/** The date from which the seniority allowance first applies, or empty below the last step. */
	public static Optional<LocalDate> seniorityStart(SalaryScale scale, int step, LocalDate stepStart) {
		return scale.isLastStep(step) ? Optional.of(stepStart.plusMonths(scale.intervalMonths())) : Optional.empty();
	}

	/** Where an official moving to a higher rank or title is placed on the new scale. */
	public record Placement(int step, LocalDate stepStart) {
	}

	/**
	 * Salary on moving to a higher rank or title (Circular 02/2007/TT-BNV, Part II(1)): the first step of the new
	 * scale whose coefficient is at least the current one (plus any seniority allowance beyond the last step).
	 * <ul>
	 * <li>Without a seniority allowance (point a): the next-step clock starts on the move's date, except when the rise
	 * is smaller than the gap between two adjacent steps of the old scale: then it keeps the old step's start.</li>
	 * <li>With a seniority allowance (point b): the allowance is folded into the new step, and the clock starts on the
	 * move's date. The old step's start is the day the last step was reached, years back: kept, it made the next
	 * step of the new scale fall due years before the move (a step of 01.003 reached in 2010 and a move to 01.002 in
	 * 2023 gave a next step "due" in 2013).</li>
	 * </ul>
	 */
	public static Placement placeOnHigherScale(SalaryScale from, int step, LocalDate stepStart, SalaryScale to,
			LocalDate effective) {
		var current = from.coefficient(step);
		int seniority = seniorityPercent(from, step, stepStart, effective);
		var held = current.add(current.multiply(BigDecimal.valueOf(seniority)).divide(BigDecimal.valueOf(100), 2,
				RoundingMode.HALF_UP));
		for (int newStep = 1; newStep <= to.steps(); newStep++) {
			var coefficient = to.coefficient(newStep);
			if (coefficient.compareTo(held) >= 0) {
				var rise = coefficient.subtract(held);
				var start = seniority == 0 && rise.compareTo(from.stepGap()) < 0 ? stepStart : effective;
				return new Placement(newStep, start);
			}
		}
		// already above the whole new scale: its last step, the clock of the allowance there starting on the move
		return new Placement(to.steps(), seniority == 0 ? stepStart : effective);
	}

}
