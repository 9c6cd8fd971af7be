package vn.congvu.staffing;

import java.util.List;
import java.util.Map;

/**
 * One breach of a rule in a unit: the rule, what to say about it (a message code of {@code messages.properties} and
 * its arguments), the people it concerns and the figures behind it.
 */
public record Violation(ComplianceRule rule, String messageCode, List<Object> arguments, List<Long> officialIds,
		Map<String, Object> figures) {

	public Violation {
		arguments = List.copyOf(arguments);
		officialIds = List.copyOf(officialIds);
		figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
	}

}
