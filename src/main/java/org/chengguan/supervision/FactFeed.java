package org.chengguan.supervision;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.chengguan.caseflow.CaseEvents;
import org.chengguan.hotline.HotlineEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the facts of the cases a transaction moved, in that transaction: each event marks its case, and just before
 * the commit every marked case is read once from the case loop and the hotline and stored. The facts therefore
 * commit with the change that made them or not at all — none is lost, and one transition more or less can never go
 * uncounted. A transaction that moves a case five times reads it once.
 */
@Component
class FactFeed {

	private final FactReader reader;

	private final FactStore store;

	private final Timer timer;

	FactFeed(FactReader reader, FactStore store, MeterRegistry meters) {
		this.reader = reader;
		this.store = store;
		// what keeping the read model adds to a transaction that moved cases (issue 11 §8: ≤ 2 ms per intake request)
		this.timer = Timer.builder("chengguan.supervision.feed")
			.description("Reading and storing the facts of the cases one transaction moved")
			.register(meters);
	}

	@EventListener
	void on(CaseEvents.CaseMoved moved) {
		mark(moved.caseId());
	}

	@EventListener
	void on(CaseEvents.TimerEscalated escalated) {
		mark(escalated.caseId());
	}

	@EventListener
	void on(HotlineEvents.OrderVisited visited) {
		mark(visited.caseId());
	}

	/** Reads and stores the facts of these cases now; how many differed from the stored ones. */
	int refresh(Collection<Long> caseIds) {
		return store.store(reader.of(caseIds));
	}

	private void mark(long caseId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			refresh(Set.of(caseId));
			return;
		}
		// The transaction's own synchronisations: a transaction started inside it (REQUIRES_NEW) keeps its own.
		var marked = TransactionSynchronizationManager.getSynchronizations().stream()
			.filter(Marked.class::isInstance)
			.map(Marked.class::cast)
			.findFirst()
			.orElseGet(() -> {
				var fresh = new Marked();
				TransactionSynchronizationManager.registerSynchronization(fresh);
				return fresh;
			});
		marked.cases.add(caseId);
	}

	/** The cases one transaction moved, stored just before it commits. */
	private final class Marked implements TransactionSynchronization {

		final Set<Long> cases = new LinkedHashSet<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			timer.record(() -> refresh(cases));
		}
	}
}
