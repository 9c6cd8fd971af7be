package vn.congvu.shared.web;

import java.util.function.UnaryOperator;

import org.springframework.validation.BindingResult;

import vn.congvu.shared.DomainException;
import vn.congvu.shared.InvalidInputException;

/** Puts a broken rule on the form that caused it: beside its field when it names one, above the form otherwise. */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * @param formField maps the field the domain names (for example {@code decision.number}) to the form's field
	 */
	public static void reject(BindingResult result, DomainException ex, UnaryOperator<String> formField) {
		if (ex instanceof InvalidInputException invalid) {
			result.rejectValue(formField.apply(invalid.field()), ex.messageCode(), ex.arguments(), ex.messageCode());
		}
		else {
			result.reject(ex.messageCode(), ex.arguments(), ex.messageCode());
		}
	}

}
