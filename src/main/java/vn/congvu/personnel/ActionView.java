package vn.congvu.personnel;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.congvu.shared.DecisionRef;

/** A personnel action as the career timeline shows it; {@code cancelled} when a later action cancelled it. */
public record ActionView(long id, ActionKind kind, LocalDate effectiveDate, @Nullable LocalDate endDate,
		DecisionRef decision, @Nullable String signer, @Nullable String legalBasis, @Nullable Long unitId,
		@Nullable Category category, @Nullable String rankCode, @Nullable String salaryScaleCode,
		@Nullable Integer salaryStep, @Nullable LocalDate stepStart, @Nullable String positionTitle,
		@Nullable String positionCode, @Nullable String note, @Nullable Long cancelsActionId, boolean outOfSequence, boolean cancelled,
		Instant recordedAt, String recordedBy) {
}
