package vn.congvu.catalog;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A civil-servant rank (ngạch) or public-employee professional title (chức danh nghề nghiệp) as it stood on a date.
 *
 * @param level where it sits among ranks: SENIOR_EXPERT, SENIOR (CVCC and equivalents), PRINCIPAL (CVC), SPECIALIST
 * (CV), OFFICER (cán sự), STAFF (nhân viên)
 * @param confidence V read in the legal text, S secondary source, M from memory, U uncertain
 */
public record RankView(String code, String name, String kind, String level, String salaryScaleCode,
		LocalDate validFrom, @Nullable LocalDate validTo, String source, String confidence) {
}
