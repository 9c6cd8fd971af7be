package vn.congvu.staffing;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How one agency stood on a date.
 *
 * @param schemeId the approved scheme version in force, if any
 * @param headcount the officials working in it (with its internal divisions)
 * @param names the names of the people the violations concern, by id, for showing them
 */
public record UnitCompliance(long unitId, String unitName, @Nullable Long schemeId, @Nullable Integer schemeVersionNo,
		int headcount, List<Violation> violations, Map<Long, String> names) {

	public boolean compliant() {
		return violations.isEmpty();
	}

}
