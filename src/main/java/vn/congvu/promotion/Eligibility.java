package vn.congvu.promotion;

import java.util.List;

/**
 * Whether an official may be put forward, condition by condition. A condition the records cannot tell yet (a rating
 * before the evaluation module keeps them) is {@link Status#UNVERIFIED}: it does not bar the nomination, and the
 * nominating HR officer confirms it.
 */
public record Eligibility(List<Condition> conditions) {

	public enum Status {
		MET, NOT_MET, UNVERIFIED
	}

	/** One condition: its code, whether it holds, and what to say about it (a message code and its arguments). */
	public record Condition(String code, Status status, String messageCode, List<Object> arguments) {
	}

	public Eligibility {
		conditions = List.copyOf(conditions);
	}

	@com.fasterxml.jackson.annotation.JsonProperty("eligible")
	public boolean eligible() {
		return conditions.stream().noneMatch(c -> c.status() == Status.NOT_MET);
	}

	@com.fasterxml.jackson.annotation.JsonIgnore
	public List<Condition> unmet() {
		return conditions.stream().filter(c -> c.status() == Status.NOT_MET).toList();
	}

}
