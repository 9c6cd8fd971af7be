package vn.congvu.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The place and date line of Decree 30/2020, Annex I (DOMAIN A3), from its own examples. */
class OfficialDocumentTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "2021-06-30, 'Bạc Liêu, ngày 30 tháng 6 năm 2021'", "2021-03-05, 'Bạc Liêu, ngày 05 tháng 3 năm 2021'",
			"2021-01-30, 'Bạc Liêu, ngày 30 tháng 01 năm 2021'", "2021-02-09, 'Bạc Liêu, ngày 09 tháng 02 năm 2021'",
			"2021-12-10, 'Bạc Liêu, ngày 10 tháng 12 năm 2021'" })
	void aDayBelowTenAndOnlyJanuaryAndFebruaryTakeALeadingZero(LocalDate date, String line) {
		assertThat(OfficialDocument.placeAndDate("Bạc Liêu", date)).isEqualTo(line);
	}

}
