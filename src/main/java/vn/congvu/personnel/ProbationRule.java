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

}
