package vn.congvu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TextsTests {

	@Test
	void keepsTextInComposedFormWithSingleSpaces() {
		var decomposed = Normalizer.normalize("  Nguyễn   Văn An ", Normalizer.Form.NFD);
		assertThat(decomposed).hasSizeGreaterThan("  Nguyễn   Văn An ".length());
		assertThat(Texts.clean(decomposed)).isEqualTo("Nguyễn Văn An");
	}

	@Test
	void decisionReferencesAreCleanedToo() {
		var decision = new DecisionRef(" 1655/NQ-UBTVQH15 ", LocalDate.of(2025, 6, 16),
				Normalizer.normalize("Ủy ban  Thường vụ Quốc hội", Normalizer.Form.NFD));
		assertThat(decision.number()).isEqualTo("1655/NQ-UBTVQH15");
		assertThat(decision.issuer()).isEqualTo("Ủy ban Thường vụ Quốc hội");
	}

	@Test
	void textHasNoControlCharacterNorHalfASurrogatePair() {
		assertThat(Texts.isText("Nguyễn Văn An 𠀀", false)).as("a whole pair outside the BMP is text").isTrue();
		assertThat(Texts.isText("dòng 1\ndòng 2\tcột", true)).isTrue();
		assertThat(Texts.isText("dòng 1\ndòng 2", false)).as("no line breaks in a password").isFalse();
		assertThat(Texts.isText("a\u0000b", true)).isFalse();
		assertThat(Texts.isText("a\u007Fb", true)).isFalse();
		assertThat(Texts.isText("a\u0085b", true)).as("a C1 control").isFalse();
		assertThat(Texts.isText("a\uD800b", true)).as("half of a pair").isFalse();
		assertThat(Texts.isText("a\uDC00", true)).isFalse();
	}

}
