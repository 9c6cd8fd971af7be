package vn.congvu.personnel;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.congvu.shared.database.CustomPlans;

/**
 * The units of a scope on a day, read before the people of those units are counted and passed to that count as an
 * array. Joined with the people in one statement, the planner took a province of 645,000 people for a few hundred
 * and chose plans twice as slow (the headcount 1.8 s against 1.0 s, the compliance stream 7.8 s against 3.8 s, at a
 * million officials). Statements that follow in the transaction are planned for their values, so that the array's
 * size is known to the planner.
 */
final class ScopeUnits {

	private ScopeUnits() {
	}

	static Long[] on(JdbcClient jdbc, long root, LocalDate day) {
		var units = jdbc.sql("""
				SELECT DISTINCT s.unit_id FROM organization.scope_periods(:root) s
				WHERE s.valid @> CAST(:day AS date)""")
			.param("root", root)
			.param("day", day)
			.query(Long.class)
			.list();
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			CustomPlans.forThisTransaction(jdbc);
		}
		return units.toArray(Long[]::new);
	}

}
