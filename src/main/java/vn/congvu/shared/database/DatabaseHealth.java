package vn.congvu.shared.database;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's part of {@code /actuator/health} (and of readiness), answered within {@link #WAIT} whatever the
 * database does: Spring Boot's own check waited as long as PostgreSQL was frozen, and the health endpoint with it. The
 * check runs on a thread of its own; if the database has not answered in time the answer is DOWN, and while that
 * check still waits, the next ones say so at once instead of piling up. Liveness never asks the database (a frozen
 * database is no reason to restart the application); readiness does.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator, DisposableBean {

	static final Duration WAIT = Duration.ofSeconds(3);

	private final DataSource dataSource;

	private final ExecutorService checker = Executors.newSingleThreadExecutor(r -> {
		var thread = new Thread(r, "database-health");
		thread.setDaemon(true);
		return thread;
	});

	private volatile Future<Boolean> pending;

	DatabaseHealth(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public Health health() {
		var running = pending;
		if (running != null && !running.isDone()) {
			return Health.down().withDetail("database", "an earlier check is still waiting for an answer").build();
		}
		var check = checker.submit(() -> {
			try (var connection = dataSource.getConnection()) {
				return connection.isValid((int) WAIT.toSeconds());
			}
		});
		pending = check;
		try {
			return check.get(WAIT.toMillis(), TimeUnit.MILLISECONDS) ? Health.up().build()
					: Health.down().withDetail("database", "the connection is not valid").build();
		}
		catch (TimeoutException ex) {
			return Health.down().withDetail("database", "no answer within " + WAIT.toSeconds() + " s").build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.down().build();
		}
		catch (java.util.concurrent.ExecutionException ex) {
			return Health.down().withDetail("database", String.valueOf(ex.getCause().getMessage())).build();
		}
	}

	@Override
	public void destroy() {
		checker.shutdownNow();
	}

}
