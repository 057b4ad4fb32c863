package org.chengguan.penalty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the proceeding page offers a person: the actions their rule allows now and whose guards would pass, and —
 * for those they could take but a guard holds back — the rule and what is missing (the page never offers an action
 * that will be refused).
 */
public record ProceedingOffers(List<ProceedingAction> offered, Map<ProceedingAction, String> blocked) {

	/** Opening actions are not taken on a proceeding's page. */
	static final Set<ProceedingAction> ON_PAGE = EnumSet.complementOf(EnumSet.of(ProceedingAction.OPEN,
			ProceedingAction.DECIDE_ON_SITE));

	public ProceedingOffers {
		offered = List.copyOf(offered);
		blocked = Map.copyOf(blocked);
	}

	public boolean offers(ProceedingAction action) {
		return offered.contains(action);
	}

	static ProceedingOffers of(PenaltyProceeding proceeding, Participant viewer, LocalDate today, Instant now,
			PeriodClock clock, ProceedingEnforcement.ReminderAfter reminderAfter) {
		var offered = new ArrayList<ProceedingAction>();
		var blocked = new LinkedHashMap<ProceedingAction, String>();
		for (var action : ON_PAGE) {
			if (proceeding.refusal(action, viewer).isPresent()) {
				continue;
			}
			var guard = guard(proceeding, action, today, now, clock, reminderAfter);
			if (guard == null) {
				offered.add(action);
			}
			else if (!guard.isEmpty()) {
				blocked.put(action, guard);
			}
		}
		// The step forward first (opened on the page); refusals and returns, which need an opinion, after it.
		offered.sort(java.util.Comparator.comparing(ProceedingAction::requiresOpinion));
		return new ProceedingOffers(offered, blocked);
	}

	/** Null when the action may go ahead; "" when it does not apply now; else the key of the guard that holds it. */
	private static @Nullable String guard(PenaltyProceeding proceeding, ProceedingAction action, LocalDate today,
			Instant now, PeriodClock clock, ProceedingEnforcement.ReminderAfter reminderAfter) {
		var records = proceeding.recordsView();
		var enforcing = proceeding.enforcing();
		return switch (action) {
			case END_STATEMENT_PERIOD -> proceeding.hearing().statementPeriodClosable(today) ? null : "penalty.guard.art62";
			case REQUEST_HEARING -> proceeding.hearing().hearingRequestOpen(today) ? null
					: proceeding.getNotice().isHearingEligible() ? "penalty.guard.art64Request" : "";
			case APPROVE -> proceeding.awaitsEducation() ? "penalty.guard.art33Education" : null;
			case CONCLUDE -> !records.hasEvidence() ? "penalty.error.noRecords"
					: records.preservationUndecided() ? "penalty.guard.art56" : null;
			case DECIDE_RECORD -> records.anyAwaitingDecision() ? null : "";
			case EXTEND_LEAD_CHECK -> proceeding.leadCheckExtendable() ? null : "";
			case HAND_OVER_CASH -> proceeding.awaitsCashHandOver() ? null : "";
			case RETURN_TO_NODE -> proceeding.getRoute().getIndex() > 0 ? null : "";
			case HOLD_HEARING, HEARING_ABSENT -> proceeding.getNotice().hearingDue(now) ? null
					: "penalty.error.hearingNotYet";
			case REQUEST_CLOSE -> proceeding.closingRefusal();
			case RECORD_REMEDY -> enforcing.pending().isPresent() ? "" : null;
			case REQUEST_PLAN -> enforcing.planRefusal() == null ? null : "";
			case APPROVE_PLAN, REFUSE_PLAN -> proceeding.getPlan().getPlanState() == PaymentPlan.State.REQUESTED ? null
					: "";
			case DECIDE_REMEDY -> enforcing.pending().isPresent() ? null : "";
			case SERVE_REMINDER -> enforcing.reminderRefusal(reminderAfter, today, clock);
			case APPLY_ENFORCEMENT -> enforcing.applicationRefusal(today, clock);
			default -> null;
		};
	}
}
