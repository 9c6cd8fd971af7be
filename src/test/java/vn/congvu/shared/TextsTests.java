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

}
