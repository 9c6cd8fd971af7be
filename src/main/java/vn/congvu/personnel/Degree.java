package vn.congvu.personnel;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A degree or diploma: its level (catalog list {@code PROFESSIONAL_LEVEL}), major, institution, year and mode of
 * training (form 2C-BNV/2008, "đào tạo, bồi dưỡng").
 */
@Embeddable
public record Degree(String levelCode, String major, @Nullable String institution, @Nullable Integer graduationYear,
		@Enumerated(EnumType.STRING) @Nullable TrainingMode trainingMode) {
}
