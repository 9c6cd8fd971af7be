package vn.congvu.position;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The groups a job position belongs to. Which groups exist depends on the date the scheme applies from: see
 * {@link JobPositionLaw#groupsOn(LocalDate)}.
 */
public enum PositionGroup {

	/** Vị trí việc làm lãnh đạo, quản lý. */
	LEADERSHIP,
	/** Vị trí việc làm chuyên môn, nghiệp vụ (under Law 80/2025: chuyên môn, kỹ thuật). */
	PROFESSIONAL,
	/** Vị trí việc làm chuyên môn dùng chung (Decree 62/2020 only: accounting, HR, inspection, ... in every agency). */
	SHARED_PROFESSIONAL,
	/** Vị trí việc làm hỗ trợ, phục vụ. */
	SUPPORT;

	static Set<PositionGroup> all() {
		return EnumSet.allOf(PositionGroup.class);
	}

}
