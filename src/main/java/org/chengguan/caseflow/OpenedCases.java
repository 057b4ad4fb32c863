package org.chengguan.caseflow;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.ResourceHolderSupport;
import org.springframework.transaction.support.ResourceHolderSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The cases opened in the current transaction, by their report: the channel that received the report answers with its
 * case without reading back what it has just written (issue 14 §1). The cases are the objects the transaction wrote
 * (managed when merged on opening, so that the merge is in the answer; otherwise nothing changes them); the memory
 * ends with the transaction, and is set aside while a new transaction runs inside it.
 */
@Component
class OpenedCases {

	void remember(EnforcementCase opened) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		var holder = current();
		if (holder == null) {
			holder = new Holder();
			holder.setSynchronizedWithTransaction(true);
			TransactionSynchronizationManager.bindResource(this, holder);
			TransactionSynchronizationManager.registerSynchronization(new ResourceHolderSynchronization<>(holder, this) {
			});
		}
		holder.cases.put(opened.getReportId(), opened);
	}

	Optional<CaseRef> byReport(long reportId) {
		var holder = current();
		return holder == null ? Optional.empty() : Optional.ofNullable(holder.cases.get(reportId)).map(CaseRef::of);
	}

	private Holder current() {
		return (Holder) TransactionSynchronizationManager.getResource(this);
	}

	/** The transaction's cases; Spring's synchronization unbinds it at the end and while another transaction runs. */
	private static final class Holder extends ResourceHolderSupport {

		private final Map<Long, EnforcementCase> cases = new HashMap<>();
	}
}
