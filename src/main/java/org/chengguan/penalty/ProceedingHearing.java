package org.chengguan.penalty;

import static org.chengguan.penalty.ProceedingStatus.COLLECTIVE_DISCUSSION;
import static org.chengguan.penalty.ProceedingStatus.DECISION_PENDING;
import static org.chengguan.penalty.ProceedingStatus.LEGAL_REVIEW;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * 告知, 陈述申辩 and 听证 (domain.md §8.5): the 事先告知书 served by two officers with the periods it starts, the
 * party's statement (adopted or not, never making the penalty heavier), its waiver, the hearing asked for, scheduled
 * and held or missed, and the end of the statement period. A collaborator of {@link PenaltyProceeding}: it checks and
 * records through the aggregate's transition table and changes only its notice, proposal and route.
 */
final class ProceedingHearing {

	private final PenaltyProceeding proceeding;

	private final NoticeState notice;

	private final Proposal proposal;

	private final RouteState route;

	ProceedingHearing(PenaltyProceeding proceeding, NoticeState notice, Proposal proposal, RouteState route) {
		this.proceeding = proceeding;
		this.notice = notice;
		this.proposal = proposal;
		this.route = route;
	}

	/** 送达事先告知书 (第四十四条) by two officers: the statement period and, where eligible, the hearing window start. */
	void serveNotice(Participant by, Participant second, String method, boolean hearingEligible, int statementDays,
			Instant at, PeriodClock clock) {
		proceeding.check(ProceedingAction.SERVE_NOTICE, by, null);
		PenaltyProceeding.requireOfficers(by, second);
		notice.served(at, method, hearingEligible);
		proposal.noticed();
		var day = clock.dayOf(at);
		proceeding.start(PeriodKind.STATEMENT, statementDays, day, clock);
		if (hearingEligible) {
			proceeding.start(PeriodKind.HEARING_REQUEST, 5, day, clock);
		}
		proceeding.move(ProceedingAction.SERVE_NOTICE, by, null, at);
	}

	/**
	 * 陈述申辩 (第四十五条): recorded, and adopted or not with the reasons; an adopted point may lighten the proposal,
	 * never make it heavier, and then the 法制审核 is to be done again.
	 */
	void recordStatement(NewRecord statement, boolean adopted, String response, @Nullable ProposedOutcome revised,
			Assessment assessment, Participant by, Participant second, Instant at, PeriodClock clock) {
		proceeding.check(ProceedingAction.RECORD_STATEMENT, by, response);
		if (revised != null) {
			// 《行政处罚法》第四十五条第二款：行政机关不得因当事人陈述、申辩而给予更重的处罚
			if (proposal.heavierThanNotice(revised)) {
				throw new PenaltyTransitionException("penalty.guard.art45");
			}
			ProceedingRules.checkProposal(revised, assessment);
			proposal.set(revised);
			route.legalReviewOutdated();
		}
		var added = proceeding.take(ProceedingAction.RECORD_STATEMENT, statement, by, second, at, clock);
		added.decide(adopted ? ProceedingRecord.Decision.ADOPTED : ProceedingRecord.Decision.NOT_ADOPTED, by.staffId(),
				response, at);
		notice.statement();
	}

	/** 当事人书面放弃陈述、申辩和听证 (第六十二条). */
	void recordWaiver(NewRecord waiver, Participant by, Participant second, Instant at, PeriodClock clock) {
		proceeding.check(ProceedingAction.RECORD_WAIVER, by, null);
		proceeding.take(ProceedingAction.RECORD_WAIVER, waiver, by, second, at, clock);
		notice.waived(at);
	}

	/** 当事人要求听证, within 5 working days of the 告知 (第六十四条第（一）项). */
	void requestHearing(Participant by, Instant at, PeriodClock clock) {
		proceeding.check(ProceedingAction.REQUEST_HEARING, by, null);
		if (!hearingRequestOpen(clock.dayOf(at))) {
			throw new PenaltyTransitionException("penalty.guard.art64Request");
		}
		proceeding.end(PeriodKind.HEARING_REQUEST, at);
		notice.hearingRequested(at);
		proceeding.move(ProceedingAction.REQUEST_HEARING, by, null, at);
	}

