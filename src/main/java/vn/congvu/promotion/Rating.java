package vn.congvu.promotion;

/**
 * The yearly rating of an official (xếp loại chất lượng; Decree 90/2020/NĐ-CP, Decree 335/2025/NĐ-CP), best first. The
 * evaluation module will own ratings; until it exists, promotion reads them through {@link PromotionRecord}.
 */
public enum Rating {

	/** Hoàn thành xuất sắc nhiệm vụ. */
	EXCELLENT,
	/** Hoàn thành tốt nhiệm vụ. */
	GOOD,
	/** Hoàn thành nhiệm vụ. */
	COMPLETED,
	/** Không hoàn thành nhiệm vụ. */
	NOT_COMPLETED;

	public boolean atLeast(Rating other) {
		return ordinal() <= other.ordinal();
	}

}
