package org.chengguan.caseflow;

import java.util.Objects;

/**
 * Who may take an action on a case, beyond holding its authority and seeing the case: seeing is not acting (a squad
 * sees its street's cases, but only the unit a case was dispatched to handles it). Each {@link CaseAction} names its
 * rule in the transition table; {@link #admits} decides it.
 */
enum ActorRule {

	/** The centre's desks (受理, 立案, 派遣, 派核查, 结案, 合并): whoever holds the authority and sees the case. */
	DESK,
	/** The members of the case's current handling unit (签收, 回退, 处置反馈, 申请延期/挂账). */
	HANDLING_UNIT,
	/** 核实: the person the task was sent to; while it is sent to nobody in particular, any holder who sees it. */
	FIELD_TASK,
	/**
	 * 核查: as {@link #FIELD_TASK}, and never someone who signed for or disposed the case, nor a member of its
	 * handling unit: the check is independent of the work it checks.
	 */
	INDEPENDENT_CHECK,
	/** Decisions on requests (延期, 挂账, 作废, 恢复): holders outside the handling unit, never the requester. */
	APPROVER,
	/** 申请作废: whoever works the case — its handling unit, or a desk of the centre. */
	WORKER,
	/** 自行处置: the person who reported it. */
	REPORTER,
	/** Channels and platforms; never a person. */
	SYSTEM;

	boolean admits(Participant who, EnforcementCase subject) {
		return switch (this) {
			case DESK -> true;
			case HANDLING_UNIT -> inHandlingUnit(who, subject);
			case FIELD_TASK -> assignedOrOpen(who, subject);
			case INDEPENDENT_CHECK -> assignedOrOpen(who, subject) && !handled(who, subject);
			case APPROVER -> !inHandlingUnit(who, subject) && !requested(who, subject);
			case WORKER -> inHandlingUnit(who, subject) || who.holds("case:accept") || who.holds("case:dispatch");
			case REPORTER -> subject.getTransitions()
				.stream()
				.anyMatch(t -> t.getAction() == CaseAction.REPORT && Objects.equals(t.getActorId(), who.staffId()));
			case SYSTEM -> false;
		};
	}

	/** 督办 is answered by the handling unit once dispatched; before that, by the centre's 受理 desk. */
	static boolean mayAnswerSupervision(Participant who, EnforcementCase subject) {
		return subject.getUnitId() != null ? inHandlingUnit(who, subject) : who.holds("case:accept");
	}

	/** Whether the person signed for or disposed the case, or belongs to its handling unit (核查 must not). */
	static boolean handled(Participant who, EnforcementCase subject) {
		return inHandlingUnit(who, subject) || subject.getTransitions()
			.stream()
			.anyMatch(t -> (t.getAction() == CaseAction.SIGN_FOR || t.getAction() == CaseAction.REPORT_BACK)
					&& Objects.equals(t.getActorId(), who.staffId()));
	}

	private static boolean inHandlingUnit(Participant who, EnforcementCase subject) {
		return subject.getUnitId() != null && subject.getUnitId() == who.orgUnitId();
	}

	private static boolean assignedOrOpen(Participant who, EnforcementCase subject) {
		return subject.getAssigneeId() == null || subject.getAssigneeId() == who.staffId();
	}

	/** Whether the person made the request now waiting (nobody decides their own request). */
	private static boolean requested(Participant who, EnforcementCase subject) {
		var pending = subject.getRequest() == null ? null : subject.getRequest().kind();
		if (pending == null) {
			return false;
		}
		var transitions = subject.getTransitions();
		for (var i = transitions.size() - 1; i >= 0; i--) {
			var t = transitions.get(i);
			if (t.getAction().isRequest() && t.getAction().request() == pending) {
				return Objects.equals(t.getActorId(), who.staffId());
			}
		}
		return false;
	}
}
