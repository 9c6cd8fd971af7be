package vn.congvu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A value computed once per transaction, and again in the next; at each call outside one. */
class TransactionsTests {

	@Test
	void onceComputesOncePerTransactionAndForgetsItWhenItEnds() {
		var computed = new AtomicInteger();
		assertThat(Transactions.once(this, "k", computed::incrementAndGet)).isEqualTo(1);
		assertThat(Transactions.once(this, "k", computed::incrementAndGet)).as("no transaction: each call").isEqualTo(2);
		TransactionSynchronizationManager.initSynchronization();
		try {
			assertThat(Transactions.once(this, "k", computed::incrementAndGet)).isEqualTo(3);
			assertThat(Transactions.once(this, "k", computed::incrementAndGet)).isEqualTo(3);
			assertThat(Transactions.once(this, "other", computed::incrementAndGet)).isEqualTo(4);
			TransactionSynchronizationManager.getSynchronizations()
				.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
		assertThat(TransactionSynchronizationManager.hasResource(this)).isFalse();
		TransactionSynchronizationManager.initSynchronization();
		try {
			assertThat(Transactions.once(this, "k", computed::incrementAndGet)).as("the next transaction").isEqualTo(5);
			TransactionSynchronizationManager.getSynchronizations()
				.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

}
