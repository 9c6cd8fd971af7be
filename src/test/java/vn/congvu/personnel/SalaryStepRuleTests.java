package vn.congvu.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import vn.congvu.catalog.SalaryScale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Salary steps by the tables of Decree 204/2004/NĐ-CP and the intervals of Circular 08/2013/TT-BNV. */
class SalaryStepRuleTests {

	/** Decree 204/2004, Table 2 (civil servants): group, first coefficient, increment, steps; interval by level. */
	static final Map<String, SalaryScale> SCALES = Map.of(
			"A3.1", SalaryScale.even("A3.1", 36, "6.20", "0.36", 6),
			"A3.2", SalaryScale.even("A3.2", 36, "5.75", "0.36", 6),
			"A2.1", SalaryScale.even("A2.1", 36, "4.40", "0.34", 8),
			"A2.2", SalaryScale.even("A2.2", 36, "4.00", "0.34", 8),
			"A1", SalaryScale.even("A1", 36, "2.34", "0.33", 9),
			"A0", SalaryScale.even("A0", 36, "2.10", "0.31", 10),
			"B", SalaryScale.even("B", 24, "1.86", "0.20", 12),
			"C1", SalaryScale.even("C1", 24, "1.65", "0.18", 12));

	@ParameterizedTest(name = "{0}: step 1 {1}, last step {2} = {3}")
	@CsvSource({ "A3.1, 6.20, 6, 8.00", "A3.2, 5.75, 6, 7.55", "A2.1, 4.40, 8, 6.78", "A2.2, 4.00, 8, 6.38",
			"A1, 2.34, 9, 4.98", "A0, 2.10, 10, 4.89", "B, 1.86, 12, 4.06", "C1, 1.65, 12, 3.63" })
	void scalesMatchTheDecreesTable(String code, BigDecimal first, int steps, BigDecimal last) {
		var scale = SCALES.get(code);
		assertThat(scale.coefficient(1)).isEqualTo(first);
		assertThat(scale.steps()).isEqualTo(steps);
		assertThat(scale.coefficient(steps)).isEqualTo(last);
	}

	@ParameterizedTest(name = "{0} step {1} from {2}: next step {3}")
	@CsvSource({ "A1, 3, 2019-03-01, 0, 2022-03-01", "A0, 1, 2020-07-15, 0, 2023-07-15",
			"B, 5, 2020-01-01, 0, 2022-01-01", "C1, 11, 2019-06-01, 0, 2021-06-01",
			// a reprimand delays the step by 6 months, a demotion by 12 (Circular 08/2013, Art. 2(1)(b))
			"A1, 3, 2019-03-01, 6, 2022-09-01", "A2.1, 2, 2018-01-01, 12, 2022-01-01" })
	void nextStepAfterTheInterval(String code, int step, LocalDate start, int delay, LocalDate expected) {
		assertThat(SalaryStepRule.nextStepDate(SCALES.get(code), step, start, delay)).hasValue(expected);
	}

	@Test
	void noNextStepAtTheLastStep() {
		assertThat(SalaryStepRule.nextStepDate(SCALES.get("A1"), 9, LocalDate.of(2015, 1, 1), 0)).isEmpty();
		assertThat(SalaryStepRule.nextStepDate(SCALES.get("B"), 12, LocalDate.of(2015, 1, 1), 0)).isEmpty();
	}

	@ParameterizedTest(name = "{0} last step since {1}, on {2}: {3}%")
	@CsvSource({ "A1, 2018-01-01, 2020-12-31, 0", "A1, 2018-01-01, 2021-01-01, 5", "A1, 2018-01-01, 2021-12-31, 5",
			"A1, 2018-01-01, 2022-01-01, 6", "A1, 2018-01-01, 2028-01-01, 12", "B, 2018-01-01, 2019-12-31, 0",
			"B, 2018-01-01, 2020-01-01, 5", "B, 2018-01-01, 2021-01-01, 6" })
	void seniorityAllowanceBeyondTheLastStep(String code, LocalDate lastStepStart, LocalDate on, int percent) {
		var scale = SCALES.get(code);
		assertThat(SalaryStepRule.seniorityPercent(scale, scale.steps(), lastStepStart, on)).isEqualTo(percent);
	}

