package vn.congvu.personnel;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a personnel action would change, before it is recorded: the official's employment on {@code day} without it and
 * with it ({@code null} when not employed then, as after a retirement).
 *
 * @param salaryStep the step the action places the official on, as the rules of the date place it (a rank change
 * without a step given)
 * @param stepStart the day the step's clock starts, when the rules set it
 */
public record ActionPreview(LocalDate day, @Nullable EmploymentPeriod before, @Nullable EmploymentPeriod after,
		@Nullable Integer salaryStep, @Nullable LocalDate stepStart) {

	/** Whether the action changes nothing of the employment shown (a discipline, an allowance). */
	public boolean unchanged() {
		return before != null && after != null && before.unitId() == after.unitId()
				&& before.status() == after.status() && java.util.Objects.equals(before.rankCode(), after.rankCode())
				&& java.util.Objects.equals(before.salaryStep(), after.salaryStep())
				&& java.util.Objects.equals(before.positionTitle(), after.positionTitle())
				&& java.util.Objects.equals(before.positionCode(), after.positionCode())
				&& before.concurrentPositions().equals(after.concurrentPositions())
				&& java.util.Objects.equals(before.secondedTo(), after.secondedTo());
	}

}