	/** 安排听证: notice at least 7 days ahead, a host who did not investigate (第六十四条第（二）（四）项). */
	void scheduleHearing(HearingPlan plan, Participant by, Instant at, PeriodClock clock) {
		proceeding.check(ProceedingAction.SCHEDULE_HEARING, by, null);
		var investigated = proceeding.isHandler(plan.hostId()) || proceeding.records().takenBy(plan.hostId());
		notice.hearingScheduled(plan, investigated, clock.dayOf(at), clock);
		proceeding.move(ProceedingAction.SCHEDULE_HEARING, by, plan.place(), at);
	}

	/** 举行听证 with its signed 笔录; the decision rests on it (第六十五条) after a new 法制审核 (第五十八条). */
	void holdHearing(NewRecord transcript, Participant host, Participant second, Instant at, PeriodClock clock) {
		proceeding.check(ProceedingAction.HOLD_HEARING, host, null);
		if (transcript.officerId() != host.staffId() || transcript.secondOfficerId() != second.staffId()) {
			throw new IllegalArgumentException("The host and the clerk sign the transcript");
		}
		notice.hearingEnded(NoticeState.HearingOutcome.HELD, at);
		proceeding.records().add(transcript, at);
		route.legalReviewOutdated();
		proceeding.end(PeriodKind.STATEMENT, at);
		proceeding.move(ProceedingAction.HOLD_HEARING, host, transcript.title(), at);
		proceeding.startNode(ApprovalLevel.LEGAL_REVIEW, at, clock);
	}

	/** 当事人无正当理由拒不出席听证: the hearing is deemed waived (第六十四条第（七）项). */
	void hearingAbsent(Participant host, String opinion, Instant at, PeriodClock clock) {
		proceeding.check(ProceedingAction.HEARING_ABSENT, host, opinion);
		notice.hearingEnded(NoticeState.HearingOutcome.ABSENT, at);
		proceeding.end(PeriodKind.STATEMENT, at);
		afterStatement(ProceedingAction.HEARING_ABSENT, host, opinion, at, clock);
	}

	/**
	 * 陈述申辩期结束 (第六十二条): the period ran out, or the party waived in writing, or it answered and the hearing
	 * window (if any) is over.
	 */
	void endStatementPeriod(Participant by, Instant at, PeriodClock clock) {
		proceeding.check(ProceedingAction.END_STATEMENT_PERIOD, by, null);
		if (!statementPeriodClosable(clock.dayOf(at))) {
			throw new PenaltyTransitionException("penalty.guard.art62");
		}
		proceeding.end(PeriodKind.STATEMENT, at);
		proceeding.end(PeriodKind.HEARING_REQUEST, at);
		afterStatement(ProceedingAction.END_STATEMENT_PERIOD, by, null, at, clock);
	}

	/** After the party was heard: a new 法制审核 if anything changed, the 集体讨论 at T4, else the decision. */
	private void afterStatement(ProceedingAction action, Participant by, @Nullable String opinion, Instant at,
			PeriodClock clock) {
		var routed = Objects.requireNonNull(route.route());
		var next = !route.isLegalReviewCurrent() ? LEGAL_REVIEW
				: routed.afterNotice().isEmpty() ? DECISION_PENDING : COLLECTIVE_DISCUSSION;
		proceeding.moveTo(next, action, by, opinion, at);
		proceeding.startNode(Objects.requireNonNull(proceeding.levelAtHand()), at, clock);
	}

	/** Whether the 陈述申辩期 may end now (《行政处罚法》第六十二条): run out, waived, or answered with no hearing window left. */
	boolean statementPeriodClosable(LocalDate today) {
		var hearingWindowOpen = proceeding.periods().running(PeriodKind.HEARING_REQUEST).filter(p -> !p.isOverOn(today))
			.isPresent();
		return proceeding.periods().over(PeriodKind.STATEMENT, today) || notice.getWaivedAt() != null
				|| notice.isStatementReceived() && !hearingWindowOpen;
	}

	/** Whether the party may still ask for a hearing (第六十四条第（一）项). */
	boolean hearingRequestOpen(LocalDate today) {
		return notice.isHearingEligible()
				&& proceeding.periods().running(PeriodKind.HEARING_REQUEST).filter(p -> !p.isOverOn(today)).isPresent();
	}
}