	@Test
	void noSeniorityAllowanceBelowTheLastStep() {
		assertThat(SalaryStepRule.seniorityPercent(SCALES.get("A1"), 8, LocalDate.of(2000, 1, 1),
				LocalDate.of(2021, 1, 1))).isZero();
	}

	@Test
	void promotionPlacesOnTheFirstStepAtOrAboveAndKeepsTheClockForASmallRise() {
		// CV (A1) step 5 = 3.66 to CVC (A2.1): first step >= 3.66 is step 1 = 4.40; rise 0.74 >= gap 0.33 -> new clock
		var moved = SalaryStepRule.placeOnHigherScale(SCALES.get("A1"), 5, LocalDate.of(2019, 4, 1), SCALES.get("A2.1"),
				LocalDate.of(2021, 6, 1));
		assertThat(moved).isEqualTo(new SalaryStepRule.Placement(1, LocalDate.of(2021, 6, 1)));
		// CV (A1) step 8 = 4.65 to A2.1: step 2 = 4.74, rise 0.09 < gap 0.33 -> keeps the old start
		var small = SalaryStepRule.placeOnHigherScale(SCALES.get("A1"), 8, LocalDate.of(2019, 4, 1), SCALES.get("A2.1"),
				LocalDate.of(2021, 6, 1));
		assertThat(small.step()).isEqualTo(2);
		assertThat(small.stepStart()).isEqualTo(LocalDate.of(2019, 4, 1));
		// the seniority allowance counts: A1 step 9 (4.98) held since 2014 gives 5% + 4 = 9% -> 5.43, above
		// A2.1 step 4 (5.42), so step 5 (5.76)
		var withSeniority = SalaryStepRule.placeOnHigherScale(SCALES.get("A1"), 9, LocalDate.of(2014, 1, 1),
				SCALES.get("A2.1"), LocalDate.of(2021, 6, 1));
		assertThat(withSeniority.step()).isEqualTo(5);
		assertThat(withSeniority.stepStart()).as("with an allowance, the clock starts on the move")
			.isEqualTo(LocalDate.of(2021, 6, 1));
	}

	@Test
	void aPromotionFromTheLastStepWithItsAllowanceStartsTheClockOnTheMove() {
		// the demo's official 5000 (issue 17): 01.003 (A1) step 9 = 4.98 since 01/01/2010, to 01.002 (A2.1) on
		// 01/11/2023. Allowance 5% + 10 full years = 15%: 4.98 x 1.15 = 5.73 -> A2.1 step 5 (5.76), a rise of 0.03,
		// less than A1's gap of 0.33. Point a would keep 2010 and the next step fall due on 01/01/2013, ten years
		// before the move; point b starts the clock on the move: step 6 on 01/11/2026.
		var scale = SCALES.get("A2.1");
		var placed = SalaryStepRule.placeOnHigherScale(SCALES.get("A1"), 9, LocalDate.of(2010, 1, 1), scale,
				LocalDate.of(2023, 11, 1));
		assertThat(placed).isEqualTo(new SalaryStepRule.Placement(5, LocalDate.of(2023, 11, 1)));
		assertThat(SalaryStepRule.nextStepDate(scale, placed.step(), placed.stepStart(), 0))
			.hasValue(LocalDate.of(2026, 11, 1));
		// at the last step but before its allowance (held under 36 months), point a still applies: A1 step 9 since
		// 2022 = 4.98 -> A2.1 step 3 (5.08), a rise of 0.10 < 0.33: the clock keeps 2022, the next step is due in 2025
		var early = SalaryStepRule.placeOnHigherScale(SCALES.get("A1"), 9, LocalDate.of(2022, 1, 1), scale,
				LocalDate.of(2023, 11, 1));
		assertThat(early).isEqualTo(new SalaryStepRule.Placement(3, LocalDate.of(2022, 1, 1)));
		assertThat(SalaryStepRule.nextStepDate(scale, early.step(), early.stepStart(), 0))
			.hasValue(LocalDate.of(2025, 1, 1));
	}

}
