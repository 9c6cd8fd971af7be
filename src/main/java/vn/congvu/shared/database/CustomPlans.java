package vn.congvu.shared.database;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Statements planned for the values of each run, for the rest of the current transaction.
 * <p>
 * A search's or a list's best plan depends on its values: a name that matches fifty people or fifty thousand, a
 * commune or the whole province. After five runs of a prepared statement on a connection PostgreSQL may switch to a
 * generic plan. At a million officials that plan took 1.7 s for a unit with its subunits and 3–4 s for the province's
 * list, where the plan made for the values took 60–90 ms.
 * <p>
 * Only for such statements: planning every statement of every request (a record page's dozen lookups by key, the
 * session's) cost the database more than running them, about a fifth of a record page's work with 32 clients.
 */
public final class CustomPlans {

	private CustomPlans() {
	}

	/** From now until the current transaction ends, every statement on its connection is planned for its values. */
	public static void forThisTransaction(JdbcClient jdbc) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Custom plans are set for a transaction, and there is none");
		}
		jdbc.sql("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)").query(String.class).single();
	}

}
