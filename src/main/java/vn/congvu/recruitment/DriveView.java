package vn.congvu.recruitment;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.congvu.personnel.Category;

/** A drive as read. */
public record DriveView(long id, long authorityUnitId, String title, Category category, Method method, Regime regime,
		LocalDate announcedOn, LocalDate applicationsUntil, DriveStatus status, @Nullable LocalDate resultsPublishedOn,
		vn.congvu.shared.@Nullable DecisionRef decision, List<Position> positions, long version) {

	/** A position of the drive and its quota. */
	public record Position(long id, long unitId, String positionCode, String positionName, @Nullable String rankCode,
			@Nullable String minDegree, @Nullable String majors, int quota) {
	}

}
