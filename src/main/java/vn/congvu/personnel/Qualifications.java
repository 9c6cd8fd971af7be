package vn.congvu.personnel;

import org.jspecify.annotations.Nullable;

/**
 * The official's levels as form 2C-BNV/2008 lists them: general education ({@code GENERAL_EDUCATION}), highest
 * professional level ({@code PROFESSIONAL_LEVEL}), political theory ({@code POLITICAL_THEORY}), state management
 * ({@code STATE_MANAGEMENT}) — codes of the catalog's lists — and foreign languages and IT as written on certificates.
 */
public record Qualifications(@Nullable String generalEducation, @Nullable String professionalLevel,
		@Nullable String politicalTheory, @Nullable String stateManagement, @Nullable String foreignLanguage,
		@Nullable String itSkill) {

	public static final Qualifications NONE = new Qualifications(null, null, null, null, null, null);

}
