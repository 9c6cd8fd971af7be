package vn.congvu.personnel;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feeds the application's {@link Clock} to the database before anything else runs (the demo's load among them):
 * {@code personnel.today()} then answers the application's day (migration personnel V10).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseDay implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DatabaseDay.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	DatabaseDay(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		synchronize();
	}

	/** Measures the database's clock against the application's and stores the difference; returns it (ms). */
	long synchronize() {
		long database = jdbc.sql("SELECT CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)")
			.query(Long.class)
			.single();
		long offset = clock.millis() - database;
		jdbc.sql("""
				INSERT INTO personnel.clock_offset (singleton, offset_ms, measured_at) VALUES (TRUE, :offset, clock_timestamp())
				ON CONFLICT (singleton) DO UPDATE SET offset_ms = EXCLUDED.offset_ms, measured_at = EXCLUDED.measured_at""")
			.param("offset", offset)
			.update();
		if (Math.abs(offset) > 60_000) {
			log.info("The application's clock is {} s from the database's; personnel.today() follows the application",
					offset / 1000);
		}
		return offset;
	}

}
