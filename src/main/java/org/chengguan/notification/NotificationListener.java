package org.chengguan.notification;

import java.util.LinkedHashSet;
import java.util.Set;

import org.chengguan.caseflow.CaseEvents;
import org.chengguan.caseflow.OverdueLevel;
import org.chengguan.staff.StaffManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who hears of what (domain.md §6.6): a warning goes to the handling unit (or, before dispatch, to those who act in
 * the stage within whose 辖区 the case lies); 超期 also to the dispatchers; 严重超期 also to the 督查 supervisors. A
 * 督办 goes to whoever must answer it. Written in the transaction that raised it.
 */
@Component
class NotificationListener {

	private final NotificationRepository notifications;

	private final StaffManagement staff;

	NotificationListener(NotificationRepository notifications, StaffManagement staff) {
		this.notifications = notifications;
		this.staff = staff;
	}

	@EventListener
	void on(CaseEvents.TimerEscalated escalated) {
		var recipients = handlers(escalated.unitId(), escalated.authority(), escalated.unitGridCode());
		if (escalated.level().compareTo(OverdueLevel.OVERDUE) >= 0) {
			recipients.addAll(staff.holders("case:dispatch", escalated.unitGridCode()));
		}
		if (escalated.level() == OverdueLevel.SEVERE) {
			recipients.addAll(staff.holders("case:supervise", escalated.unitGridCode()));
		}
		var kind = NotificationKind.valueOf(escalated.level().name());
		recipients.forEach(id -> notifications.addOnce(id, kind.name(), escalated.caseId(), escalated.caseNo(),
				escalated.stage(), escalated.at()));
	}

	@EventListener
	void on(CaseEvents.SupervisionRaised raised) {
		handlers(raised.unitId(), "case:accept", raised.unitGridCode())
			.forEach(id -> notifications.addOnce(id, NotificationKind.SUPERVISION.name(), raised.caseId(),
					raised.caseNo(), "supervision:" + raised.supervisionId(), raised.at()));
	}

	/** The unit's people once dispatched; before that, those who hold the stage's authority for the case's place. */
	private Set<Long> handlers(@Nullable Long unitId, String authority, @Nullable String gridCode) {
		var recipients = new LinkedHashSet<Long>();
		if (unitId != null) {
			recipients.addAll(staff.membersOf(unitId));
		}
		else {
			recipients.addAll(staff.holders(authority, gridCode));
		}
		return recipients;
	}
}
