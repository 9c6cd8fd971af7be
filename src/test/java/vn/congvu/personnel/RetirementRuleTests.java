package vn.congvu.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;

import vn.congvu.shared.Sex;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decree 135/2020/NĐ-CP, Annex I: the retirement age under normal conditions by the month of birth. Each row of the
 * annex is a range of birth months sharing one age; both ends of every range are checked.
 */
class RetirementRuleTests {

	@ParameterizedTest(name = "{0} born {1}–{2}: {3}y{4}m")
	@CsvSource({
			// men (Annex I, column "Lao động nam")
			"MALE, 1961-01, 1961-09, 60, 3",
			"MALE, 1961-10, 1962-06, 60, 6",
			"MALE, 1962-07, 1963-03, 60, 9",
			"MALE, 1963-04, 1963-12, 61, 0",
			"MALE, 1964-01, 1964-09, 61, 3",
			"MALE, 1964-10, 1965-06, 61, 6",
			"MALE, 1965-07, 1966-03, 61, 9",
			"MALE, 1966-04, 1975-12, 62, 0",
			// women (Annex I, column "Lao động nữ")
			"FEMALE, 1966-01, 1966-08, 55, 4",
			"FEMALE, 1966-09, 1967-04, 55, 8",
			"FEMALE, 1967-05, 1967-12, 56, 0",
			"FEMALE, 1968-01, 1968-08, 56, 4",
			"FEMALE, 1968-09, 1969-04, 56, 8",
			"FEMALE, 1969-05, 1969-12, 57, 0",
			"FEMALE, 1970-01, 1970-08, 57, 4",
			"FEMALE, 1970-09, 1971-04, 57, 8",
			"FEMALE, 1971-05, 1971-12, 58, 0",
			"FEMALE, 1972-01, 1972-08, 58, 4",
			"FEMALE, 1972-09, 1973-04, 58, 8",
			"FEMALE, 1973-05, 1973-12, 59, 0",
			"FEMALE, 1974-01, 1974-08, 59, 4",
			"FEMALE, 1974-09, 1975-04, 59, 8",
			"FEMALE, 1975-05, 1985-12, 60, 0" })
	void ageFollowsTheAnnexForEveryBirthMonthOfTheRow(Sex sex, YearMonth first, YearMonth last, int years, int months) {
		for (var month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			for (var day : new int[] { 1, 15, month.lengthOfMonth() }) {
				var birth = month.atDay(day);
				assertThat(RetirementRule.retirementAge(birth, sex)).as("born %s", birth).isEqualTo(Period.of(years, months, 0));
				var reached = YearMonth.from(birth).plusMonths(years * 12L + months);
				assertThat(RetirementRule.retirementDate(birth, sex)).as("born %s", birth)
					.isEqualTo(reached.plusMonths(1).atDay(1));
			}
		}
	}

	@ParameterizedTest(name = "{0} born {1} retires on {2}")
	@CsvSource({
			// DOMAIN A1: works until 30/06/2021, pension from 01/07/2021
			"MALE, 1961-03-15, 2021-07-01",
			// DOMAIN B§7: 61y6m, retires 30/04/2026, pension from 01/05/2026
			"MALE, 1964-10-01, 2026-05-01",
			"MALE, 1964-10-31, 2026-05-01",
			// before the schedule: 60 for men, 55 for women
			"MALE, 1955-06-20, 2015-07-01",
			"FEMALE, 1960-02-29, 2015-03-01",
			// last day of the month: reaching the age on 31/12 still retires on 01/01 of the next year
			"FEMALE, 1966-08-31, 2022-01-01" })
	void examplesFromTheRules(Sex sex, LocalDate birth, LocalDate expected) {
		assertThat(RetirementRule.retirementDate(birth, sex)).isEqualTo(expected);
	}

	@Test
	void birthYearOnlyCountsAsFirstOfJanuary() {
		assertThat(RetirementRule.retirementDate(1961, Sex.MALE)).isEqualTo(LocalDate.of(2021, 5, 1));
		assertThat(RetirementRule.retirementDate(1970, Sex.FEMALE)).isEqualTo(LocalDate.of(2027, 6, 1));
	}

	@Test
	void ageByYearOfTheSchedule() {
		assertThat(RetirementRule.ageInMonths(Sex.MALE, 2020)).isEqualTo(720);
		assertThat(RetirementRule.ageInMonths(Sex.MALE, 2021)).isEqualTo(723);
		assertThat(RetirementRule.ageInMonths(Sex.MALE, 2028)).isEqualTo(744);
		assertThat(RetirementRule.ageInMonths(Sex.MALE, 2040)).isEqualTo(744);
		assertThat(RetirementRule.ageInMonths(Sex.FEMALE, 2021)).isEqualTo(664);
		assertThat(RetirementRule.ageInMonths(Sex.FEMALE, 2035)).isEqualTo(720);
	}

	static Stream<Arguments> randomPairs() {
		var random = new Random(20210630L);
		return IntStream.range(0, 400).mapToObj(i -> {
			var first = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(40 * 365));
			var second = first.plusDays(1 + random.nextInt(3 * 365));
			return Arguments.of(random.nextBoolean() ? Sex.MALE : Sex.FEMALE, first, second);
		});
	}

	@ParameterizedTest
	@MethodSource("randomPairs")
	void aLaterBirthNeverRetiresEarlierAndAlwaysOnTheFirstOfAMonth(Sex sex, LocalDate earlier, LocalDate later) {
		var first = RetirementRule.retirementDate(earlier, sex);
		var second = RetirementRule.retirementDate(later, sex);
		assertThat(second).isAfterOrEqualTo(first);
		assertThat(first.getDayOfMonth()).isEqualTo(1);
		assertThat(RetirementRule.dayAgeIsReached(earlier, sex)).isBefore(first);
	}

}
