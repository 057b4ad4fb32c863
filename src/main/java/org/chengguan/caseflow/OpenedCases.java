package org.chengguan.caseflow;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The cases opened in the current transaction, by their report: the channel that received the report answers with its
 * case without reading back what it has just written (issue 14 §1). The cases are the transaction's own managed
 * entities, so a change made to one later in the same transaction (a merge on opening) is in the answer; the memory
 * ends with the transaction, and is set aside while a new transaction runs inside it.
 */
@Component
class OpenedCases {

	void remember(EnforcementCase opened) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		var current = current();
		if (current == null) {
			var bound = new HashMap<Long, EnforcementCase>();
			TransactionSynchronizationManager.bindResource(this, bound);
			TransactionSynchronizationManager.registerSynchronization(new Binding(bound));
			current = bound;
		}
		current.put(opened.getReportId(), opened);
	}

	Optional<CaseRef> byReport(long reportId) {
		var current = current();
		return current == null ? Optional.empty() : Optional.ofNullable(current.get(reportId)).map(CaseRef::of);
	}

	@SuppressWarnings("unchecked")
	private Map<Long, EnforcementCase> current() {
		return (Map<Long, EnforcementCase>) TransactionSynchronizationManager.getResource(this);
	}

	/** Unbinds the memory when the transaction ends, and while another one runs inside it. */
	private final class Binding implements TransactionSynchronization {

		private final Map<Long, EnforcementCase> bound;

		Binding(Map<Long, EnforcementCase> bound) {
			this.bound = bound;
		}

		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResource(OpenedCases.this);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(OpenedCases.this, bound);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(OpenedCases.this);
		}
	}
}
