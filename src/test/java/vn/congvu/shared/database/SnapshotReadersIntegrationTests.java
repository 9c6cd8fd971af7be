package vn.congvu.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Pieces read on extra connections come back in order, on the snapshot of the calling transaction; a transaction that
 * has written reads them itself (its writes are not in a snapshot); failures stop the read and every connection goes
 * back to the pool.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
class SnapshotReadersIntegrationTests {

	/** What a piece saw: the piece, the backend that read it, and that backend's snapshot. */
	record Seen(int piece, int backend, String snapshot) {
	}

	@Autowired
	SnapshotReaders readers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactionManager;

	private static final String SEEN = "SELECT pg_backend_pid(), pg_current_snapshot()::text";

	@Test
	void aReadOnlyTransactionsPiecesAreReadOnOtherConnectionsOnItsSnapshotAndComeBackInOrder() {
		var seen = new ArrayList<Seen>();
		// repeatable read: the caller's snapshot is fixed at its first statement, so it can be compared
		var repeatable = new TransactionTemplate(transactionManager);
		repeatable.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		repeatable.setReadOnly(true);
		var caller = repeatable.execute(status -> {
			var before = jdbc.sql(SEEN).query((rs, n) -> new Seen(-1, rs.getInt(1), rs.getString(2))).single();
			readers.inOrder(IntStream.range(0, 40).boxed().toList(), piece -> {
				if (piece.piece() == 0) {
					// another transaction commits now: a reader on a snapshot of its own would see it
					new JdbcTemplate(dataSource).execute("SELECT pg_current_xact_id()");
				}
				// a piece takes a moment, as a real one does: otherwise the first reader could read all forty before the
				// second has its connection (seen once on a busy machine)
				piece.jdbc().execute("SELECT pg_sleep(0.01)");
				return piece.jdbc()
					.queryForObject(SEEN, (rs, n) -> new Seen(piece.piece(), rs.getInt(1), rs.getString(2)));
			}, seen::add);
			return before;
		});
		assertThat(seen).extracting(Seen::piece).containsExactlyElementsOf(IntStream.range(0, 40).boxed().toList());
		assertThat(seen).extracting(Seen::backend).doesNotContain(caller.backend());
		assertThat(seen.stream().map(Seen::backend).distinct()).hasSizeGreaterThan(1);
		assertThat(seen).extracting(Seen::snapshot).containsOnly(caller.snapshot());
		assertThat(activeConnections()).isZero();
	}

	@Test
	void aTransactionThatHasWrittenReadsItsPiecesItself() {
		var seen = new ArrayList<Seen>();
		int caller = transactions.execute(status -> {
			// a transaction id is given at the first write; asking for it has the same effect
			jdbc.sql("SELECT pg_current_xact_id()").query(String.class).single();
			readers.inOrder(List.of(1, 2, 3), piece -> piece.jdbc()
				.queryForObject(SEEN, (rs, n) -> new Seen(piece.piece(), rs.getInt(1), rs.getString(2))), seen::add);
			return jdbc.sql("SELECT pg_backend_pid()").query(Integer.class).single();
		});
		assertThat(seen).extracting(Seen::piece).containsExactly(1, 2, 3);
		assertThat(seen).extracting(Seen::backend).containsOnly(caller);
	}

	@Test
	void aFailingPieceOrSinkStopsTheReadAndReturnsTheConnections() {
		transactions.executeWithoutResult(status -> {
			var handed = new ArrayList<Integer>();
			assertThatThrownBy(() -> readers.inOrder(IntStream.range(0, 30).boxed().toList(), piece -> {
				if (piece.piece() == 7) {
					piece.jdbc().queryForObject("SELECT 1 / 0", Integer.class);
				}
				return piece.piece();
			}, handed::add)).hasMessageContaining("division by zero");
			// the pieces before the failing one, in order, as far as they were read when it failed (another reader may
			// still have been reading piece 0 when piece 7 failed); never one after it
			assertThat(handed).hasSizeLessThanOrEqualTo(7)
				.containsExactlyElementsOf(IntStream.range(0, handed.size()).boxed().toList());
			assertThatThrownBy(() -> readers.inOrder(IntStream.range(0, 30).boxed().toList(), piece -> piece.piece(),
					piece -> {
						if (piece == 3) {
							throw new IllegalArgumentException("the sink refused " + piece);
						}
					})).hasMessage("the sink refused 3");
		});
		assertThat(activeConnections()).isZero();
		// and the readers serve the next read
		var again = new ArrayList<Integer>();
		transactions.executeWithoutResult(
				status -> readers.inOrder(List.of(1, 2, 3, 4), piece -> piece.piece() * 10, again::add));
		assertThat(again).containsExactly(10, 20, 30, 40);
	}

	@Test
	void aReadThatFailsBeforeItStartsGivesBackItsTurn() {
		for (int i = 0; i < 3; i++) {
			// an aborted transaction cannot even export its snapshot
			assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
				try {
					jdbc.sql("SELECT 1 / 0").query(Integer.class).single();
				}
				catch (RuntimeException expected) {
					// the transaction is now aborted
				}
				readers.inOrder(List.of(1, 2), piece -> piece.piece(), piece -> {
				});
			})).hasMessageContaining("aborted");
		}
		var seen = new ArrayList<Seen>();
		int caller = transactions.execute(status -> {
			readers.inOrder(List.of(1, 2, 3), piece -> piece.jdbc()
				.queryForObject(SEEN, (rs, n) -> new Seen(piece.piece(), rs.getInt(1), rs.getString(2))), seen::add);
			return jdbc.sql("SELECT pg_backend_pid()").query(Integer.class).single();
		});
		assertThat(seen).extracting(Seen::backend).as("still read on the readers' connections").doesNotContain(caller);
	}

	/** Connections taken, of the application's pool and of the readers' own, once the last read has settled. */
	private int activeConnections() {
		int active = 0;
		for (var source : List.of(dataSource, readers.connections())) {
			HikariDataSource hikari;
			try {
				hikari = source.unwrap(HikariDataSource.class);
			}
			catch (java.sql.SQLException ex) {
				throw new IllegalStateException(ex);
			}
			var pool = hikari.getHikariPoolMXBean();
			for (int i = 0; i < 50 && pool.getActiveConnections() > 0; i++) {
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			active += pool.getActiveConnections();
		}
		return active;
	}

	@Test
	void theReadersHaveTheirOwnConnectionsConfiguredAsTheApplications() {
		assertThat(readers.connections()).isNotSameAs(dataSource);
		var seen = new ArrayList<String>();
		transactions.executeWithoutResult(status -> readers.inOrder(List.of(1, 2, 3, 4),
				piece -> piece.jdbc().queryForObject("SELECT current_user || ' ' || current_setting('jit')",
						String.class),
				seen::add));
		var application = jdbc.sql("SELECT current_user || ' ' || current_setting('jit')").query(String.class).single();
		assertThat(seen).containsOnly(application).hasSize(4);
		assertThat(application).endsWith(" off");
	}

}
