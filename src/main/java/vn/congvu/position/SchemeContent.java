package vn.congvu.position;

import java.time.LocalDate;
import java.util.List;

/**
 * What a draft says: its title, the day it is to apply from, its positions and its rank structure. Checked by
 * {@link PositionSchemeBook} before it is stored.
 */
public record SchemeContent(String title, LocalDate appliesFrom, List<JobPosition> positions,
		List<RankShare> rankShares) {
}
