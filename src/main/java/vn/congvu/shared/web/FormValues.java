package vn.congvu.shared.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.congvu.shared.InvalidInputException;

/**
 * Values typed in a form, read leniently where the domain checks them next: numbers that are not numbers become
 * empty (and the domain names the field as missing), a mistyped date or mark is refused with the field it is in.
 */
public final class FormValues {

	private FormValues() {
	}

	/** Text as typed without the spaces around it, or {@code null} when nothing but spaces was typed. */
	public static @Nullable String text(@Nullable String text) {
		if (text == null) {
			return null;
		}
		var stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	public static @Nullable Long number(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public static @Nullable Integer integer(@Nullable String text) {
		var n = number(text);
		return n == null ? null : n.intValue();
	}

	/** A mark or share as typed, with a comma or a point for decimals. */
	public static @Nullable BigDecimal decimal(@Nullable String text, String field) {
		try {
			return text == null || text.isBlank() ? null : new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, "recruitment.marks.range");
		}
	}

	/** A date as dd/MM/yyyy, or empty. */
	public static @Nullable LocalDate date(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return Formats.parseDate(text).orElseThrow(() -> new InvalidInputException("date", "date.invalid"));
	}

	/**
	 * A date as dd/MM/yyyy typed in {@code field}: a mistyped one is marked on the field (and stays as typed, since the
	 * form keeps its text), a missing one too when {@code required}; either gives {@code null}.
	 */
	public static @Nullable LocalDate date(@Nullable String text, String field,
			org.springframework.validation.BindingResult result, boolean required) {
		if (text == null || text.isBlank()) {
			if (required) {
				result.rejectValue(field, "validation.date.required");
			}
			return null;
		}
		var parsed = Formats.parseDate(text);
		if (parsed.isEmpty()) {
			result.rejectValue(field, "date.invalid");
		}
		return parsed.orElse(null);
	}

	public static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
