package vn.congvu.personnel;

import java.sql.Date;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the copy of each official's standing "today" on the official row (migration personnel V5) in step with the
 * calendar: the database refreshes it whenever employment changes, and this moves it on when the day leaves the range
 * it was taken for (a transfer decided last month that takes effect today). A copy that has aged is never wrong, only
 * slower to search: {@link OfficialSearch} trusts it for the dates inside its range alone.
 */
@Component
class Standings {

	private static final Logger log = LoggerFactory.getLogger(Standings.class);

	private final JdbcClient jdbc;

	Standings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(cron = "0 1 0 * * *", zone = "Asia/Ho_Chi_Minh")
	@Transactional
	public void moveOn() {
		moveOn(today());
	}

	/** The day the copies are taken for: the database's {@code personnel.today()}, as its triggers take them. */
	LocalDate today() {
		return jdbc.sql("SELECT personnel.today()").query(Date.class).single().toLocalDate();
	}

	/** Refreshes the copies whose range does not hold {@code day}; returns how many changed. */
	int moveOn(LocalDate day) {
		long started = System.nanoTime();
		int changed = jdbc.sql("""
				SELECT personnel.refresh_standing(
				  ARRAY(SELECT id FROM personnel.official WHERE NOT standing_valid @> CAST(:day AS date)), :day)""")
			.param("day", Date.valueOf(day))
			.query(Integer.class)
			.single();
		if (changed > 0) {
			log.info("Moved {} officials' standing on to {} in {} ms", changed, day,
					(System.nanoTime() - started) / 1_000_000);
		}
		return changed;
	}

}
