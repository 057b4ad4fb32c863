package org.chengguan.system;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reference data that only ever grows (campaigns, road segments), held in memory as an immutable snapshot so that no
 * statement per request asks for it (issue 14). After an addition here the snapshot is read again — by the adding
 * transaction alone until it ends (no other may act on a row it cannot see yet), by everyone after; an addition on
 * another instance is seen when {@link #refreshIfNewer()} finds a newer id stored.
 *
 * @param <S> the snapshot
 */
public final class AddedOnly<S> {

	private final Supplier<S> reader;

	private final ToLongFunction<S> newestIdOf;

	private final LongSupplier storedNewestId;

	/** The snapshot everyone reads (none until read), with the count of additions it may predate. */
	private record Shared<S>(@Nullable S snapshot, long additions) {
	}

	private final AtomicReference<Shared<S>> shared = new AtomicReference<>(new Shared<>(null, 0));

	/**
	 * @param reader reads the snapshot in the current transaction
	 * @param newestIdOf the newest id a snapshot holds
	 * @param storedNewestId the newest id stored, one cheap statement
	 */
	public AddedOnly(Supplier<S> reader, ToLongFunction<S> newestIdOf, LongSupplier storedNewestId) {
		this.reader = reader;
		this.newestIdOf = newestIdOf;
		this.storedNewestId = storedNewestId;
	}

	/** The snapshot this transaction may act on. */
	public S current() {
		if (TransactionSynchronizationManager.getResource(this) instanceof Own<?> own) {
			@SuppressWarnings("unchecked")
			var mine = (Own<S>) own;
			if (mine.snapshot == null) {
				mine.snapshot = reader.get();
			}
			return mine.snapshot;
		}
		var held = shared.get();
		var current = held.snapshot();
		if (current == null) {
			current = reader.get();
			// kept unless something was added meanwhile: it might not hold that
			shared.compareAndSet(held, new Shared<>(current, held.additions()));
		}
		return current;
	}

	/** Something was added in the current transaction (or just now, outside one). */
	public void added() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			forget();
			return;
		}
		if (TransactionSynchronizationManager.getResource(this) instanceof Own<?> own) {
			own.snapshot = null;
			return;
		}
		TransactionSynchronizationManager.bindResource(this, new Own<S>());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(AddedOnly.this);
				forget();
			}
		});
	}

	private void forget() {
		shared.updateAndGet(held -> new Shared<>(null, held.additions() + 1));
	}

	/**
	 * Reads the snapshot again when a newer id is stored than the one it holds (added on another instance); the
	 * newest id held before, or empty when there was nothing newer or nothing read yet.
	 */
	public OptionalLong refreshIfNewer() {
		var held = shared.get();
		var known = held.snapshot();
		if (known == null) {
			return OptionalLong.empty();
		}
		var before = newestIdOf.applyAsLong(known);
		if (storedNewestId.getAsLong() <= before) {
			return OptionalLong.empty();
		}
		shared.compareAndSet(held, new Shared<>(reader.get(), held.additions()));
		return OptionalLong.of(before);
	}

	/** What the adding transaction reads, until it ends. */
	private static final class Own<S> {

		@Nullable S snapshot;
	}
}
