package vn.congvu.personnel;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.congvu.shared.ConflictException;
import vn.congvu.shared.InvalidInputException;

/** A correction an official asked for in their own record, and what HR decided. Nobody decides their own request. */
@Entity
@Table(name = "correction_request", schema = "personnel")
class CorrectionRequest {

	enum Status {

		PENDING, APPROVED, REJECTED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long officialId;

	@Enumerated(EnumType.STRING)
	private CorrectableField field;

	private @Nullable String currentValue;

	private @Nullable String proposedValue;

	private String reason;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String requestedBy;

	private Instant requestedAt;

	private @Nullable String decidedBy;

	private @Nullable Instant decidedAt;

	private @Nullable String decisionNote;

	@Version
	private long version;

	@SuppressWarnings("NullAway")
	protected CorrectionRequest() {
	}

	CorrectionRequest(long officialId, CorrectableField field, @Nullable String currentValue,
			@Nullable String proposedValue, String reason, String requestedBy, Instant requestedAt) {
		this.officialId = officialId;
		this.field = field;
		this.currentValue = currentValue;
		this.proposedValue = proposedValue;
		this.reason = reason;
		this.status = Status.PENDING;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
	}

	void decide(boolean approve, String by, @Nullable String note, Instant at) {
		if (status != Status.PENDING) {
			throw new ConflictException("personnel.correction.alreadyDecided", id());
		}
		if (by.equals(requestedBy)) {
			throw new InvalidInputException("decision", "personnel.correction.ownRequest");
		}
		this.status = approve ? Status.APPROVED : Status.REJECTED;
		this.decidedBy = by;
		this.decidedAt = at;
		this.decisionNote = note;
	}

	long id() {
		return Objects.requireNonNull(id);
	}

	long officialId() {
		return officialId;
	}

	CorrectableField field() {
		return field;
	}

	@Nullable
	String proposedValue() {
		return proposedValue;
	}

	long version() {
		return version;
	}

	String requestedBy() {
		return requestedBy;
	}

	CorrectionView view(String officialName) {
		return new CorrectionView(id(), officialId, officialName, field, currentValue, proposedValue, reason,
				status.name(), requestedBy, requestedAt, decidedBy, decidedAt, decisionNote, version, java.util.List.of());
	}

}
