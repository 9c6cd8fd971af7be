package vn.congvu.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A salary scale (bảng lương, one salary group such as A1 or B): its coefficient at each step and the regular interval
 * between steps.
 * <p>
 * Coefficients: Decree 204/2004/NĐ-CP, Tables 2 and 3. Interval: Circular 08/2013/TT-BNV, Art. 2(1)(a) — 36 months for
 * groups that need a college degree or higher (A0 and up), 24 months for intermediate level and below (B, C).
 *
 * @param code the group's code, for example {@code A2.1}
 * @param coefficients the coefficient of step 1, 2, ..., each with scale 2
 */
public record SalaryScale(String code, int intervalMonths, List<BigDecimal> coefficients) {

	public SalaryScale {
		if (coefficients.isEmpty()) {
			throw new IllegalArgumentException("a salary scale has at least one step: " + code);
		}
		if (intervalMonths != 24 && intervalMonths != 36) {
			throw new IllegalArgumentException("a step interval is 24 or 36 months: " + code);
		}
		coefficients = coefficients.stream().map(c -> c.setScale(2, RoundingMode.UNNECESSARY)).toList();
		for (int i = 1; i < coefficients.size(); i++) {
			if (coefficients.get(i).compareTo(coefficients.get(i - 1)) <= 0) {
				throw new IllegalArgumentException("coefficients must rise step by step: " + code);
			}
		}
	}

	/** A scale whose steps rise evenly, as every scale of Decree 204/2004 does. */
	public static SalaryScale even(String code, int intervalMonths, String first, String increment, int steps) {
		var start = new BigDecimal(first);
		var step = new BigDecimal(increment);
		return new SalaryScale(code, intervalMonths, java.util.stream.IntStream.range(0, steps)
			.mapToObj(i -> start.add(step.multiply(BigDecimal.valueOf(i))))
			.toList());
	}

	public int steps() {
		return coefficients.size();
	}

	public boolean isLastStep(int step) {
		return step == steps();
	}

	public BigDecimal coefficient(int step) {
		if (step < 1 || step > steps()) {
			throw new IllegalArgumentException("scale " + code + " has no step " + step);
		}
		return coefficients.get(step - 1);
	}

	/** The difference between two adjacent steps (the smallest one, should a scale not rise evenly). */
	public BigDecimal stepGap() {
		var smallest = steps() == 1 ? BigDecimal.ZERO : coefficients.get(1).subtract(coefficients.get(0));
		for (int i = 2; i < steps(); i++) {
			smallest = smallest.min(coefficients.get(i).subtract(coefficients.get(i - 1)));
		}
		return smallest;
	}

}
