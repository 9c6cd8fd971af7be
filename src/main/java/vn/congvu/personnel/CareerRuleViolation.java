package vn.congvu.personnel;

import vn.congvu.shared.InvalidInputException;

/** An action that the official's career does not allow on its date. */
public class CareerRuleViolation extends InvalidInputException {

	public CareerRuleViolation(String field, String messageCode, Object... arguments) {
		super(field, messageCode, arguments);
	}

	@Override
	public String problemSlug() {
		return "career-rule";
	}

}
