package org.chengguan.penalty;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.evidence.Upload;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What each action of the proceeding page hands to the module's API, read from the one form. */
@Component
class ProceedingCommands {

	private final PenaltyManagement penalties;

	private final ExecutionManagement execution;

	private final EnforcementManagement enforcement;

	private final WorkingCalendar calendar;

	ProceedingCommands(PenaltyManagement penalties, ExecutionManagement execution, EnforcementManagement enforcement,
			WorkingCalendar calendar) {
		this.penalties = penalties;
		this.execution = execution;
		this.enforcement = enforcement;
		this.calendar = calendar;
	}

	void perform(long id, ProceedingAction action, ProceedingActionForm form, List<Upload> files, Actor actor,
			DataScope scope) {
		long version = form.version();
		var opinion = form.opinion();
		switch (action) {
			case RECORD_ON_SITE, CLOSE_LEAD, REFUSE_FILING, REOPEN, REQUEST_CLOSE, APPROVE_CLOSE, REFUSE_CLOSE, ARCHIVE ->
				penalties.act(id, version, action, opinion, actor,
					scope);
			case EXTEND_LEAD_CHECK -> penalties.extendLeadCheck(id, version, form.text(opinion), actor, scope);
			case HAND_OVER_CASH -> penalties.handOverCash(id, version, opinion, actor, scope);
			case REQUEST_FILING -> penalties.requestFiling(id, version, actor, scope);
			case APPROVE_FILING -> penalties.approveFiling(id, version, opinion, actor, scope);
			case ADD_RECORD -> penalties.addRecord(id, version,
					form.record(required(form.kind()), actor.id(), List.of()), files, actor, scope);
			case DECIDE_RECORD -> penalties.decideRecord(id, version, required(form.seq()), form.yes(form.approved()),
					opinion, actor, scope);
			case CONCLUDE -> penalties.conclude(id, version, form.proposal(), actor, scope);
			case SUBMIT -> penalties.submit(id, version, actor, scope);
			case APPROVE -> penalties.approve(id, version, opinion, checklist(form), actor, scope);
			case RETURN_TO_NODE -> penalties.returnToNode(id, version, form.text(opinion), actor, scope);
			case RETURN, REJECT -> penalties.sendBack(id, version, action, form.text(opinion), actor, scope);
			case SERVE_NOTICE -> penalties.serveNotice(id, version, noticeMethod(form).name(),
					required(form.secondOfficerId()), actor, scope);
			case RECORD_STATEMENT -> penalties.recordStatement(id, version,
					form.record(RecordKind.STATEMENT, actor.id(), List.of()), form.yes(form.adopted()),
					form.text(opinion), form.fine() == null ? null : form.proposal(), actor, scope);
			case RECORD_WAIVER -> penalties.recordWaiver(id, version,
					form.record(RecordKind.WAIVER, actor.id(), List.of()), actor, scope);
			case REQUEST_HEARING -> penalties.requestHearing(id, version, actor, scope);
			case SCHEDULE_HEARING -> penalties.scheduleHearing(id, version, plan(form), actor, scope);
			case HOLD_HEARING -> penalties.holdHearing(id, version,
					form.record(RecordKind.HEARING, actor.id(), List.of()), actor, scope);
			case HEARING_ABSENT -> penalties.hearingAbsent(id, version, form.text(opinion), actor, scope);
			case END_STATEMENT_PERIOD -> penalties.endStatementPeriod(id, version, actor, scope);
			case PASS_REVIEW, FAIL_REVIEW -> penalties.review(id, version, action == ProceedingAction.PASS_REVIEW,
					opinion, checklist(form), actor, scope);
			case RECORD_DISCUSSION -> penalties.recordDiscussion(id, version, new DiscussionRecord(
					required(form.heldOn()), actor.id(), form.text(form.attendees()), required(form.members()),
					form.text(form.content()), form.text(opinion)), actor, scope);
			case DECIDE -> penalties.decide(id, version, actor, scope);
			case CONFIRM_ADDRESS -> execution.confirmAddress(id, version, form.text(form.address()),
					form.electronicAddress(), form.yes(form.consent()), actor, scope);
			case SERVE_DECISION -> execution.serveDecision(id, version, attempt(form), files, actor, scope);
			case REQUEST_PLAN -> enforcement.requestPlan(id, version, form.instalments(), form.text(opinion), actor,
					scope);
			case APPROVE_PLAN, REFUSE_PLAN -> enforcement.decidePlan(id, version,
					action == ProceedingAction.APPROVE_PLAN, opinion, actor, scope);
			case RECORD_REMEDY -> enforcement.recordRemedy(id, version, required(form.remedyKind()),
					required(form.day()), form.text(form.body()), form.reference(), actor, scope);
			case DECIDE_REMEDY -> enforcement.decideRemedy(id, version, required(form.remedyOutcome()),
					required(form.day()), opinion, form.fine(), actor, scope);
			case SERVE_REMINDER -> enforcement.serveReminder(id, version, required(form.day()), serviceMethod(form),
					actor, scope);
			case APPLY_ENFORCEMENT -> enforcement.applyToCourt(id, version, form.text(form.body()),
					form.materials() == null ? Set.of() : form.materials(), actor, scope);
			case RECORD_COURT -> enforcement.recordCourt(id, version, required(form.courtStep()), required(form.day()),
					form.reference(), opinion, actor, scope);
			// opened elsewhere, or the application's own
			case OPEN, DECIDE_ON_SITE, DEEM_SERVED -> throw new PenaltyTransitionException("penalty.error.notNow");
		}
	}

	private static ServiceMethod serviceMethod(ProceedingActionForm form) {
		try {
			return ServiceMethod.valueOf(required(form.method()));
		}
		catch (IllegalArgumentException ex) {
			throw new PenaltyTransitionException("penalty.error.form");
		}
	}

	private NewServiceAttempt attempt(ProceedingActionForm form) {
		return new NewServiceAttempt(serviceMethod(form), required(form.result()),
				required(form.attemptedAt()).atZone(calendar.zone()).toInstant(), form.text(form.place()),
				form.recipient(), form.relation(), form.witness(), form.receivedOn(), required(form.secondOfficerId()),
				List.of(), form.opinion());
	}

	private static ServiceMethod noticeMethod(ProceedingActionForm form) {
		var parsed = serviceMethod(form);
		if (!ServiceMethod.forNotice().contains(parsed)) {
			throw new PenaltyTransitionException("penalty.service.error.noticeMethod");
		}
		return parsed;
	}

	private HearingPlan plan(ProceedingActionForm form) {
		LocalDateTime at = required(form.hearingAt());
		return new HearingPlan(at.atZone(calendar.zone()).toInstant(), form.text(form.place()), required(form.hostId()),
				required(form.notifiedOn()), form.yes(form.open()));
	}

	/** The 法制审核 checklist: the items the reviewer marked, every other one in order. */
	private static String checklist(ProceedingActionForm form) {
		Set<ReviewItem> issues = form.issues() == null ? Set.of() : form.issues();
		return PenaltyLabels.checklistOf(issues);
	}

	private static <T> T required(@Nullable T value) {
		if (Objects.isNull(value)) {
			throw new PenaltyTransitionException("penalty.error.form");
		}
		return value;
	}
}
