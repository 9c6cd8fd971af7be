package vn.congvu.personnel;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;

import vn.congvu.shared.Sex;

/**
 * The retirement age under normal working conditions, and the date an official is retired.
 * <p>
 * Sources: Labour Code 2019 (Law 45/2019/QH14), Art. 169(2); Decree 135/2020/NĐ-CP, Art. 4 and its Annex I (the
 * schedule by year). From 2021 the age rises each calendar year, for men by 3 months from 60 years 3 months (2021) to
 * 62 years (2028 on), for women by 4 months from 55 years 4 months (2021) to 60 years (2035 on). The age that applies
 * is the one of the calendar year in which the person reaches it. Before 2021 (Labour Code 2012, Art. 187) it was 60
 * for men and 55 for women.
 * <p>
 * The retirement point is the end of the last day of the month in which the age is reached (Decree 135/2020, Art. 3);
 * the pension starts on the first day of the next month, which CôngVụ calls the retirement date: the first day on which
 * the official is retired. A birth date known only by its year counts as 1 January of that year.
 */
public final class RetirementRule {

	/** The first calendar year of the rising schedule (Decree 135/2020, Annex I). */
	static final int SCHEDULE_START = 2021;

	private RetirementRule() {
	}

	/**
	 * The retirement age, in months, for someone who reaches it in {@code year}.
	 */
	public static int ageInMonths(Sex sex, int year) {
		if (year < SCHEDULE_START) {
			return sex == Sex.MALE ? 60 * 12 : 55 * 12;
		}
		int steps = year - (SCHEDULE_START - 1);
		return sex == Sex.MALE ? Math.min(60 * 12 + 3 * steps, 62 * 12) : Math.min(55 * 12 + 4 * steps, 60 * 12);
	}

	/** The retirement age that applies to a person born on {@code birthDate}. */
	public static Period retirementAge(LocalDate birthDate, Sex sex) {
		int months = ageInMonths(sex, yearAgeIsReached(birthDate, sex));
		return Period.of(months / 12, months % 12, 0);
	}

	/** The day the person reaches the retirement age that applies to them. */
	public static LocalDate dayAgeIsReached(LocalDate birthDate, Sex sex) {
		return birthDate.plusMonths(ageInMonths(sex, yearAgeIsReached(birthDate, sex)));
	}

	/**
	 * The first day on which the person is retired: the first day of the month after the one in which they reach the
	 * retirement age.
	 */
	public static LocalDate retirementDate(LocalDate birthDate, Sex sex) {
		return YearMonth.from(dayAgeIsReached(birthDate, sex)).plusMonths(1).atDay(1);
	}

	/** The same for a person whose birth date is known only by its year. */
	public static LocalDate retirementDate(int birthYear, Sex sex) {
		return retirementDate(LocalDate.of(birthYear, 1, 1), sex);
	}

	/**
	 * The calendar year in which the age is reached: the year Y for which birth date + age(Y) falls in Y. As Y grows by
	 * one, the age grows by at most four months, so the landing year moves by at most one: the first Y that lands on
	 * itself is the answer.
	 */
	static int yearAgeIsReached(LocalDate birthDate, Sex sex) {
		for (int year = birthDate.getYear() + 50; year <= birthDate.getYear() + 70; year++) {
			if (birthDate.plusMonths(ageInMonths(sex, year)).getYear() == year) {
				return year;
			}
		}
		throw new IllegalStateException("no retirement year for " + birthDate);
	}

}
