package vn.congvu.recruitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import vn.congvu.personnel.Category;
import vn.congvu.shared.InvalidInputException;

/**
 * The legal regime a recruitment falls under, by the category recruited and the date of the drive (DOMAIN §3). Each
 * regime answers the questions the drive's steps ask: which methods exist, what passes, how ties are broken, what
 * priority categories count.
 */
public enum Regime {

	/**
	 * Civil servants before 1 July 2025: Decree 138/2020/NĐ-CP (amended by 116/2024). Exam in two rounds (round 1 a
	 * computer test of general knowledge, passed with half the answers right in each part; round 2 one professional
	 * test) or selection; pass with round 2 ≥ 50; priority 7.5 / 5 / 2.5 (Art. 5); ties at the last place go to the
	 * higher round-2 score, then the head of the recruiting authority decides (Art. 10) [M].
	 */
	DECREE_138_2020(false),
	/**
	 * Civil servants from 1 July 2025: Law 80/2025/QH15 Art. 19–21 and Decree 170/2025/NĐ-CP Art. 6–12. Round 1 a
	 * computer test passed with half the answers right (no re-marking); round 2 a written test, or written and interview
	 * weighted 70/30, each at least half marks; pass with a professional score ≥ 50; priority 7.5 / 5 / 2.5 / 1.5, the
	 * highest only (Art. 6); ties go to the professional score, then the written score, then the head decides (Art. 10)
	 * [V].
	 */
	DECREE_170_2025(true),
	/**
	 * Public employees: Decree 115/2020/NĐ-CP (amended by 85/2023) until the implementing decree of the new Law on
	 * Public Employees: exam or selection in two rounds, round 2 ≥ 50, priority 7.5 / 5 / 2.5, ties to the higher
	 * round-2 score, then the head decides [M].
	 */
	DECREE_115_2020(false);

	/** Law 80/2025 and Decree 170/2025 take effect. */
	public static final LocalDate LAW_80_2025 = LocalDate.of(2025, 7, 1);

	public static final BigDecimal PASS_MARK = BigDecimal.valueOf(50);

	private final boolean writtenAndInterviewWeighted;

	Regime(boolean writtenAndInterviewWeighted) {
		this.writtenAndInterviewWeighted = writtenAndInterviewWeighted;
	}

	/** Decree 138/2020/NĐ-CP takes effect on its signing [M]. */
	public static final LocalDate DECREE_138_FROM = LocalDate.of(2020, 11, 27);

	/** Decree 115/2020/NĐ-CP takes effect on its signing [M]. */
	public static final LocalDate DECREE_115_FROM = LocalDate.of(2020, 9, 25);

	/**
	 * The first day CôngVụ knows the recruitment rules of a category: the rules before (Decrees 24/2010, 29/2012 and
	 * 161/2018) are not kept, and a drive announced earlier is refused rather than judged by rules not yet in force.
	 */
	public static LocalDate firstDay(Category category) {
		return category == Category.PUBLIC_EMPLOYEE ? DECREE_115_FROM : DECREE_138_FROM;
	}

	/** The regime of a drive recruiting {@code category} whose announcement is dated {@code date}. */
	public static Regime of(Category category, LocalDate date) {
		if ((category == Category.CIVIL_SERVANT || category == Category.PUBLIC_EMPLOYEE)
				&& date.isBefore(firstDay(category))) {
			throw new InvalidInputException("announcedOn", "recruitment.regime.before", firstDay(category));
		}
		return switch (category) {
			case CIVIL_SERVANT -> date.isBefore(LAW_80_2025) ? DECREE_138_2020 : DECREE_170_2025;
			case PUBLIC_EMPLOYEE -> DECREE_115_2020;
			case CADRE, CONTRACT -> throw new InvalidInputException("category", "recruitment.category.notRecruited",
					category.name());
		};
	}

	/** Whether round 2 may combine a written test and an interview, weighted 70/30 (Decree 170/2025 Art. 9). */
	public boolean weighsWrittenAndInterview() {
		return writtenAndInterviewWeighted;
	}

	/** The priority categories that count under this regime. */
	public Set<Priority> priorities() {
		var all = EnumSet.allOf(Priority.class);
		if (this != DECREE_170_2025) {
			all.remove(Priority.GRASSROOTS_TRADE_UNION_CADRE);
		}
		return all;
	}

	/** The points a candidate's claimed categories add: the highest that counts, or zero. */
	public BigDecimal priorityPoints(Set<Priority> claimed) {
		var best = BigDecimal.ZERO;
		for (var p : claimed) {
			if (priorities().contains(p) && p.points().compareTo(best) > 0) {
				best = p.points();
			}
		}
		return best;
	}

	/** Whether ties after the professional score go next to the written score (Decree 170/2025 Art. 10). */
	public boolean breaksTiesByWrittenScore() {
		return this == DECREE_170_2025;
	}

}
