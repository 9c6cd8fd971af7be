package vn.congvu.personnel;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A correction request as pages and the API show it; {@code status} is PENDING, APPROVED or REJECTED. */
public record CorrectionView(long id, long officialId, String officialName, CorrectableField field,
		@Nullable String currentValue, @Nullable String proposedValue, String reason, String status,
		String requestedBy, Instant requestedAt, @Nullable String decidedBy, @Nullable Instant decidedAt,
		@Nullable String decisionNote, long version) {
}
