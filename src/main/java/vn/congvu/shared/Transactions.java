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

	/**
	 * The value computed once per transaction for {@code key}: several readers of the same figure in one transaction
	 * (the indicators of one report that share a judgement) compute it once. Outside a transaction it is computed at
	 * each call. {@code owner} names the memo, so that different owners' keys never meet.
	 */
	@SuppressWarnings("unchecked")
	public static <T> T once(Object owner, Object key, java.util.function.Supplier<T> compute) {
		var memo = memo(owner);
		var found = memo.get(key);
		if (found == null) {
			found = compute.get();
			memo.put(key, found);
		}
		return (T) found;
	}

	/**
	 * The memo {@link #once} keeps for {@code owner} in the current transaction, for values computed several at a
	 * time (a figure on several days in one statement); outside a transaction an empty map that nothing keeps.
	 */
	@SuppressWarnings("unchecked")
	public static java.util.Map<Object, Object> memo(Object owner) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return new java.util.HashMap<>();
		}
		var memo = (java.util.Map<Object, Object>) TransactionSynchronizationManager.getResource(owner);
		if (memo == null) {
			var created = new java.util.HashMap<Object, Object>();
			memo = created;
			TransactionSynchronizationManager.bindResource(owner, created);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(owner);
				}
			});
		}
		return memo;
	}

}
