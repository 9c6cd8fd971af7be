package vn.congvu.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import vn.congvu.shared.InvalidInputException;

/**
 * What a new password must be, after NIST SP 800-63B (rev. 3, §5.1.1.2, "Memorized Secret Verifiers"): long enough,
 * and not one an attacker tries first. No composition rules (no "a digit and a symbol"), no expiry; spaces and every
 * printable Unicode character are welcome, a pass phrase best of all. A password is refused when it
 * <ul>
 * <li>has fewer than {@value #MIN_LENGTH} characters (counted as Unicode code points after NFKC normalisation, as
 * §5.1.1.2 asks) or more than {@value #MAX_LENGTH} (BCrypt reads 72 bytes; longer phrases add nothing);</li>
 * <li>holds a control character or half of a surrogate pair (not text);</li>
 * <li>is, in any case, on the list of the 30,000 most common passwords of breach corpora (zxcvbn's list), or is one of
 * them with digits and signs around it ({@code Password2026!});</li>
 * <li>is repetitive or sequential: one short run repeated ({@code aaaaaaaaaaaa}, {@code abcabcabcabc}), a run of
 * consecutive characters ({@code 123456789012}, {@code abcdefghijkl}), or fewer than 4 different characters;</li>
 * <li>holds a context-specific word: the account's user name (of 3 letters or more) or the service's name, accents
 * and case aside;</li>
 * <li>is the demo province's published password ({@value AccountAdministration#DEMO_PASSWORD}), which only the demo
 * accounts carry.</li>
 * </ul>
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private static final String COMMON_LIST = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

	private static final Set<String> SERVICE_WORDS = Set.of("congvu");

	private PasswordPolicy() {
	}

	/** The password, normalised (NFKC), if it may be used; otherwise the reason, on {@code field}. */
	static String check(String password, String username, String field) {
		if (password == null) {
			throw new InvalidInputException(field, "identity.password.tooShort", MIN_LENGTH);
		}
		if (!vn.congvu.shared.Texts.isText(password, false)) {
			throw new InvalidInputException(field, "identity.password.notText");
		}
		var normalized = normalized(password);
		if (normalized.equals(AccountAdministration.DEMO_PASSWORD)) {
			throw new InvalidInputException(field, "identity.password.published");
		}
		int length = normalized.codePointCount(0, normalized.length());
		if (length < MIN_LENGTH || normalized.isBlank()) {
			throw new InvalidInputException(field, "identity.password.tooShort", MIN_LENGTH);
		}
		if (length > MAX_LENGTH) {
			throw new InvalidInputException(field, "identity.password.tooLong", MAX_LENGTH);
		}
		var lower = normalized.toLowerCase(Locale.ROOT);
		var core = lower.replaceAll("^[\\p{N}\\p{P}\\p{S}\\s]+|[\\p{N}\\p{P}\\p{S}\\s]+$", "");
		if (Common.PASSWORDS.contains(lower) || Common.PASSWORDS.contains(core)) {
			throw new InvalidInputException(field, "identity.password.common");
		}
		if (repetitiveOrSequential(lower)) {
			throw new InvalidInputException(field, "identity.password.repetitive");
		}
		var plain = plain(normalized);
		var name = username == null ? "" : plain(username);
		if ((name.length() >= 3 && plain.contains(name)) || SERVICE_WORDS.stream().anyMatch(plain::contains)) {
			throw new InvalidInputException(field, "identity.password.contextual");
		}
		return normalized;
	}

	static boolean repetitiveOrSequential(String password) {
		int[] cps = password.codePoints().toArray();
		if (java.util.Arrays.stream(cps).distinct().count() < 4) {
			return true;
		}
		for (int unit = 1; unit <= 4; unit++) {
			if (repeats(cps, unit)) {
				return true;
			}
		}
		int up = 0;
		int down = 0;
		for (int i = 1; i < cps.length; i++) {
			up += step(cps[i - 1], cps[i]) == 1 ? 1 : 0;
			down += step(cps[i - 1], cps[i]) == -1 ? 1 : 0;
		}
		return up == cps.length - 1 || down == cps.length - 1;
	}

	private static boolean repeats(int[] cps, int unit) {
		for (int i = unit; i < cps.length; i++) {
			if (cps[i] != cps[i - unit]) {
				return false;
			}
		}
		return true;
	}

	/** The step from one character to the next; '9' to '0' counts as one up, as on a keyboard's row. */
	private static int step(int from, int to) {
		if (from == '9' && to == '0') {
			return 1;
		}
		if (from == '0' && to == '9') {
			return -1;
		}
		return to - from;
	}

	/** Letters and digits only, lower case, without accents ("Công-Vụ" gives "congvu"). */
	private static String plain(String text) {
		var decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}

	/** A password as it is kept and compared: NFKC, so that one typed on another keyboard or system still matches. */
	static String normalized(String password) {
		return password == null ? "" : Normalizer.normalize(password, Normalizer.Form.NFKC);
	}

	/** The list, read once, on first use. */
	static final class Common {

		static final Set<String> PASSWORDS = load();

		private static Set<String> load() {
			var stream = PasswordPolicy.class.getResourceAsStream(COMMON_LIST);
			if (stream == null) {
				throw new IllegalStateException("The list of common passwords is missing from the class path: "
						+ COMMON_LIST);
			}
			var passwords = new HashSet<String>(40_000);
			try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
				reader.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(passwords::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return Set.copyOf(passwords);
		}

	}

}
