package vn.congvu.personnel;

import java.time.LocalDate;

/**
 * Whether a recruit starts on probation (tập sự).
 * <ul>
 * <li>Civil servants: yes under Decree 138/2020/NĐ-CP, Art. 20 (12 months for type C, 6 for type D); abolished by Law
 * 80/2025 and Decree 170/2025 for recruitments from 1 July 2025.</li>
 * <li>Public employees: yes under Decree 115/2020/NĐ-CP, Art. 21 (12, 9 or 6 months by level). The Law on Public
 * Employees in force from 1 July 2026 places recruits straight into position pay, read here as ending probation —
 * UNCERTAIN, to be checked against its implementing decree.</li>
 * <li>Cadres and contract workers: no.</li>
 * </ul>
 */
public final class ProbationRule {

	static final LocalDate CIVIL_SERVANT_PROBATION_ABOLISHED = LocalDate.of(2025, 7, 1);

	static final LocalDate PUBLIC_EMPLOYEE_PROBATION_ENDED = LocalDate.of(2026, 7, 1);

	private ProbationRule() {
	}

	public static boolean startsOnProbation(Category category, LocalDate recruited) {
		return switch (category) {
			case CIVIL_SERVANT -> recruited.isBefore(CIVIL_SERVANT_PROBATION_ABOLISHED);
			case PUBLIC_EMPLOYEE -> recruited.isBefore(PUBLIC_EMPLOYEE_PROBATION_ENDED);
			case CADRE, CONTRACT -> false;
		};
	}

	/**
	 * How many months a recruit's probation lasts, 0 when there is none, by the level of the rank or title recruited
	 * to (catalog levels SENIOR ... STAFF).
	 * <ul>
	 * <li>Civil servants, Decree 138/2020/NĐ-CP Art. 20 [M]: 12 months for type C (chuyên viên and equivalent), 6 for
	 * type D (cán sự, nhân viên); recruits to types A and B are taken as type C — UNCERTAIN.</li>
	 * <li>Public employees, Decree 115/2020/NĐ-CP Art. 21 [M]: 12 months where the title needs a university degree, 9
	 * a college one, 6 an intermediate one — read from the title's level: specialist and above 12, officer 9, staff
	 * 6.</li>
	 * </ul>
	 */
	public static int months(Category category, LocalDate recruited, String rankLevel) {
		if (!startsOnProbation(category, recruited)) {
			return 0;
		}
		return switch (rankLevel) {
			case "OFFICER" -> category == Category.CIVIL_SERVANT ? 6 : 9;
			case "STAFF" -> 6;
			default -> 12;
		};
	}

	/**
	 * The day probation ends for a recruit of {@code category} on {@code recruited} to a rank of {@code rankLevel}:
	 * {@link #months} after the recruitment; {@code null} when the recruit serves none.
	 */
	public static @org.jspecify.annotations.Nullable LocalDate end(Category category, LocalDate recruited,
			String rankLevel) {
		int months = months(category, recruited, rankLevel);
		return months == 0 ? null : recruited.plusMonths(months);
	}

}
