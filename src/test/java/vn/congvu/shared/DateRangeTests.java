package vn.congvu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The half-open range every "valid to" means: the cases a merger, a transfer and an open employment make. */
class DateRangeTests {

	private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

	@Test
	void aUnitMergedAwayOnTheFirstOfJulyLastsToTheThirtiethOfJune() {
		var unit = new DateRange(LocalDate.of(1997, 1, 1), MERGER);
		assertThat(unit.contains(LocalDate.of(2025, 6, 30))).isTrue();
		assertThat(unit.contains(MERGER)).isFalse();
		assertThat(unit.lastDay()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(DateRange.days(LocalDate.of(1997, 1, 1), LocalDate.of(2025, 6, 30))).isEqualTo(unit);
		assertThat(unit.contains(LocalDate.of(1997, 1, 1))).isTrue();
		assertThat(unit.contains(LocalDate.of(1996, 12, 31))).isFalse();
	}

	@Test
	void periodsThatMeetNeitherOverlapNorLeaveAGap() {
		var before = new DateRange(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 3, 1));
		var after = DateRange.from(LocalDate.of(2023, 3, 1));
		assertThat(before.overlaps(after)).isFalse();
		assertThat(after.overlaps(before)).isFalse();
		assertThat(before.validTo()).isEqualTo(after.validFrom());
		assertThat(before.intersection(after)).isEmpty();
	}

	@Test
	void anOpenRangeContainsEveryLaterDayAndOverlapsWhatReachesIt() {
		var open = DateRange.from(LocalDate.of(2021, 7, 1));
		assertThat(open.isOpenEnded()).isTrue();
		assertThat(open.lastDay()).isNull();
		assertThat(open.contains(LocalDate.of(2040, 12, 31))).isTrue();
		var year = DateRange.days(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));
		assertThat(open.overlaps(year)).isTrue();
		assertThat(open.intersection(year)).contains(new DateRange(LocalDate.of(2021, 7, 1), LocalDate.of(2022, 1, 1)));
		assertThat(year.intersection(open)).contains(new DateRange(LocalDate.of(2021, 7, 1), LocalDate.of(2022, 1, 1)));
		assertThat(open.intersection(DateRange.from(LocalDate.of(2030, 1, 1))))
			.contains(DateRange.from(LocalDate.of(2030, 1, 1)));
	}

	@Test
	void aRangeOfOneDayHoldsThatDayOnly() {
		var day = DateRange.days(MERGER, MERGER);
		assertThat(day.contains(MERGER)).isTrue();
		assertThat(day.contains(MERGER.plusDays(1))).isFalse();
		assertThat(day.overlaps(DateRange.from(MERGER))).isTrue();
		assertThat(day.overlaps(new DateRange(MERGER.minusDays(3), MERGER))).isFalse();
	}

	@Test
	void anEmptyOrReversedRangeIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DateRange(MERGER, MERGER));
		assertThatIllegalArgumentException().isThrownBy(() -> new DateRange(MERGER, MERGER.minusDays(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> DateRange.from(MERGER).endingBefore(MERGER));
	}

}
