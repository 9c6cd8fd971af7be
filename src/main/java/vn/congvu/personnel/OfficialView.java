package vn.congvu.personnel;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.congvu.shared.Sex;

/** An official's personal record as pages and the API show it. */
public record OfficialView(long id, String citizenId, String fullName, LocalDate dateOfBirth, boolean birthYearOnly,
		Sex sex, String ethnicGroup, @Nullable String religion, @Nullable String birthplace, @Nullable String homeTown,
		@Nullable String residence, @Nullable String phone, @Nullable String email, Qualifications qualifications,
		Memberships memberships, List<Degree> degrees, List<FamilyMember> family, List<PriorWork> priorWork,
		@Nullable String accountUsername, long version) {
}
