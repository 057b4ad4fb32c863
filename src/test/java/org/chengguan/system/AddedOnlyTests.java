package org.chengguan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.chengguan.NoResources;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Data that only grows is read once; after an addition the adding transaction reads it again at once and alone, the
 * others once it has ended; an addition elsewhere is found by its newer id.
 */
class AddedOnlyTests {

	/** What a read found: the newest id stored then, and which read it was. */
	record Read(long newestId, int number) {
	}

	final AtomicLong stored = new AtomicLong(10);

	final AtomicInteger reads = new AtomicInteger();

	final TransactionTemplate transaction = new TransactionTemplate(new NoResources());

	AddedOnly<Read> known = new AddedOnly<>(() -> new Read(stored.get(), reads.incrementAndGet()), Read::newestId,
			stored::get);

	/** What another thread — another request — reads meanwhile. */
	Read elsewhere() {
		return CompletableFuture.supplyAsync(() -> known.current()).join();
	}

	@Test
	void itIsReadOnceAndThenAnsweredFromMemory() {
		assertThat(known.current()).isEqualTo(new Read(10, 1));
		assertThat(known.current()).isEqualTo(new Read(10, 1));
		Read inATransaction = transaction.execute(tx -> known.current());
		assertThat(inATransaction).isEqualTo(new Read(10, 1));
		assertThat(reads).hasValue(1);
	}

	@Test
	void theAddingTransactionAloneReadsTheAdditionUntilItEnds() {
		known.current();
		transaction.executeWithoutResult(tx -> {
			stored.set(11);
			known.added();

			assertThat(known.current()).isEqualTo(new Read(11, 2));
			assertThat(known.current()).isEqualTo(new Read(11, 2));
			assertThat(elsewhere()).isEqualTo(new Read(10, 1));
		});

		assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
		assertThat(elsewhere()).isEqualTo(new Read(11, 3));
		assertThat(known.current()).isEqualTo(new Read(11, 3));
	}

	@Test
	void aRolledBackAdditionIsForgottenByEveryone() {
		known.current();
		transaction.executeWithoutResult(tx -> {
			stored.set(11);
			known.added();
			known.current();
			stored.set(10);
			tx.setRollbackOnly();
		});

		assertThat(known.current()).isEqualTo(new Read(10, 3));
	}

	@Test
	void aReadThatAnAdditionOvertookIsNotKept() {
		known = new AddedOnly<>(() -> {
			var read = new Read(stored.get(), reads.incrementAndGet());
			if (read.number() == 1) {
				// another request adds (and commits) while this one reads what was there before
				stored.set(11);
				known.added();
			}
			return read;
		}, Read::newestId, stored::get);

		assertThat(known.current()).isEqualTo(new Read(10, 1));
		assertThat(known.current()).isEqualTo(new Read(11, 2));
	}

	@Test
	void anAdditionOnAnotherInstanceIsFoundByItsNewerId() {
		assertThat(known.refreshIfNewer()).isEmpty();
		assertThat(reads).hasValue(0);
		known.current();
		assertThat(known.refreshIfNewer()).isEmpty();
		assertThat(reads).hasValue(1);

		stored.set(12);

		assertThat(known.refreshIfNewer()).hasValue(10);
		assertThat(known.current()).isEqualTo(new Read(12, 2));
		assertThat(known.refreshIfNewer()).isEmpty();
	}
}
