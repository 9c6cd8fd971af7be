package vn.congvu.position;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The rules of law on job positions, as a function of the date a scheme applies from (DOMAIN §2, §8).
 * <ul>
 * <li>Before 1 July 2025, Decree 62/2020/NĐ-CP Art. 4 (civil servants) and Decree 106/2020/NĐ-CP (public employees)
 * with Circular 12/2022/TT-BNV: four groups of positions — leadership and management; professional; shared
 * professional; support and service. A position names its rank; its description and competency framework are annexes
 * of the scheme, not required of each position here.</li>
 * <li>From 1 July 2025, Law 80/2025/QH15 Art. 23 (and Decree 361/2025/NĐ-CP): three categories — leadership and
 * management; professional and technical; support and service — and each position has a name, the post, title or rank
 * it matches, a job description (bản mô tả công việc) and a competency framework (khung năng lực).</li>
 * <li>The state-management certificates by rank (chuyên viên, chuyên viên chính, chuyên viên cao cấp) of Decree
 * 101/2017/NĐ-CP are a standard of a rank only before 1 July 2025: Decree 171/2025/NĐ-CP abolished them (records keep
 * the old values).</li>
 * </ul>
 */
public final class JobPositionLaw {

	/** Law 80/2025/QH15 and Decrees 170, 171/2025/NĐ-CP take effect. */
	public static final LocalDate LAW_80_2025 = LocalDate.of(2025, 7, 1);

	private JobPositionLaw() {
	}

	/** The groups positions of a scheme applying from {@code date} may belong to. */
	public static Set<PositionGroup> groupsOn(LocalDate date) {
		return date.isBefore(LAW_80_2025) ? PositionGroup.all()
				: EnumSet.of(PositionGroup.LEADERSHIP, PositionGroup.PROFESSIONAL, PositionGroup.SUPPORT);
	}

	/** Whether each position of a scheme applying from {@code date} must have a job description and competency framework. */
	public static boolean describesEachPosition(LocalDate date) {
		return !date.isBefore(LAW_80_2025);
	}

	/** Whether a state-management certificate required by a position still counts on {@code date}. */
	public static boolean stateManagementCertificateCounts(LocalDate date) {
		return date.isBefore(LAW_80_2025);
	}

}
