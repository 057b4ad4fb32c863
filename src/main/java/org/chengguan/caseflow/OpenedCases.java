package org.chengguan.caseflow;

import java.util.Optional;

import org.chengguan.system.TransactionMemory;
import org.springframework.stereotype.Component;

/**
 * The cases opened in the current transaction, by their report: the channel that received the report answers with its
 * case without reading back what it has just written (issue 14 §1). The cases are the objects the transaction wrote
 * (managed when merged on opening, so that the merge is in the answer; otherwise nothing changes them).
 */
@Component
class OpenedCases {

	private final TransactionMemory<Long, EnforcementCase> cases = new TransactionMemory<>();

	void remember(EnforcementCase opened) {
		cases.remember(opened.getReportId(), opened);
	}

	Optional<CaseRef> byReport(long reportId) {
		return cases.recall(reportId).map(CaseRef::of);
	}
}
