package org.chengguan.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.chengguan.NoResources;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What a transaction remembers is read again by it alone, and forgotten when it ends. */
class TransactionMemoryTests {

	final TransactionMemory<Long, String> memory = new TransactionMemory<>();

	final TransactionTemplate transaction = new TransactionTemplate(new NoResources());

	@Test
	void theTransactionReadsWhatItRemembered() {
		transaction.executeWithoutResult(status -> {
			memory.remember(41L, "AJ20261204000041");
			memory.remember(42L, "AJ20261204000042");

			assertThat(memory.recall(41L)).hasValue("AJ20261204000041");
			assertThat(memory.recall(42L)).hasValue("AJ20261204000042");
			assertThat(memory.recall(43L)).isEmpty();
		});
	}

	@Test
	void theMemoryEndsWithItsTransaction() {
		transaction.executeWithoutResult(status -> memory.remember(41L, "AJ20261204000041"));

		assertThat(memory.recall(41L)).isEmpty();
		assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
	}

	@Test
	void aTransactionRunInsideDoesNotSeeTheOuterOnesValues() {
		var inner = new TransactionTemplate(transaction.getTransactionManager());
		inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		transaction.executeWithoutResult(status -> {
			memory.remember(41L, "outer");

			inner.executeWithoutResult(innerStatus -> {
				assertThat(memory.recall(41L)).isEmpty();
				memory.remember(41L, "inner");
				assertThat(memory.recall(41L)).hasValue("inner");
			});

			assertThat(memory.recall(41L)).hasValue("outer");
		});
	}

	@Test
	void outsideATransactionNothingIsRemembered() {
		memory.remember(41L, "AJ20261204000041");

		assertThat(memory.recall(41L)).isEmpty();
		assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
	}
}
