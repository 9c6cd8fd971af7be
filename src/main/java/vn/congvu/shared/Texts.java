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

}
