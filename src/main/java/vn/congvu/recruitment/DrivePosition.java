package vn.congvu.recruitment;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A job position a drive recruits to, with its quota, as the approved scheme described it on the drive's date. */
@Entity
@Table(name = "drive_position", schema = "recruitment")
class DrivePosition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long unitId;

	private String positionCode;

	private String positionName;

	private @Nullable String rankCode;

	private @Nullable String minDegree;

	private @Nullable String majors;

	private int quota;

	@SuppressWarnings("NullAway")
	protected DrivePosition() {
	}

	DrivePosition(long unitId, String positionCode, String positionName, @Nullable String rankCode,
			@Nullable String minDegree, @Nullable String majors, int quota) {
		this.unitId = unitId;
		this.positionCode = positionCode;
		this.positionName = positionName;
		this.rankCode = rankCode;
		this.minDegree = minDegree;
		this.majors = majors;
		this.quota = quota;
	}

	long id() {
		return java.util.Objects.requireNonNull(id);
	}

	long unitId() {
		return unitId;
	}

	String positionCode() {
		return positionCode;
	}

	@Nullable String minDegree() {
		return minDegree;
	}

	@Nullable String majors() {
		return majors;
	}

	@Nullable String rankCode() {
		return rankCode;
	}

	int quota() {
		return quota;
	}

	DriveView.Position view() {
		return new DriveView.Position(id(), unitId, positionCode, positionName, rankCode, minDegree, majors, quota);
	}

}
