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

	/**
	 * Whether a degree's major is one the position accepts: any major when none is listed, otherwise one that contains an
	 * accepted major or is contained in one, compared without accents ("Luật kinh tế" fits "Luật").
	 */
	public boolean acceptsMajor(@Nullable String major) {
		return acceptsMajor(majors, major);
	}

	/** {@link #acceptsMajor(String)} for majors as a scheme lists them, separated by semicolons. */
	public static boolean acceptsMajor(@Nullable String majors, @Nullable String major) {
		var accepted = majorList(majors);
		if (accepted.isEmpty()) {
			return true;
		}
		if (major == null || major.isBlank()) {
			return false;
		}
		var held = vn.congvu.shared.Texts.fold(major);
		return accepted.stream().map(vn.congvu.shared.Texts::fold)
			.anyMatch(a -> !a.isEmpty() && (held.contains(a) || a.contains(held)));
	}

	/** The accepted majors, or an empty list when any major will do. */
	public List<String> majorList() {
		return majorList(majors);
	}

	private static List<String> majorList(@Nullable String majors) {
		if (majors == null || majors.isBlank()) {
			return List.of();
		}
		return java.util.Arrays.stream(majors.split(";")).map(String::strip).filter(m -> !m.isEmpty()).toList();
	}

}
