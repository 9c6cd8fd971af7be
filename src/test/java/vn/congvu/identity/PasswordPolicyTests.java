package vn.congvu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import vn.congvu.shared.InvalidInputException;

/**
 * NIST SP 800-63B §5.1.1.2: length, the blocklist of common and breached passwords, repetitive or sequential
 * characters, context-specific words; no composition rules. The weak ones are the probe's own (issue 18).
 */
class PasswordPolicyTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			'          '            | identity.password.tooShort
			'            '          | identity.password.tooShort
			password12              | identity.password.tooShort
			Password123             | identity.password.tooShort
			Demo@2021!              | identity.password.published
			password1234            | identity.password.common
			PASSWORD1234            | identity.password.common
			Password2026!           | identity.password.common
			2026-qwertyuiop-2026    | identity.password.common
			iloveyou123456          | identity.password.common
			aaaaaaaaaaaa            | identity.password.repetitive
			abcabcabcabc            | identity.password.repetitive
			1212121212121           | identity.password.repetitive
			123456789012            | identity.password.repetitive
			zyxwvutsrqpo            | identity.password.repetitive
			aabbaabbaabbaabb        | identity.password.repetitive
			nguyen.van.an-2026      | identity.password.contextual
			Nguyễn-Văn-An-2026      | identity.password.contextual
			mat-khau-cong-vu-2026   | identity.password.contextual
			MậtKhẩuCôngVụ#1         | identity.password.contextual
			""")
	void refusesWeakPasswords(String password, String reason) {
		assertThatThrownBy(() -> PasswordPolicy.check(password, "nguyen.van.an", "password"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.messageCode()).isEqualTo(reason);
				assertThat(ex.field()).isEqualTo("password");
			});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			correct horse battery staple
			Mat-khau-2026
			Tho@2025pass
			hoa sen nở trong đầm 2026
			đường về quê ngoại xa lắm
			xk2#Lm9!vQ7p
			Operator-Test-2026
			""")
	void acceptsPhrasesAndRandomOnes(String password) {
		assertThat(PasswordPolicy.check(password, "nguyen.van.an", "password")).isNotBlank();
	}

	@Test
	void countsCharactersNotBytesAfterNormalisation() {
		// 12 Vietnamese letters, some of them two code points when decomposed (NFD): NFKC makes them one each
		var decomposed = java.text.Normalizer.normalize("ĐườngQuêNgoạ", java.text.Normalizer.Form.NFD);
		assertThat(decomposed.length()).isGreaterThan(12);
		assertThat(PasswordPolicy.check(decomposed, "someone", "password")).isEqualTo("ĐườngQuêNgoạ");
		assertThatThrownBy(() -> PasswordPolicy.check("ĐườngQuêNgo", "someone", "password"))
			.hasFieldOrPropertyWithValue("messageCode", "identity.password.tooShort");
	}

	@Test
	void refusesTheDemoPasswordControlCharactersAndLoneSurrogates() {
		assertThatThrownBy(() -> PasswordPolicy.check("Tho@2025pass\u0000", "someone", "password"))
			.hasFieldOrPropertyWithValue("messageCode", "identity.password.notText");
		assertThatThrownBy(() -> PasswordPolicy.check("Tho@2025pass\ud800", "someone", "password"))
			.hasFieldOrPropertyWithValue("messageCode", "identity.password.notText");
		assertThat(PasswordPolicy.check("Tho@2025pass\ud83d\ude00", "someone", "password")).endsWith("\ud83d\ude00");
		assertThatThrownBy(() -> PasswordPolicy.check(null, "someone", "password"))
			.hasFieldOrPropertyWithValue("messageCode", "identity.password.tooShort");
		assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(129) + "yz1", "someone", "password"))
			.hasFieldOrPropertyWithValue("messageCode", "identity.password.tooLong");
	}

	@Test
	void theBlocklistIsLoadedWhole() {
		assertThat(PasswordPolicy.Common.PASSWORDS).hasSizeGreaterThan(29_000).contains("password", "123456", "qwerty");
	}

}
