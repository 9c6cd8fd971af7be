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
		List<String> rejectionArguments, long version) {
}
