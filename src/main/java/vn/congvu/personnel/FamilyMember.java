package vn.congvu.personnel;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A member of the official's family or of their spouse's (form 2C-BNV/2008, "quan hệ gia đình"): relation (cha, mẹ,
 * vợ, chồng, con…), name, year of birth, and where they live and what they do.
 */
@Embeddable
public record FamilyMember(@Enumerated(EnumType.STRING) FamilySide side, String relation, String fullName,
		@Nullable Integer birthYear, @Nullable String details) {

	/** The official's own family, or their spouse's. */
	public enum FamilySide {

		OWN, SPOUSE

	}

}
