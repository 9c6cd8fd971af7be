package vn.congvu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * One clock: the application reads the time of day only from the {@link Clock} bean of {@link ProvinceClock}, so that a
 * test, a demo shown as of a day and SQL's {@code personnel.today()} all agree on the day.
 */
class OneClockTests {

	/** Reading the time of day without a clock: {@code LocalDate.now()}, {@code Instant.now(zone)}, and the like. */
	static final Pattern WITHOUT_CLOCK = Pattern.compile(
			"\\b(LocalDate|LocalDateTime|LocalTime|Instant|OffsetDateTime|ZonedDateTime|YearMonth|Year|MonthDay)"
					+ "\\.now\\(\\s*(\\)|ZoneId|ZoneOffset|java\\.time\\.Zone)"
					+ "|System\\.currentTimeMillis\\(|new (java\\.util\\.)?Date\\(\\s*\\)|Clock\\.system");

	/** SQL's own day: {@code current_date} and the like, in the application's queries. */
	static final Pattern SQL_DAY = Pattern.compile("(?i)\\b(current_date|current_timestamp|localtimestamp)\\b");

	@Test
	void theApplicationReadsTheTimeOnlyFromItsClock() throws IOException {
		var offences = new ArrayList<String>();
		try (var files = Files.walk(Path.of("src/main/java"))) {
			for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				var lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					var line = lines.get(i);
					boolean clockItself = file.endsWith(Path.of("shared", "ProvinceClock.java"))
							&& line.contains("Clock.system(ZONE)");
					if (!clockItself && (WITHOUT_CLOCK.matcher(line).find() || SQL_DAY.matcher(line).find())) {
						offences.add(file + ":" + (i + 1) + ": " + line.strip());
					}
				}
			}
		}
		assertThat(offences).as("reads of the time of day without the application's Clock").isEmpty();
	}

	@Test
	void theCheckFindsWhatItLooksFor() {
		assertThat(List.of("var today = LocalDate.now();", "Instant.now()", "LocalDate.now(ZoneId.of(\"UTC\"))",
				"java.time.LocalDate.now(java.time.ZoneId.systemDefault())", "System.currentTimeMillis()",
				"Clock.systemUTC()", "new Date()"))
			.allMatch(line -> WITHOUT_CLOCK.matcher(line).find());
		assertThat(List.of("LocalDate.now(clock)", "Instant.now(this.clock)", "OffsetDateTime.now(clock)",
				"overview.now()", "System.nanoTime()"))
			.noneMatch(line -> WITHOUT_CLOCK.matcher(line).find());
		assertThat(SQL_DAY.matcher("WHERE valid @> current_date").find()).isTrue();
	}

	@Test
	void aClockSetToADayStartsAtEightInTheProvinceAndRunsOn() {
		var system = Clock.fixed(Instant.parse("2030-05-05T00:00:00Z"), ProvinceClock.ZONE);
		var clock = ProvinceClock.of("2026-12-07", system);
		assertThat(clock.instant()).isEqualTo(Instant.parse("2026-12-07T01:00:00Z"));
		assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(clock.getZone()).isEqualTo(ProvinceClock.ZONE);
		// it runs on with the system's clock
		var running = new Clock() {

			Instant now = Instant.parse("2030-05-05T00:00:00Z");

			@Override
			public java.time.ZoneId getZone() {
				return ProvinceClock.ZONE;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return now;
			}

		};
		var started = ProvinceClock.of("2026-12-07", running);
		running.now = running.now.plus(Duration.ofMinutes(90));
		assertThat(started.instant()).as("it runs").isEqualTo(Instant.parse("2026-12-07T02:30:00Z"));
		assertThat(ProvinceClock.of("2026-12-07T23:30:00+07:00", system).instant())
			.isEqualTo(Instant.parse("2026-12-07T16:30:00Z"));
		assertThat(ProvinceClock.of("", system)).isSameAs(system);
		assertThat(ProvinceClock.of("   ", Clock.system(ZoneOffset.UTC)).getZone()).isEqualTo(ZoneOffset.UTC);
	}

	@Test
	void aClockSetToNonsenseSaysWhatItExpects() {
		var system = Clock.system(ProvinceClock.ZONE);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProvinceClock.of("07/12/2026", system))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("congvu.clock.start")
			.hasMessageContaining("2026-12-07");
	}

}
