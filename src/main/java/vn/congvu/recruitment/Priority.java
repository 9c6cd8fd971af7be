package vn.congvu.recruitment;

import java.math.BigDecimal;

/**
 * The priority categories of recruitment and their points (Decree 170/2025/NĐ-CP Art. 6; the same 7.5 / 5 / 2.5 as
 * Decree 138/2020/NĐ-CP Art. 5 and Decree 115/2020/NĐ-CP Art. 6; the 1.5 points of grassroots trade-union cadres only
 * under Decree 170/2025). A candidate claiming several counts only the highest: see {@link Regime#priorityPoints}.
 */
public enum Priority {

	/** Anh hùng Lực lượng vũ trang, Anh hùng Lao động, thương binh and those treated as such. */
	HERO_OR_WAR_INVALID("7.5"),
	/** Người dân tộc thiểu số. */
	ETHNIC_MINORITY("5"),
	/** Sĩ quan, quân nhân chuyên nghiệp phục viên; người làm công tác cơ yếu chuyển ngành; sĩ quan dự bị. */
	DEMOBILISED_OFFICER_OR_CIPHER_STAFF("5"),
	/** Con liệt sĩ, con thương binh, bệnh binh, con Anh hùng; con đẻ của người bị nhiễm chất độc hóa học. */
	CHILD_OF_MARTYR_INVALID_OR_HERO("5"),
	/** Người hoàn thành nghĩa vụ quân sự, nghĩa vụ công an; đội viên thanh niên xung phong. */
	MILITARY_OR_POLICE_SERVICE("2.5"),
	/** Cán bộ công đoàn trưởng thành từ cơ sở (Decree 170/2025 only). */
	GRASSROOTS_TRADE_UNION_CADRE("1.5");

	private final BigDecimal points;

	Priority(String points) {
		this.points = new BigDecimal(points);
	}

	public BigDecimal points() {
		return points;
	}

}
