package org.chengguan.penalty;

import static org.chengguan.penalty.ProceedingStatus.COLLECTIVE_DISCUSSION;
import static org.chengguan.penalty.ProceedingStatus.DECISION_PENDING;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * 审批 (domain.md §8.5, §8.6): the route stored at submission, each node's approval, return or rejection, the 法制审核
 * with its checklist, and the 集体讨论 with its quorum. A collaborator of {@link PenaltyProceeding}: it checks and
 * records through the aggregate's transition table and changes only its route, proposal, discussion and approvals.
 */
final class ProceedingApproval {

	private final PenaltyProceeding proceeding;

	private final RouteState route;

	private final Proposal proposal;

	private final Discussion discussion;

	private final List<ApprovalStep> approvals;

	ProceedingApproval(PenaltyProceeding proceeding, RouteState route, Proposal proposal, Discussion discussion,
			List<ApprovalStep> approvals) {
		this.proceeding = proceeding;
		this.route = route;
		this.proposal = proposal;
		this.discussion = discussion;
		this.approvals = approvals;
	}

	/** 提交审批 along the route derived now and kept. */
	void submit(ApprovalRoute derived, Participant by, Instant at, PeriodClock clock) {
		proceeding.check(ProceedingAction.SUBMIT, by, null);
		route.store(derived);
		proceeding.move(ProceedingAction.SUBMIT, by, null, at);
		proceeding.startNode(derived.reviews().get(0), at, clock);
	}

	/** 审批同意 at the review at hand; after the last, the outcome approved decides what follows. */
	void approve(Participant by, @Nullable String opinion, @Nullable String checklist, Instant at, PeriodClock clock) {
		proceeding.check(ProceedingAction.APPROVE, by, opinion);
		var level = route.review();
		var outcome = Objects.requireNonNull(proposal.getOutcome());
		if (proceeding.awaitsEducation()) {
			throw new PenaltyTransitionException("penalty.guard.art33Education");
		}
		var done = route.advance();
		approvals.add(new ApprovalStep(proceeding, route.getRound(), level, ApprovalDecision.APPROVED, by, opinion, checklist,
				at));
		if (level == ApprovalLevel.LEGAL_REVIEW) {
			route.legalReviewPassed();
		}
		var next = !done ? ProceedingStatus.IN_APPROVAL : outcome == Outcome.PENALTY ? ProceedingStatus.NOTICE_PENDING
				: outcome == Outcome.TRANSFER ? ProceedingStatus.TRANSFERRED : ProceedingStatus.NO_PENALTY;
		proceeding.moveTo(next, ProceedingAction.APPROVE, by, opinion, at);
		if (!done) {
			proceeding.startNode(route.review(), at, clock);
		}
		else if (next.isTerminal()) {
			proceeding.end(PeriodKind.DECISION, at);
		}
	}

	/** 退回上一审批环节. */
	void returnToNode(Participant by, String opinion, Instant at, PeriodClock clock) {
		proceeding.check(ProceedingAction.RETURN_TO_NODE, by, opinion);
		var level = route.review();
		route.back();
		approvals.add(new ApprovalStep(proceeding, route.getRound(), level, ApprovalDecision.RETURNED_TO_NODE, by, opinion,
				null, at));
		proceeding.move(ProceedingAction.RETURN_TO_NODE, by, opinion, at);
		proceeding.startNode(route.review(), at, clock);
	}

	/** 退回补充调查 (the 90 days keep running) or 不同意 (back to the report): resubmission restarts the route. */
	void send(ProceedingAction back, Participant by, String opinion, Instant at) {
		if (back != ProceedingAction.RETURN && back != ProceedingAction.REJECT) {
			throw new IllegalArgumentException(back + " does not send a proceeding back");
		}
		proceeding.check(back, by, opinion);
		approvals.add(new ApprovalStep(proceeding, route.getRound(), Objects.requireNonNull(proceeding.levelAtHand()),
				back == ProceedingAction.RETURN ? ApprovalDecision.RETURNED : ApprovalDecision.REJECTED, by, opinion,
				null, at));
		route.legalReviewOutdated();
		proceeding.move(back, by, opinion, at);
	}

	/** 法制审核 (第五十八条) with its checklist: PASS leads on, FAIL sends the report back (no decision). */
	void review(boolean passed, Participant by, @Nullable String opinion, String checklist, Instant at,
			PeriodClock clock) {
		var action = passed ? ProceedingAction.PASS_REVIEW : ProceedingAction.FAIL_REVIEW;
		proceeding.check(action, by, opinion);
		approvals.add(new ApprovalStep(proceeding, route.getRound(), ApprovalLevel.LEGAL_REVIEW,
				passed ? ApprovalDecision.PASSED : ApprovalDecision.FAILED, by, opinion, checklist, at));
		if (!passed) {
			route.legalReviewOutdated();
			proceeding.move(action, by, opinion, at);
			return;
		}
		route.legalReviewPassed();
		var routed = Objects.requireNonNull(route.route());
		proceeding.moveTo(routed.afterNotice().isEmpty() ? DECISION_PENDING : COLLECTIVE_DISCUSSION, action, by, opinion, at);
		proceeding.startNode(Objects.requireNonNull(proceeding.levelAtHand()), at, clock);
	}

	/** 集体讨论记录 by its chair, the principal; quorum at least half of the members (domain.md §8.6). */
	void recordDiscussion(DiscussionRecord held, Participant chair, Instant at, PeriodClock clock) {
		proceeding.check(ProceedingAction.RECORD_DISCUSSION, chair, held.conclusion());
		if (held.chairId() != chair.staffId()) {
			throw new IllegalArgumentException("The chair records the discussion");
		}
		if (!held.quorate()) {
			throw new PenaltyTransitionException("penalty.guard.art57Quorum");
		}
		discussion.record(held);
		approvals.add(new ApprovalStep(proceeding, route.getRound(), ApprovalLevel.COLLECTIVE_DISCUSSION,
				ApprovalDecision.APPROVED, chair, held.conclusion(), null, at));
		proceeding.move(ProceedingAction.RECORD_DISCUSSION, chair, held.conclusion(), at);
		proceeding.startNode(Objects.requireNonNull(proceeding.levelAtHand()), at, clock);
	}
}
