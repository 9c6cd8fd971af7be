package vn.congvu.position;

import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A job position of a scheme: what it is called, its group, the rank or professional title it requires, the
 * qualifications it requires and how many people hold it.
 *
 * @param rankCode the rank or title the position requires (catalog), or {@code null} for a support position held under
 * a labour contract
 * @param minDegree the lowest degree level accepted (catalog list {@code PROFESSIONAL_LEVEL}), or {@code null}
 * @param majors the accepted majors separated by semicolons; {@code null} accepts any major
 * @param stateManagement the state-management certificate level required (catalog list {@code STATE_MANAGEMENT})
 * @param politicalTheory the political-theory level required (catalog list {@code POLITICAL_THEORY})
 * @param concurrentAllowed whether the position may be held as a concurrent post (kiêm nhiệm)
 */
@Embeddable
public record JobPosition(String code, String name,
		@Enumerated(EnumType.STRING) @Column(name = "position_group") PositionGroup group,
		@Nullable String rankCode, @Nullable String minDegree, @Nullable String majors, @Nullable String stateManagement,
		@Nullable String politicalTheory, boolean languageRequired, boolean itRequired, int headcount,
		boolean concurrentAllowed, @Nullable String jobDescription, @Nullable String competencyFramework) {

	/** The accepted majors, or an empty list when any major will do. */
	public List<String> majorList() {
		if (majors == null || majors.isBlank()) {
			return List.of();
		}
		return java.util.Arrays.stream(majors.split(";")).map(String::strip).filter(m -> !m.isEmpty()).toList();
	}

}
