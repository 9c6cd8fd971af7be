package vn.congvu.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;

import vn.congvu.catalog.SalaryScale;

/**
 * An official's salary history (diễn biến lương, form 2C-BNV/2008 item "diễn biến quá trình lương"): consecutive
 * employment periods at the same rank, scale and step read as one line, with the coefficient of that step on the
 * day it began. Used by the record page and the CV alike.
 */
public final class SalaryHistory {

	/** One grade held: from its first day to the day after its last ({@code to}, {@code null} while it lasts). */
	public record Line(LocalDate from, @Nullable LocalDate to, @Nullable String rankCode, @Nullable String scaleCode,
			@Nullable Integer step, @Nullable BigDecimal coefficient, @Nullable LocalDate stepStart) {
	}

	private SalaryHistory() {
	}

	public static List<Line> of(List<EmploymentPeriod> periods, BiFunction<String, LocalDate, SalaryScale> scales) {
		var lines = new ArrayList<Line>();
		for (var p : periods) {
			if (!lines.isEmpty()) {
				var last = lines.get(lines.size() - 1);
				if (Objects.equals(last.step(), p.salaryStep()) && Objects.equals(last.scaleCode(), p.salaryScaleCode())
						&& Objects.equals(last.rankCode(), p.rankCode())) {
					lines.set(lines.size() - 1, new Line(last.from(), p.validTo(), last.rankCode(), last.scaleCode(),
							last.step(), last.coefficient(), last.stepStart()));
					continue;
				}
			}
			lines.add(new Line(p.validFrom(), p.validTo(), p.rankCode(), p.salaryScaleCode(), p.salaryStep(),
					coefficient(p, scales), p.stepStart()));
		}
		return lines;
	}

	private static @Nullable BigDecimal coefficient(EmploymentPeriod p,
			BiFunction<String, LocalDate, SalaryScale> scales) {
		if (p.salaryScaleCode() == null || p.salaryStep() == null) {
			return null;
		}
		try {
			return scales.apply(p.salaryScaleCode(), p.validFrom()).coefficient(p.salaryStep());
		}
		catch (RuntimeException ex) {
			// a grade the catalog does not hold for that date: shown without its coefficient
			return null;
		}
	}

}
