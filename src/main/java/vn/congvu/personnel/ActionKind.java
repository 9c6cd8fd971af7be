package vn.congvu.personnel;

/**
 * The kinds of personnel action, each taken by a decision. What each changes is applied by {@link Career}.
 */
public enum ActionKind {

	/** Tuyển dụng: starts employment in a unit, category, rank and salary step. */
	RECRUITMENT,
	/** Tiếp nhận: intake of a person from outside the unit's system into employment. */
	RECEPTION,
	/** Hết thời gian tập sự: the official is confirmed in the rank. */
	END_OF_PROBATION,
	/** Chuyển ngạch, nâng ngạch, thăng hạng: a new rank or professional title, and its salary placement. */
	RANK_CHANGE,
	/** Nâng bậc lương: the next step of the same scale. */
	SALARY_STEP,
	/** Thay đổi phụ cấp. */
	ALLOWANCE_CHANGE,
	/** Điều động: moved to another agency by the managing authority. */
	TRANSFER,
	/** Luân chuyển: a leader rotated to another post, in succession planning. */
	ROTATION,
	/** Thuyên chuyển: moved to another agency at the person's own request. */
	REASSIGNMENT,
	/**
	 * Chuyển do sắp xếp tổ chức: moved with the work of a unit that merged into another, under the merger's decision.
	 * Not a transfer in the reform figures.
	 */
	REORGANIZATION_MOVE,
	/** Biệt phái: seconded to another agency until the end date. */
	SECONDMENT,
	/** Bổ nhiệm: appointed to a leadership post. */
	APPOINTMENT,
	/** Bổ nhiệm lại: reappointed to the same post for a new term. */
	REAPPOINTMENT,
	/** Miễn nhiệm, thôi giữ chức vụ: no longer holds the post. */
	DISMISSAL_FROM_POST,
	/** Kỷ luật: a disciplinary penalty (its consequences for salary steps are decided elsewhere). */
	DISCIPLINE,
	/** Nghỉ hưu: employment ends; nothing can follow but the cancellation of this decision. */
	RETIREMENT,
	/** Thôi việc: employment ends at the person's request or by dismissal. */
	RESIGNATION,
	/**
	 * Bố trí vào vị trí việc làm: the official takes up a job position of the unit's scheme, which becomes their main
	 * position (Decree 62/2020 Art. 4; Law 80/2025 Art. 23, 24: the rank follows the position).
	 */
	POSITION_ASSIGNMENT,
	/** Kiêm nhiệm: the official also holds another job position of the unit, as a concurrent post. */
	CONCURRENT_POST,
	/** Thôi kiêm nhiệm: the official no longer holds a concurrent post. */
	END_OF_CONCURRENT_POST,
	/** Hủy bỏ: cancels an earlier action, which then counts nowhere. */
	CANCELLATION;

	public boolean startsEmployment() {
		return this == RECRUITMENT || this == RECEPTION;
	}

	public boolean endsEmployment() {
		return this == RETIREMENT || this == RESIGNATION;
	}

	public boolean movesUnit() {
		return this == TRANSFER || this == ROTATION || this == REASSIGNMENT || this == REORGANIZATION_MOVE;
	}

	/** Whether the action must name a job position (by its code in the unit's scheme). */
	public boolean needsPosition() {
		return this == POSITION_ASSIGNMENT || this == CONCURRENT_POST || this == END_OF_CONCURRENT_POST;
	}

	/** Whether the action may name the job position it places the official in. */
	public boolean placesInPosition() {
		return needsPosition() || startsEmployment() || movesUnit() || this == APPOINTMENT || this == REAPPOINTMENT
				|| this == RANK_CHANGE || this == DISMISSAL_FROM_POST;
	}

	/** Whether the action names a unit: where the person starts, moves or is seconded to. */
	public boolean needsUnit() {
		return startsEmployment() || movesUnit() || this == SECONDMENT;
	}

}
