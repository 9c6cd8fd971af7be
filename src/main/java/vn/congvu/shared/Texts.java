package vn.congvu.shared;

import java.text.Normalizer;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Text as CôngVụ keeps it: Unicode NFC (a keyboard or a browser may send "ễ" as "e" plus two combining marks), no
 * leading or trailing blanks, single spaces inside.
 */
public final class Texts {

	private static final Pattern BLANKS = Pattern.compile("\\s+");

	private Texts() {
	}

	public static @Nullable String clean(@Nullable String text) {
		if (text == null) {
			return null;
		}
		var normalized = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
				: Normalizer.normalize(text, Normalizer.Form.NFC);
		return BLANKS.matcher(normalized.strip()).replaceAll(" ");
	}

	/** Lower case, tone and accent marks removed, đ as d: how free text such as a major is compared. */
	public static String fold(String text) {
		var lower = text.toLowerCase(java.util.Locale.ROOT).replace('đ', 'd');
		return java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").strip();
	}

	/**
	 * Whether {@code value} is text as people type it: no half of a surrogate pair and no control character, except —
	 * when {@code lineBreaks} — tab, line feed and carriage return. The one rule for JSON strings and passwords.
	 */
	public static boolean isText(String value, boolean lineBreaks) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)
					|| (Character.isISOControl(c) && !(lineBreaks && (c == '\t' || c == '\n' || c == '\r')))) {
				return false;
			}
		}
		return true;
	}

}
