package vn.congvu.recruitment;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.congvu.shared.Sex;

/** An application as read; {@code rejection} is the message code of the reason, with its arguments. */
public record ApplicationView(long id, long driveId, long drivePositionId, String citizenId, String fullName,
		LocalDate dateOfBirth, Sex sex, String ethnicCode, @Nullable String degreeLevel, @Nullable String major,
		Set<Priority> priorities, LocalDate appliedOn, String status, @Nullable String rejection,
		List<String> rejectionArguments, @Nullable Result result, long version) {

	/** The marks and outcome, shown once the results are published. */
	public record Result(boolean absent, @Nullable Boolean round1Passed, java.math.@Nullable BigDecimal written,
			java.math.@Nullable BigDecimal interview, @Nullable String verdict, java.math.@Nullable BigDecimal total,
			@Nullable Integer rank, @Nullable String reason, List<String> reasonArguments, @Nullable Long officialId) {
	}

}
