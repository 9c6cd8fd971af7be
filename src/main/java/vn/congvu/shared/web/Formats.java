package vn.congvu.shared.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How pages show and read dates and numbers, in both languages: dates dd/MM/yyyy, times dd/MM/yyyy HH:mm in the
 * province's time zone; numbers in the page's language (1.234.567 in Vietnamese, 1,234,567 in English). Templates
 * use it as {@code @fmt}.
 */
@Component("fmt")
public class Formats {

	public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

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
		return number == null ? "" : NumberFormat.getIntegerInstance(numbers()).format(number);
	}

	/**
	 * Numbers follow the page's language, as the charts do: 1.919 and 2,34 in Vietnamese; 1,919 and 2.34 in English.
	 */
	private static Locale numbers() {
		return "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage()) ? Locale.UK
				: Locale.forLanguageTag("vi");
	}

	/** A month as MM/yyyy. */
	public String month(@Nullable LocalDate date) {
		return date == null ? "" : MONTH.format(date);
	}

	/**
	 * A decimal such as a salary coefficient, with at least two decimals: a comma before them in Vietnamese (2,34), a
	 * point in English.
	 */
	public String decimal(java.math.@Nullable BigDecimal number) {
		if (number == null) {
			return "";
		}
		var format = NumberFormat.getNumberInstance(numbers());
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(4);
		return format.format(number);
	}

	/**
	 * Reads a date typed as dd/MM/yyyy (also d/M/yyyy, and yyyy-MM-dd from date pickers); a day that does not exist
	 * (31/02/2021) is no date. Read by hand: imports call this for every cell of hundreds of thousands of rows.
	 */
	public static Optional<LocalDate> parseDate(@Nullable String text) {
		if (text == null) {
			return Optional.empty();
		}
		var value = text.strip();
		int n = value.length();
		int day;
		int month;
		int year;
		if (n == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
			year = digits(value, 0, 4);
			month = digits(value, 5, 7);
			day = digits(value, 8, 10);
		}
		else {
			int first = value.indexOf('/');
			int second = first < 0 ? -1 : value.indexOf('/', first + 1);
			if (first < 1 || first > 2 || second - first < 2 || second - first > 3 || n - second != 5) {
				return Optional.empty();
			}
			day = digits(value, 0, first);
			month = digits(value, first + 1, second);
			year = digits(value, second + 1, n);
		}
		if (day < 1 || month < 1 || month > 12 || year < 0 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
			return Optional.empty();
		}
		return Optional.of(LocalDate.of(year, month, day));
	}

	/** The number written by the ASCII digits {@code text[from, to)}, or -1 if any is not a digit. */
	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

}
