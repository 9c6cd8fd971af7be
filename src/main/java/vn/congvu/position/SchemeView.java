package vn.congvu.position;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.congvu.shared.DateRange;
import vn.congvu.shared.DecisionRef;

/**
 * A version of a job-position scheme as read.
 *
 * @param appliesUntil the last day it applies, once a later version superseded it: what a page shows ("đến ngày");
 * the half-open range the rules use is {@link #period()}
 * @param version the optimistic-locking version to send back with a change
 */
public record SchemeView(long id, long unitId, String unitName, int versionNo, @Nullable Long revisesId,
		SchemeStatus status, String title, LocalDate appliesFrom, @Nullable LocalDate appliesUntil, String createdBy,
		Instant createdAt, @Nullable String submittedBy, @Nullable Instant submittedAt, @Nullable String returnedNote,
		@Nullable DecisionRef decision, @Nullable String signer, @Nullable String approvedBy,
		@Nullable Instant approvedAt, List<JobPosition> positions, List<RankShare> rankShares, long version) {

	public Optional<JobPosition> position(String code) {
		return positions.stream().filter(p -> p.code().equalsIgnoreCase(code)).findFirst();
	}

	/** The days the version applies (or would, once decided): valid to the day the next version starts. */
	public DateRange period() {
		return DateRange.days(appliesFrom, appliesUntil);
	}

	/** Whether the version was in force on {@code date}. */
	public boolean appliesOn(LocalDate date) {
		return status.decided() && period().contains(date);
	}

}
