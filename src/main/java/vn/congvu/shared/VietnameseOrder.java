package vn.congvu.shared;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/**
 * The Vietnamese order of people's names (DOMAIN A4): by given name (the last word), then the middle names, then the
 * family name; words compare letter by letter in the Vietnamese alphabet (a ă â b c d đ e ê g h i k l m n o ô ơ p q r
 * s t u ư v x y), tone marks ignored; only names equal in letters are ordered by their tones, in the order none,
 * huyền, hỏi, ngã, sắc, nặng.
 * <p>
 * {@link #key(String)} gives a string whose plain code-point order (PostgreSQL {@code COLLATE "C"}) is this order, so
 * lists of people sort in the database.
 */
public final class VietnameseOrder {

	private static final String ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy";

	/** Combining tone marks in the order the tones sort: huyền, hỏi, ngã, sắc, nặng. */
	private static final String TONES = "\u0300\u0309\u0303\u0301\u0323";

	public static final Comparator<String> COMPARATOR = Comparator.comparing(VietnameseOrder::key);

	private VietnameseOrder() {
	}

	/** The sort key of a full name. */
	public static String key(String fullName) {
		var words = Texts.clean(fullName).toLowerCase(Locale.ROOT).split(" ");
		var ordered = new String[words.length];
		ordered[0] = words[words.length - 1];
		System.arraycopy(words, 1, ordered, 1, words.length - 2 >= 0 ? words.length - 2 : 0);
		if (words.length > 1) {
			ordered[words.length - 1] = words[0];
		}
		var letters = new StringBuilder();
		var tones = new StringBuilder();
		for (var word : ordered) {
			if (word == null) {
				continue;
			}
			for (var base : Normalizer.normalize(word, Normalizer.Form.NFD).split("(?=\\P{M})")) {
				if (base.isEmpty()) {
					continue;
				}
				char letter = base.charAt(0);
				var marks = base.substring(1);
				letter = withShapeMarks(letter, marks);
				int index = ALPHABET.indexOf(letter);
				// letters outside the alphabet (f, j, w, z, digits) sort after it, by their own code
				letters.append(index >= 0 ? (char) ('A' + index) : (char) (0x100 + letter));
				int tone = 0;
				for (char mark : marks.toCharArray()) {
					int t = TONES.indexOf(mark);
					if (t >= 0) {
						tone = t + 1;
					}
				}
				tones.append((char) ('0' + tone));
			}
			letters.append(' ');
			tones.append(' ');
		}
		return letters.toString() + '\u0001' + tones;
	}

	/** The letter with its shape marks (breve, circumflex, horn, stroke), which make it another letter. */
	private static char withShapeMarks(char letter, String marks) {
		if (marks.indexOf('\u0306') >= 0 && letter == 'a') {
			return 'ă';
		}
		if (marks.indexOf('\u0302') >= 0) {
			return switch (letter) {
				case 'a' -> 'â';
				case 'e' -> 'ê';
				case 'o' -> 'ô';
				default -> letter;
			};
		}
		if (marks.indexOf('\u031B') >= 0) {
			return switch (letter) {
				case 'o' -> 'ơ';
				case 'u' -> 'ư';
				default -> letter;
			};
		}
		return letter;
	}

	/** A search key: lower case, accents and tones removed, đ as d. */
	private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");

	public static String searchKey(String text) {
		var decomposed = Normalizer.normalize(Texts.clean(text).toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd');
	}

}
