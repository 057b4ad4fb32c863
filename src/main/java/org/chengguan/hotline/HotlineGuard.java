package org.chengguan.hotline;

import java.util.Optional;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.caseflow.CaseAction;
import org.chengguan.caseflow.CaseActionGuard;
import org.springframework.stereotype.Component;

/**
 * What the hotline orders of a case allow: 不予受理 asks the platform to take its orders back (退单), so it is offered
 * only while each of them may still be returned.
 */
@Component
class HotlineGuard implements CaseActionGuard {

	private final HotlineOrderRepository orders;

	private final HotlineObligations obligations;

	private final WorkingCalendar calendar;

	HotlineGuard(HotlineOrderRepository orders, HotlineObligations obligations, WorkingCalendar calendar) {
		this.orders = orders;
		this.obligations = obligations;
		this.calendar = calendar;
	}

	@Override
	public Optional<String> refusal(long caseId, CaseAction action) {
		if (action != CaseAction.REJECT_INTAKE) {
			return Optional.empty();
		}
		var now = calendar.now();
		return orders.findByCaseId(caseId)
			.stream()
			.map(order -> obligations.returnRefusal(order, now))
			.flatMap(Optional::stream)
			.findFirst();
	}
}
