package org.chengguan.notification;

import java.util.HashSet;
import java.util.Set;

import org.chengguan.caseflow.CaseEvents;
import org.chengguan.caseflow.OverdueLevel;
import org.chengguan.caseflow.PendingRequest;
import org.chengguan.disclosure.DisclosureEvents;
import org.chengguan.frontage.FrontageEvents;
import org.chengguan.penalty.PenaltyEvents;
import org.chengguan.staff.StaffManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who hears of what (domain.md §6.6), written in the transaction that raised it. The people a case concerns hear of it
 * case by case, once per case and level: its handling unit, the person a task was sent to, the decider of a request and
 * the requester of a decision. The centre's desks — those who act in a stage before dispatch, the dispatchers from 超期,
 * the 督查 supervisors at 严重超期 — get one summary per stage and level that counts the cases （「12 件受理环节超期」）.
 */
@Component
class NotificationListener {

	/** The ref of a case's warning notice: one per case and level, whatever the stage. */
	static final String LEVEL = "level";

	private final NotificationRepository notifications;

	private final StaffManagement staff;

	NotificationListener(NotificationRepository notifications, StaffManagement staff) {
		this.notifications = notifications;
		this.staff = staff;
	}

	@EventListener
	void on(CaseEvents.TimerEscalated escalated) {
		var kind = NotificationKind.valueOf(escalated.level().name());
		var desks = new HashSet<Long>();
		if (escalated.unitId() != null) {
			staff.membersOf(escalated.unitId())
				.forEach(id -> notifications.addOnce(id, kind.name(), escalated.caseId(), escalated.caseNo(), LEVEL,
						escalated.stage(), escalated.at()));
		}
		else {
			desks.addAll(staff.holders(escalated.authority(), escalated.unitGridCode()));
		}
		if (escalated.level().compareTo(OverdueLevel.OVERDUE) >= 0) {
			desks.addAll(staff.holders("case:dispatch", escalated.unitGridCode()));
		}
		if (escalated.level() == OverdueLevel.SEVERE) {
			desks.addAll(staff.holders("case:supervise", escalated.unitGridCode()));
		}
		desks.forEach(id -> notifications.countIn(id, kind.name(), escalated.stage(), escalated.at()));
	}

	@EventListener
	void on(CaseEvents.SupervisionRaised raised) {
		if (raised.unitId() != null) {
			staff.membersOf(raised.unitId())
				.forEach(id -> notifications.addOnce(id, NotificationKind.SUPERVISION.name(), raised.caseId(),
						raised.caseNo(), "supervision:" + raised.supervisionId(), raised.level().name(), raised.at()));
		}
		else {
			staff.holders("case:accept", raised.unitGridCode())
				.forEach(id -> notifications.countIn(id, NotificationKind.SUPERVISION.name(), "INTAKE", raised.at()));
		}
	}

	/** 《行政处罚法》第六十条：the officers (and at 5 days their squad's leader) hear of a proceeding's 90 days. */
	@EventListener
	void on(PenaltyEvents.DecisionDeadlineNear near) {
		near.recipients().forEach(id -> notifications.addOnceForProceeding(id, NotificationKind.PENALTY_DEADLINE.name(),
				near.proceedingId(), near.number(), "days:" + near.daysLeft(), String.valueOf(near.daysLeft()),
				near.at()));
	}

	/** 送达 before the 7 days end, the court before its window closes: once each, to those the alert names. */
	@EventListener
	void on(PenaltyEvents.ExecutionAlert alert) {
		alert.recipients().forEach(id -> notifications.addOnceForProceeding(id, NotificationKind.PENALTY_ALERT.name(),
				alert.proceedingId(), alert.number(), "alert:" + alert.kind().name(), alert.dueOn().toString(),
				alert.at()));
	}

	/** A decision to publish or withdraw by the next working day: the 法制股, once each. */
	@EventListener
	void on(DisclosureEvents.DisclosureDue due) {
		due.recipients().forEach(id -> notifications.addOnceForProceeding(id, NotificationKind.PENALTY_ALERT.name(),
				due.proceedingId(), due.proceedingNumber(), "alert:" + due.due().name(), due.dueOn().toString(),
				due.at()));
	}

	/** A report through a 责任牌's 共治码: the frontage's squad hears at once, before 受理 routes it. */
	@EventListener
	void on(FrontageEvents.FrontageReported reported) {
		reported.recipients().forEach(id -> notifications.addOnce(id, NotificationKind.FRONTAGE_REPORT.name(),
				reported.caseId(), reported.caseNumber(), "frontage", reported.unitCode(), reported.at()));
	}

	/** Hand-overs and requests: the unit a case was dispatched to, the task's person, the decider, the requester. */
	@EventListener
	void on(CaseEvents.CaseMoved moved) {
		var parties = moved.parties();
		var ref = "seq:" + parties.seq();
		switch (moved.action()) {
			case DISPATCH -> {
				if (parties.unitId() != null) {
					staff.membersOf(parties.unitId()).forEach(id -> tell(id, NotificationKind.DISPATCHED, moved, ref, null));
				}
			}
			case SEND_VERIFY, SEND_CHECK -> {
				if (parties.assigneeId() != null) {
					tell(parties.assigneeId(), NotificationKind.TASK, moved, ref, moved.action().name());
				}
			}
			case EXTEND_REQUEST -> request(moved, PendingRequest.EXTENSION, ref);
			case HOLD_REQUEST -> request(moved, PendingRequest.HOLD, ref);
			case CANCEL_REQUEST -> request(moved, PendingRequest.CANCEL, ref);
			case EXTEND_APPROVE, EXTEND_REJECT, HOLD_APPROVE, HOLD_REJECT, CANCEL, CANCEL_REJECT -> {
				if (parties.requesterId() != null) {
					tell(parties.requesterId(), NotificationKind.DECIDED, moved, ref, moved.action().name());
				}
			}
			default -> {
			}
		}
	}

	/** The request goes to those who decide it in whose 辖区 the case lies: never its handling unit, nor the requester. */
	private void request(CaseEvents.CaseMoved moved, PendingRequest kind, String ref) {
		var parties = moved.parties();
		Set<Long> deciders = new HashSet<>(staff.holders(kind.deciderAuthority(), parties.unitGridCode()));
		if (parties.unitId() != null) {
			deciders.removeAll(staff.membersOf(parties.unitId()));
		}
		if (parties.actorId() != null) {
			deciders.remove(parties.actorId());
		}
		deciders.forEach(id -> tell(id, NotificationKind.REQUEST, moved, ref, moved.action().name()));
	}

	private void tell(long recipient, NotificationKind kind, CaseEvents.CaseMoved moved, String ref,
			@Nullable String detail) {
		notifications.addOnce(recipient, kind.name(), moved.caseId(), moved.caseNo(), ref, detail, moved.at());
	}
}
