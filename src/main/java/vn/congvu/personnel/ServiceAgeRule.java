package vn.congvu.personnel;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import vn.congvu.shared.Sex;

/**
 * The ages between which a person serves, checked on the date of each action that starts or extends service.
 * <ul>
 * <li>At least 18 on the day service starts: Law on Cadres and Civil Servants 2008, Art. 36(1)(b), carried into Law
 * 80/2025/QH15 (recruitment conditions); Law on Public Employees 2010, Art. 22(1)(c). The younger public employees of
 * culture, arts and sports that Art. 22 allows with a guardian's written consent are not kept in CôngVụ.</li>
 * <li>Before the retirement date ({@link RetirementRule}, Decree 135/2020/NĐ-CP): nobody is recruited or received on
 * or after it, and no decision moves, promotes, raises or appoints someone then; they retire. The extensions of
 * Decree 135/2020 Art. 5 (retiring later, with the person's consent, for posts and qualifications the law lists) are
 * not yet kept: such a case is refused with this reason.</li>
 * </ul>
 * A birth date known only by its year counts as 1 January of that year (DOMAIN A1).
 */
public final class ServiceAgeRule {

	/** The minimum age to enter service. */
	public static final int MINIMUM_AGE = 18;

	/** Decisions that extend someone's service: refused on or after the retirement date. */
	static final Set<ActionKind> EXTENDING = EnumSet.of(ActionKind.RANK_CHANGE, ActionKind.SALARY_STEP,
			ActionKind.TRANSFER, ActionKind.ROTATION, ActionKind.REASSIGNMENT, ActionKind.SECONDMENT,
			ActionKind.APPOINTMENT, ActionKind.REAPPOINTMENT, ActionKind.POSITION_ASSIGNMENT, ActionKind.CONCURRENT_POST);

	private ServiceAgeRule() {
	}

	private static String day(LocalDate date) {
		return vn.congvu.shared.web.Formats.DATE.format(date);
	}

	/**
	 * Checks one action of a person born on {@code dateOfBirth}.
	 *
	 * @throws CareerRuleViolation on the action's date, with the reason and the dates that give it
	 */
	public static void check(LocalDate dateOfBirth, Sex sex, ActionKind kind, LocalDate date) {
		of(dateOfBirth, sex).check(kind, date);
	}

	/**
	 * A birth date as a record may hold it: not after {@code today}.
	 *
	 * @throws InvalidInputException on the birth date
	 */
	public static void checkBirth(LocalDate dateOfBirth, LocalDate today) {
		if (dateOfBirth.isAfter(today)) {
			throw new vn.congvu.shared.InvalidInputException("dateOfBirth", "personnel.dateOfBirth.future",
					day(dateOfBirth), day(today));
		}
	}

	/** The ages of one person: the day they turn 18 and their retirement date, worked out once for all their actions. */
	public static Ages of(LocalDate dateOfBirth, Sex sex) {
		return new Ages(dateOfBirth.plusYears(MINIMUM_AGE), RetirementRule.retirementDate(dateOfBirth, sex));
	}

	/** The first day a person may enter service and the first day they may no longer serve. */
	public record Ages(LocalDate adult, LocalDate retirement) {

		/**
		 * Checks one action of the person.
		 *
		 * @throws CareerRuleViolation on the action's date, with the reason and the dates that give it
		 */
		public void check(ActionKind kind, LocalDate date) {
			if (kind.startsEmployment() && adult.isAfter(date)) {
				throw new CareerRuleViolation("effectiveDate", "personnel.age.underMinimum", MINIMUM_AGE, day(date),
						day(adult));
			}
			if ((kind.startsEmployment() || EXTENDING.contains(kind)) && !date.isBefore(retirement)) {
				throw new CareerRuleViolation("effectiveDate", "personnel.age.pastRetirement", day(date), day(retirement));
			}
		}

	}

}
