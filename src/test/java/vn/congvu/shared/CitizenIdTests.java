package vn.congvu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The citizen id's structure, Circular 07/2016/TT-BCA, Art. 7. */
class CitizenIdTests {

	@ParameterizedTest(name = "{0} agrees with {1} {2}")
	@CsvSource({ "095061001234, 1961-03-15, MALE", "095166004321, 1966-08-31, FEMALE", "096200000001, 2000-01-01, MALE",
			"001305123456, 2005-12-31, FEMALE", "079099000000, 1999-06-01, MALE" })
	void sexAndCenturyDigitAndYearAgree(String id, LocalDate birth, Sex sex) {
		assertThat(new CitizenId(id).agreesWith(birth, sex)).isTrue();
	}

	@ParameterizedTest(name = "{0} disagrees with {1} {2}")
	@CsvSource({ "095061001234, 1961-03-15, FEMALE", "095161001234, 2061-03-15, FEMALE",
			"095062001234, 1961-03-15, MALE", "095261001234, 1961-03-15, MALE" })
	void disagreementIsFound(String id, LocalDate birth, Sex sex) {
		var citizenId = new CitizenId(id);
		assertThat(citizenId.agreesWith(birth, sex)).isFalse();
		assertThatThrownBy(() -> citizenId.checkAgainst(birth, sex)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("validation.citizenId.mismatch");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "09506100123", "0950610012345", "09506100123A", "003061001234", "097061001234" })
	void malformedOrUnknownProvinceIsRefused(String id) {
		assertThatThrownBy(() -> new CitizenId(id)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void spacesAreIgnoredAndTheProvinceIsKnown() {
		var id = new CitizenId(" 095 061 001 234 ");
		assertThat(id.value()).isEqualTo("095061001234");
		assertThat(CitizenId.PROVINCES.get(id.provinceCode())).isEqualTo("Bạc Liêu");
		assertThat(CitizenId.PROVINCES).hasSize(63);
	}

}
