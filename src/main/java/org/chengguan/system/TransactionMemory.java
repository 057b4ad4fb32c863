package org.chengguan.system;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.ResourceHolderSupport;
import org.springframework.transaction.support.ResourceHolderSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the current transaction wrote by hand and reads again before it ends (issue 14 §1: the report and the case an
 * intake request writes, without a statement to read them back). The memory ends with the transaction and is set
 * aside while a new transaction runs inside it; outside a transaction nothing is remembered.
 *
 * @param <K> the key
 * @param <V> what is remembered
 */
public final class TransactionMemory<K, V> {

	public void remember(K key, V value) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		var holder = current();
		if (holder == null) {
			holder = new Holder<>();
			holder.setSynchronizedWithTransaction(true);
			TransactionSynchronizationManager.bindResource(this, holder);
			TransactionSynchronizationManager.registerSynchronization(new ResourceHolderSynchronization<>(holder, this) {
			});
		}
		holder.values.put(key, value);
	}

	/** What this transaction remembered under the key. */
	public Optional<V> recall(K key) {
		var holder = current();
		return holder == null ? Optional.empty() : Optional.ofNullable(holder.values.get(key));
	}

	@SuppressWarnings("unchecked")
	private @Nullable Holder<K, V> current() {
		return (Holder<K, V>) TransactionSynchronizationManager.getResource(this);
	}

	/** The transaction's values; Spring's synchronization unbinds it at the end and while another transaction runs. */
	private static final class Holder<K, V> extends ResourceHolderSupport {

		private final Map<K, V> values = new HashMap<>();
	}
}
