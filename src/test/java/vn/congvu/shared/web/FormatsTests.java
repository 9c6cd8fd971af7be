package vn.congvu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormatsTests {

	@ParameterizedTest
	@CsvSource({ "01/07/2025, 2025-07-01", "1/7/2025, 2025-07-01", "29/02/2024, 2024-02-29", "31/12/1999, 1999-12-31",
			"' 05/03/2021 ', 2021-03-05", "2021-06-30, 2021-06-30" })
	void readsTypedAndIsoDates(String text, LocalDate expected) {
		assertThat(Formats.parseDate(text)).contains(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "31/02/2021", "29/02/2023", "00/01/2021", "01/13/2021", "01/00/2021", "1/1/21",
			"001/01/2021", "01/01/20211", "01-01-2021", "2021/01/01", "2021-1-01", "2021-02-30", "a1/01/2021",
			"01/01/２０２１", "01//2021", "/01/2021", "01/01/" })
	void refusesWhatIsNoDate(String text) {
		assertThat(Formats.parseDate(text)).isEmpty();
	}

	@Test
	void agreesWithTheStrictFormatterOnEveryDayOfManyYears() {
		var strict = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
		var random = new Random(20210630);
		for (int i = 0; i < 20_000; i++) {
			int d = random.nextInt(33);
			int m = random.nextInt(14);
			int y = 1900 + random.nextInt(200);
			var text = (random.nextBoolean() ? String.format("%02d", d) : Integer.toString(d)) + "/"
					+ (random.nextBoolean() ? String.format("%02d", m) : Integer.toString(m)) + "/" + y;
			Optional<LocalDate> expected;
			try {
				expected = Optional.of(LocalDate.parse(text, strict));
			}
			catch (java.time.format.DateTimeParseException ex) {
				expected = Optional.empty();
			}
			assertThat(Formats.parseDate(text)).as(text).isEqualTo(expected);
		}
	}

}
