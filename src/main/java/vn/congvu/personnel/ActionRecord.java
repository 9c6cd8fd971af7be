package vn.congvu.personnel;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.congvu.shared.DecisionRef;

/**
 * A personnel action as the career rules see it: what was decided, effective when, and the facts it sets. Facts a kind
 * does not use are {@code null}.
 *
 * @param id the action's id; actions of one day apply in id order
 * @param positionCode the job position (its code in the scheme of the unit) the action places the official in
 * @param outOfSequence the decision places the salary step outside the regular sequence (early raise, correction)
 */
public record ActionRecord(long id, ActionKind kind, LocalDate effectiveDate, @Nullable LocalDate endDate,
		DecisionRef decision, @Nullable Long unitId, @Nullable Category category, @Nullable String rankCode,
		@Nullable String salaryScaleCode, @Nullable Integer salaryStep, @Nullable LocalDate stepStart,
		@Nullable String positionTitle, @Nullable String positionCode, @Nullable Long cancelsActionId,
		boolean outOfSequence) {
}
