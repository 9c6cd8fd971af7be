package vn.congvu.personnel;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A correction request as pages and the API show it; {@code status} is PENDING, APPROVED or REJECTED; {@code evidence}
 * the files the official sent with it.
 */
public record CorrectionView(long id, long officialId, String officialName, CorrectableField field,
		@Nullable String currentValue, @Nullable String proposedValue, String reason, String status,
		String requestedBy, Instant requestedAt, @Nullable String decidedBy, @Nullable Instant decidedAt,
		@Nullable String decisionNote, long version, java.util.List<Attachments.View> evidence) {

	/** The same request with the evidence sent with it. */
	public CorrectionView withEvidence(java.util.List<Attachments.View> files) {
		return new CorrectionView(id, officialId, officialName, field, currentValue, proposedValue, reason, status,
				requestedBy, requestedAt, decidedBy, decidedAt, decisionNote, version, java.util.List.copyOf(files));
	}

}
