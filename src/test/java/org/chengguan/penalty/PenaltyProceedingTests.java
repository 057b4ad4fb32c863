package org.chengguan.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chengguan.penalty.Proceedings.CLOCK;
import static org.chengguan.penalty.Proceedings.DEPUTY;
import static org.chengguan.penalty.Proceedings.DIRECTOR;
import static org.chengguan.penalty.Proceedings.LEGAL;
import static org.chengguan.penalty.Proceedings.OFFICER;
import static org.chengguan.penalty.Proceedings.SECOND;
import static org.chengguan.penalty.Proceedings.SQUAD_LEADER;
import static org.chengguan.penalty.Proceedings.day;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The 普通程序 as the law runs it, step by step; each guard has its own test in {@link ProceedingGuardTests}. */
class PenaltyProceedingTests {

	@Test
	void aLeadIsFiledByAPrincipalAndTheNinetyDaysStartAtTheApproval() {
		var proceeding = PenaltyProceeding.openLead("CF2026000001", Proceedings.lead(), OFFICER, SECOND, day(0), CLOCK);
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.LEAD);
		assertThat(proceeding.period(PeriodKind.LEAD_CHECK).orElseThrow().getDueOn())
			.isEqualTo(LocalDate.of(2026, 11, 17));
		proceeding.requestFiling(OFFICER, LocalDate.of(2026, 11, 2), day(0));
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.FILING);
		proceeding.approveFiling(DEPUTY, "同意立案", day(1), CLOCK);
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.INVESTIGATING);
		assertThat(proceeding.getFiledAt()).isEqualTo(day(1));
		// 《行政处罚法》第六十条：自立案之日起九十日内作出决定 (calendar days; 2027-02-01 is a Monday)
		var decision = proceeding.period(PeriodKind.DECISION).orElseThrow();
		assertThat(decision.getDueOn()).isEqualTo(LocalDate.of(2026, 11, 3).plusDays(90));
		assertThat(decision.getBasis()).isEqualTo("penalty.period.basis.DECISION");
		assertThat(proceeding.period(PeriodKind.LEAD_CHECK).orElseThrow().isRunning()).isFalse();
	}

	@Test
	void aT3ProceedingRunsItsRouteIsReturnedOnceIsNoticedAndDecided() {
		var proceeding = Proceedings.submitted(3000, DiscretionLevel.SERIOUS);
		assertThat(proceeding.getRoute().getTier()).isEqualTo(ApprovalTier.T3);
		assertThat(proceeding.levelAtHand()).isEqualTo(ApprovalLevel.SQUAD_REVIEW);
		proceeding.approval().approve(SQUAD_LEADER, "同意", null, day(4), CLOCK);
		assertThat(proceeding.levelAtHand()).isEqualTo(ApprovalLevel.LEGAL_REVIEW);
		proceeding.approval().send(ProceedingAction.RETURN, LEGAL, "请补充烧烤工具的照片", day(4));
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.INVESTIGATING);

		proceeding.addRecord(Proceedings.record(RecordKind.EVIDENCE, "烧烤工具照片"), OFFICER, SECOND, day(5), CLOCK);
		proceeding.conclude(Proceedings.fine(3000, DiscretionLevel.SERIOUS), Proceedings.assessment(), OFFICER, day(5));
		var route = ApprovalRoute.of(Proceedings.facts(proceeding), Proceedings.thresholds());
		proceeding.approval().submit(route, OFFICER, day(5), CLOCK);
		assertThat(proceeding.getRoute().getRound()).isEqualTo(2);
		assertThat(proceeding.levelAtHand()).isEqualTo(ApprovalLevel.SQUAD_REVIEW);
		proceeding.approval().approve(SQUAD_LEADER, "同意", null, day(6), CLOCK);
		proceeding.approval().approve(LEGAL, "审核通过", "管辖权=OK", day(6), CLOCK);
		proceeding.approval().approve(DEPUTY, "同意", null, day(6), CLOCK);
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.NOTICE_PENDING);

		proceeding.hearing().serveNotice(OFFICER, SECOND, "DIRECT", false, 5, day(7), CLOCK);
		assertThat(proceeding.period(PeriodKind.STATEMENT).orElseThrow().getDueOn())
			.isEqualTo(LocalDate.of(2026, 11, 16));
		assertThat(proceeding.period(PeriodKind.HEARING_REQUEST)).isEmpty();
		// the period passes on the clock: on its last day it is still running
		assertThatThrownBy(() -> proceeding.hearing().endStatementPeriod(OFFICER, day(14), CLOCK))
			.hasMessage("penalty.guard.art62");
		proceeding.hearing().endStatementPeriod(OFFICER, day(15), CLOCK);
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.DECISION_PENDING);
		assertThat(proceeding.levelAtHand()).isEqualTo(ApprovalLevel.DEPUTY_APPROVAL);

		proceeding.decide(DEPUTY, Proceedings.assessment(), day(16), Proceedings.CLOCK);
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.DECIDED);
		assertThat(proceeding.getSignedById()).isEqualTo(DEPUTY.staffId());
		assertThat(proceeding.period(PeriodKind.DECISION).orElseThrow().isRunning()).isFalse();
		assertThat(proceeding.getApprovals()).extracting(ApprovalStep::getDecision)
			.containsExactly(ApprovalDecision.APPROVED, ApprovalDecision.RETURNED, ApprovalDecision.APPROVED,
					ApprovalDecision.APPROVED, ApprovalDecision.APPROVED);
		assertThat(proceeding.getSteps()).extracting(ProceedingStep::getAction)
			.startsWith(ProceedingAction.OPEN, ProceedingAction.REQUEST_FILING, ProceedingAction.APPROVE_FILING)
			.endsWith(ProceedingAction.END_STATEMENT_PERIOD, ProceedingAction.DECIDE);
	}

	@Test
	void aT4ProceedingWithAHearingIsReviewedAgainDiscussedAndDecidedByTheChair() {
		var proceeding = Proceedings.noticed(8000, DiscretionLevel.SERIOUS);
		assertThat(proceeding.getRoute().getTier()).isEqualTo(ApprovalTier.T4);
		assertThat(proceeding.getNotice().isHearingEligible()).isTrue();
		proceeding.hearing().requestHearing(OFFICER, day(9), CLOCK);
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.HEARING_REQUESTED);
		var hearing = new HearingPlan(day(22), "局三楼听证室", Proceedings.UNQUALIFIED_LEGAL.staffId(),
				LocalDate.of(2026, 11, 12), true);
		proceeding.hearing().scheduleHearing(hearing, LEGAL, day(10), CLOCK);
		proceeding.hearing().holdHearing(new NewRecord(RecordKind.HEARING, "听证笔录", "当事人对事实无异议，请求从轻",
				Proceedings.UNQUALIFIED_LEGAL.staffId(), LEGAL.staffId(), java.util.List.of()), Proceedings.UNQUALIFIED_LEGAL,
				LEGAL, day(22), CLOCK);
		// 《行政处罚法》第五十八条第一款第（二）项：经过听证程序的，应当法制审核
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.LEGAL_REVIEW);
		assertThat(proceeding.getRoute().isLegalReviewCurrent()).isFalse();
		proceeding.approval().review(true, LEGAL, "听证后审核通过", "程序合法=OK", day(23), CLOCK);
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.COLLECTIVE_DISCUSSION);
		proceeding.approval().recordDiscussion(new DiscussionRecord(LocalDate.of(2026, 11, 26), DIRECTOR.staffId(),
				"局长\n分管领导\n班子成员", 5, "一致同意", "同意按拟处罚意见作出决定"), DIRECTOR, day(24), CLOCK);
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.DECISION_PENDING);
		assertThat(proceeding.levelAtHand()).isEqualTo(ApprovalLevel.COLLECTIVE_DISCUSSION);
		assertThat(proceeding.refusal(ProceedingAction.DECIDE, DEPUTY)).contains("penalty.actor.authority");
		proceeding.decide(DIRECTOR, Proceedings.assessment(), day(25), Proceedings.CLOCK);
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.DECIDED);
	}

	@Test
	void aStatementAdoptedLightensThePenaltyAndCallsForANewLegalReview() {
		var proceeding = Proceedings.noticed(3000, DiscretionLevel.SERIOUS);
		proceeding.hearing().recordStatement(Proceedings.record(RecordKind.STATEMENT, "陈述申辩笔录"), true, "当事人系初次，采纳",
				Proceedings.fine(1500, DiscretionLevel.GENERAL), Proceedings.assessment(), OFFICER, SECOND, day(8), CLOCK);
		assertThat(proceeding.getProposal().fine()).isEqualByComparingTo("1500");
		proceeding.hearing().endStatementPeriod(OFFICER, day(8), CLOCK);
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.LEGAL_REVIEW);
		proceeding.approval().review(true, LEGAL, "同意", "处罚适当=OK", day(9), CLOCK);
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.DECISION_PENDING);
		proceeding.decide(DEPUTY, Proceedings.assessment(), day(10), Proceedings.CLOCK);
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.DECIDED);
	}

	@Test
	void aNoPenaltyOutcomeEndsTheProceedingAfterItsRoute() {
		var proceeding = Proceedings.investigating();
		proceeding.addRecord(Proceedings.record(RecordKind.EDUCATION, "教育记录"), OFFICER, SECOND, day(3), CLOCK);
		var firstOffence = new ProposedOutcome(Outcome.NO_PENALTY_FIRST_OFFENCE, 1L, null, false,
				java.math.BigDecimal.ZERO, null, null, null, java.math.BigDecimal.ZERO, java.util.Set.of(), null, null,
				java.util.Set.of(), "初次违法，当场停止", java.util.Set.of(), null);
		proceeding.conclude(firstOffence, Proceedings.assessment(), OFFICER, day(3));
		var route = ApprovalRoute.of(Proceedings.facts(proceeding), Proceedings.thresholds());
		proceeding.approval().submit(route, OFFICER, day(3), CLOCK);
		proceeding.approval().approve(SQUAD_LEADER, "同意", null, day(4), CLOCK);
		proceeding.approval().approve(LEGAL, "同意", "定性准确=OK", day(4), CLOCK);
		proceeding.approval().approve(DEPUTY, "同意不予处罚", null, day(4), CLOCK);
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.NO_PENALTY);
		assertThat(proceeding.getStatus().isTerminal()).isTrue();
	}

	@Test
	void aNodeMayReturnToTheNodeBeforeIt() {
		var proceeding = Proceedings.submitted(3000, DiscretionLevel.SERIOUS);
		proceeding.approval().approve(SQUAD_LEADER, "同意", null, day(4), CLOCK);
		proceeding.approval().returnToNode(LEGAL, "请中队长核实当事人身份", day(4), CLOCK);
		assertThat(proceeding.levelAtHand()).isEqualTo(ApprovalLevel.SQUAD_REVIEW);
		assertThatThrownBy(() -> proceeding.approval().returnToNode(SQUAD_LEADER, "再退", day(4), CLOCK))
			.hasMessage("penalty.error.firstNode");
		assertThat(proceeding.period(PeriodKind.APPROVAL_NODE).orElseThrow().getDueOn())
			.isEqualTo(LocalDate.of(2026, 11, 10));
	}
}
