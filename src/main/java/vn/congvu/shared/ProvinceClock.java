package vn.congvu.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application: every "today" and "now" of CôngVụ, in Java and (through
 * {@code personnel.today()}) in SQL, is read from it. It runs in the province's time zone.
 * <p>
 * {@code congvu.clock.start} sets the day (or instant) the clock shows when the application starts, from where it runs
 * on: the tests start every context on one fixed day, whatever the day they run, and a demo can be shown as it will be.
 * A day alone means 08:00 in the province. Empty (the default): the system clock.
 */
@Configuration(proxyBeanMethods = false)
public class ProvinceClock {

	/** The time zone of dates in the province (Indochina Time). */
	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	/** The hour a clock set to a day alone starts at. */
	static final LocalTime START_OF_WORK = LocalTime.of(8, 0);

	@Bean
	Clock clock(@Value("${congvu.clock.start:}") String start) {
		return of(start, Clock.system(ZONE));
	}

	/**
	 * The clock of a console command, which runs without Spring ({@code ./congvu unlock-account}):
	 * {@code CONGVU_CLOCK_START} plays {@code congvu.clock.start}.
	 */
	public static Clock forConsole() {
		var start = System.getenv("CONGVU_CLOCK_START");
		return of(start == null ? "" : start, Clock.system(ZONE));
	}

	/** The clock {@code start} asks for, running on from {@code system}'s present; {@code system} when blank. */
	static Clock of(String start, Clock system) {
		if (start.isBlank()) {
			return system;
		}
		var at = startingInstant(start.strip());
		return Clock.offset(system, Duration.between(system.instant(), at));
	}

	private static Instant startingInstant(String start) {
		try {
			return LocalDate.parse(start).atTime(START_OF_WORK).atZone(ZONE).toInstant();
		}
		catch (DateTimeParseException notADay) {
			try {
				return OffsetDateTime.parse(start).toInstant();
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("congvu.clock.start: '" + start
						+ "' is neither a day (2026-12-07) nor an instant with its offset (2026-12-07T09:00:00+07:00)",
						ex);
			}
		}
	}

}
