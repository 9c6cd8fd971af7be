package vn.congvu.promotion;

import java.time.LocalDate;

import vn.congvu.personnel.Category;
import vn.congvu.shared.InvalidInputException;

/**
 * How an official moves to a higher rank or title on a date (DOMAIN §1.1, §3.2, §3.3).
 */
public enum PromotionPath {

	/**
	 * Thi nâng ngạch: civil servants before 1 July 2025 (Law 22/2008 Art. 44; Decree 138/2020/NĐ-CP Art. 29–40) [M].
	 */
	RANK_EXAM,
	/**
	 * Xét chuyển lên ngạch cao hơn: civil servants from 1 July 2025 — rank exams are abolished; a council (odd number,
	 * quorum two thirds, majority vote) assesses, and the managing authority decides (Law 80/2025; Decree 170/2025 Art.
	 * 22–24) [V].
	 */
	RANK_COUNCIL,
	/**
	 * Thăng hạng chức danh nghề nghiệp: public employees, by exam or selection (Decree 115/2020/NĐ-CP as amended by
	 * 85/2023) — the details after the new Law on Public Employees are UNCERTAIN.
	 */
	TITLE_PROMOTION;

	/** Law 80/2025/QH15 and Decree 170/2025/NĐ-CP take effect. */
	public static final LocalDate LAW_80_2025 = LocalDate.of(2025, 7, 1);

	/** Decree 138/2020/NĐ-CP (rank exams of civil servants) takes effect on its signing [M]. */
	public static final LocalDate DECREE_138_2020 = LocalDate.of(2020, 11, 27);

	/** Decree 115/2020/NĐ-CP (title promotion of public employees) takes effect on its signing [M]. */
	public static final LocalDate DECREE_115_2020 = LocalDate.of(2020, 9, 25);

	/**
	 * The path of a round held on {@code date}. A round before the decrees CôngVụ keeps (the rules of Decrees 24/2010
	 * and 29/2012 before them are not kept) is refused rather than judged by rules not yet in force.
	 */
	public static PromotionPath of(Category category, LocalDate date) {
		var first = category == Category.PUBLIC_EMPLOYEE ? DECREE_115_2020 : DECREE_138_2020;
		if ((category == Category.CIVIL_SERVANT || category == Category.PUBLIC_EMPLOYEE) && date.isBefore(first)) {
			throw new InvalidInputException("heldOn", "promotion.path.before", first);
		}
		return switch (category) {
			case CIVIL_SERVANT -> date.isBefore(LAW_80_2025) ? RANK_EXAM : RANK_COUNCIL;
			case PUBLIC_EMPLOYEE -> TITLE_PROMOTION;
			case CADRE, CONTRACT -> throw new InvalidInputException("category", "promotion.category.none",
					category.name());
		};
	}

	/** Whether the path is an exam, with rounds, marks and a pass list. */
	public boolean byExam() {
		return this != RANK_COUNCIL;
	}

}
