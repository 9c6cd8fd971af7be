package vn.congvu.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Small helpers around the current transaction. */
public final class Transactions {

	private Transactions() {
	}

	/**
	 * Runs {@code action} now and again when the current transaction ends (committed or rolled back), if there is
	 * one: for emptying a cache when data changes, so that a read between the change and its commit cannot leave
	 * the old state cached.
	 */
	public static void nowAndWhenDone(Runnable action) {
		action.run();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					action.run();
				}
			});
		}
	}

}
