package vn.congvu.shared.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How pages show and read dates and numbers, in both languages: dates dd/MM/yyyy, times dd/MM/yyyy HH:mm in the
 * province's time zone, numbers with a dot between thousands (1.234.567). Templates use it as {@code @fmt}.
 */
@Component("fmt")
public class Formats {

	public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern TYPED = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");

	public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/uuuu");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss")
		.withZone(WebShellConfiguration.PROVINCE_ZONE);

	public String date(@Nullable LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	public String dateTime(@Nullable Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant);
	}

	public String number(@Nullable Number number) {
		return number == null ? "" : NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(number);
	}

	/** A month as MM/yyyy. */
	public String month(@Nullable LocalDate date) {
		return date == null ? "" : MONTH.format(date);
	}

	/** A decimal such as a salary coefficient, with a comma before the decimals (2,34) and at least two of them. */
	public String decimal(java.math.@Nullable BigDecimal number) {
		if (number == null) {
			return "";
		}
		var format = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi"));
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(4);
		return format.format(number);
	}

	/** Reads a date typed as dd/MM/yyyy (also d/M/yyyy, and yyyy-MM-dd from date pickers). */
	public static Optional<LocalDate> parseDate(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		var value = text.strip();
		try {
			if (ISO.matcher(value).matches()) {
				return Optional.of(LocalDate.parse(value));
			}
			if (TYPED.matcher(value).matches()) {
				var parts = value.split("/");
				return Optional.of(LocalDate.parse(String.format("%02d/%02d/%s", Integer.parseInt(parts[0]),
						Integer.parseInt(parts[1]), parts[2]), DATE));
			}
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

}
