package org.chengguan.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chengguan.penalty.Proceedings.AUXILIARY;
import static org.chengguan.penalty.Proceedings.CLOCK;
import static org.chengguan.penalty.Proceedings.DEPUTY;
import static org.chengguan.penalty.Proceedings.DIRECTOR;
import static org.chengguan.penalty.Proceedings.EXPIRED;
import static org.chengguan.penalty.Proceedings.LEGAL;
import static org.chengguan.penalty.Proceedings.OFFICER;
import static org.chengguan.penalty.Proceedings.SECOND;
import static org.chengguan.penalty.Proceedings.day;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.chengguan.party.PartyKind;
import org.junit.jupiter.api.Test;

/**
 * One test per legal guard of domain.md §8.14: the action it blocks, and the message the user reads, which names the
 * article.
 */
class ProceedingGuardTests {

	static final ResourceBundle MESSAGES = ResourceBundle.getBundle("messages", Locale.ROOT);

	/** The action is refused with this key, and the Chinese message cites the article. */
	static void refused(ThrowingCallable action, String key, String article) {
		assertThatThrownBy(action).isInstanceOf(PenaltyTransitionException.class).hasMessage(key);
		assertThat(MESSAGES.getString(key)).contains(article);
	}

	@Test
	void art42TwoCertifiedOfficersTakeEveryRecordAndAnAuxiliaryNeverCounts() {
		// 《行政处罚法》第四十二条：执法人员不得少于两人
		refused(() -> PenaltyProceeding.openLead("CF1", Proceedings.lead(), OFFICER, AUXILIARY, day(0), CLOCK),
				"penalty.guard.art42", "第四十二条");
		refused(() -> PenaltyProceeding.openLead("CF1", Proceedings.lead(), OFFICER, EXPIRED, day(0), CLOCK),
				"penalty.guard.art42", "第四十二条");
		var proceeding = Proceedings.investigating();
		refused(() -> proceeding.addRecord(new NewRecord(RecordKind.INQUIRY, "笔录", "内容", OFFICER.staffId(),
				AUXILIARY.staffId(), List.of()), OFFICER, AUXILIARY, day(3), CLOCK), "penalty.guard.art42", "第四十二条");
		assertThat(proceeding.getRecords()).hasSize(1);
	}

	@Test
	void theCheckBeforeFilingTakesFifteenDaysAndTheDeputyMayExtendItOnceByTen() {
		// 《住房和城乡建设行政处罚程序规定》第十五条：核查十五日，经负责人批准可延长十日
		var lead = PenaltyProceeding.openLead("CF1", Proceedings.lead(), OFFICER, SECOND, day(0), CLOCK);
		var due = lead.period(PeriodKind.LEAD_CHECK).orElseThrow().getDueOn();
		assertThatThrownBy(() -> lead.extendLeadCheck(OFFICER, "需要调取资料", day(1), CLOCK))
			.hasMessage("penalty.actor.authority");
		lead.extendLeadCheck(DEPUTY, "需调取规划资料", day(1), CLOCK);
		assertThat(lead.period(PeriodKind.LEAD_CHECK).orElseThrow().getDueOn()).isEqualTo(due.plusDays(10));
		assertThat(lead.leadCheckExtendable()).isFalse();
		refused(() -> lead.extendLeadCheck(DIRECTOR, "再延长", day(2), CLOCK), "penalty.error.leadCheckExtended",
				"第十五条");
	}

	@Test
	void art51SummaryProcedureOnlyForAWarningOrASmallFine() {
		// 《行政处罚法》第五十一条：公民二百元以下、法人或者其他组织三千元以下罚款或者警告
		refused(() -> onSite(201, PartyKind.PERSON, false, false), "penalty.guard.art51", "第五十一条");
		refused(() -> onSite(3001, PartyKind.ORGANISATION, false, false), "penalty.guard.art51", "第五十一条");
		assertThat(onSite(200, PartyKind.PERSON, false, false).getStatus()).isEqualTo(ProceedingStatus.ON_SITE_DECIDED);
		assertThat(onSite(3000, PartyKind.ORGANISATION, false, false).getRoute().getTier()).isEqualTo(ApprovalTier.T1);
	}

	@Test
	void art68CashOnTheSpotOnlyUpToAHundredYuanOrWhereLaterPaymentWouldBeHard() {
		// 《行政处罚法》第六十八条：依法给予一百元以下罚款的，或者不当场收缴事后难以执行的
		refused(() -> onSite(150, PartyKind.PERSON, true, false), "penalty.guard.art68", "第六十八条");
		var cash = onSite(100, PartyKind.PERSON, true, false);
		// 《行政处罚法》第七十一条：当场收缴的罚款二日内交至行政机关
		assertThat(cash.period(PeriodKind.CASH_HANDOVER).orElseThrow().getDueOn()).isEqualTo(LocalDate.of(2026, 11, 4));
		assertThat(onSite(150, PartyKind.PERSON, true, true).isCashOnSpot()).isTrue();
		assertThat(cash.awaitsCashHandOver()).isTrue();
		cash.handOverCash(OFFICER, "已交财务", day(1));
		assertThat(cash.awaitsCashHandOver()).isFalse();
		assertThat(cash.period(PeriodKind.CASH_HANDOVER).orElseThrow().getEndedAt()).isEqualTo(day(1));
		refused(() -> cash.handOverCash(OFFICER, null, day(1)), "penalty.error.noCash", "没有待上交");
	}

	@Test
	void art70CashTakenOnTheSpotIsReceiptedWithTheFinanceDepartmentsForm() {
		var penalty = new ProposedOutcome(Outcome.PENALTY, null, null, false, BigDecimal.valueOf(50), null, null, null,
				BigDecimal.ZERO, Set.of(), "责令立即改正", null, Set.of(), null, Set.of(), null);
		// 《行政处罚法》第七十条：当场收缴罚款的，必须向当事人出具专用票据；不出具的，当事人有权拒绝缴纳
		for (var receipt : new String[] { null, " ", "票据", "12" }) {
			refused(() -> PenaltyProceeding.decideOnSite("CF9", "JY000001", new OnSiteDecision(Proceedings.lead(),
					penalty, true, "无异议", true, false, receipt), OFFICER, SECOND, PartyKind.PERSON,
					Proceedings.thresholds(), day(0), CLOCK), "penalty.guard.art70", "第七十条");
		}
		refused(() -> PenaltyProceeding.decideOnSite("CF9", "JY000001", new OnSiteDecision(Proceedings.lead(), penalty,
				true, "无异议", false, false, "41010126-0012345678"), OFFICER, SECOND, PartyKind.PERSON,
				Proceedings.thresholds(), day(0), CLOCK), "penalty.guard.art70NoCash", "第七十条");
		assertThat(onSite(50, PartyKind.PERSON, true, false).getCashReceipt()).isEqualTo("FS2026-000123");
	}

	@Test
	void art44And45OnTheSpotThePartyIsToldAndHeardBeforeTheDecision() {
		var penalty = new ProposedOutcome(Outcome.PENALTY, null, null, false, BigDecimal.valueOf(50), null, null, null,
				BigDecimal.ZERO, Set.of(), "责令立即改正", null, Set.of(), null, Set.of(), null);
		// 《行政处罚法》第四十四条：作出行政处罚决定之前，应当告知当事人拟作出的处罚及其权利
		refused(() -> PenaltyProceeding.decideOnSite("CF9", "JY000001", new OnSiteDecision(Proceedings.lead(), penalty,
				false, "无异议", false, false, null), OFFICER, SECOND, PartyKind.PERSON, Proceedings.thresholds(), day(0), CLOCK),
				"penalty.guard.art44OnSite", "第四十四条");
		// 《行政处罚法》第四十五条：行政机关必须充分听取当事人的意见
		refused(() -> PenaltyProceeding.decideOnSite("CF9", "JY000001", new OnSiteDecision(Proceedings.lead(), penalty,
				true, " ", false, false, null), OFFICER, SECOND, PartyKind.PERSON, Proceedings.thresholds(), day(0), CLOCK),
				"penalty.guard.art45OnSite", "第四十五条");
		var decided = onSite(50, PartyKind.PERSON, false, false);
		assertThat(decided.getRecords()).singleElement().satisfies(r -> {
			assertThat(r.getKind()).isEqualTo(RecordKind.STATEMENT);
			assertThat(r.getSecondOfficerId()).isEqualTo(SECOND.staffId());
		});
		assertThat(decided.getFormNumber()).isEqualTo("JY000001");
	}

	@Test
	void art28EveryDecisionOrdersTheCorrection() {
		var withoutOrder = new ProposedOutcome(Outcome.PENALTY, 1L, DiscretionLevel.GENERAL, false,
				new BigDecimal("800"), null, null, null, BigDecimal.ZERO, Set.of(), " ", null, Set.of(), null, Set.of(),
				null);
		var proceeding = Proceedings.investigating();
		refused(() -> proceeding.conclude(withoutOrder, Proceedings.assessment(), OFFICER, day(3)), "penalty.guard.art28",
				"第二十八条");
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.INVESTIGATING);
	}

	@Test
	void art36NoFilingOnceTheActIsPastItsLimitation() {
		// 《行政处罚法》第三十六条：违法行为在二年内未被发现的，不再给予行政处罚
		var old = new NewLead(1, ProceedingSource.PATROL, null, 100, null, null, SECOND.staffId(), "和平路", "占道经营",
				LocalDate.of(2024, 10, 1), null, false, LocalDate.of(2026, 10, 2), false);
		var proceeding = PenaltyProceeding.openLead("CF2", old, OFFICER, SECOND, day(0), CLOCK);
		refused(() -> proceeding.requestFiling(OFFICER, LocalDate.of(2026, 11, 2), day(0)), "penalty.guard.art36",
				"第三十六条");
		var grave = new NewLead(1, ProceedingSource.PATROL, null, 100, null, null, SECOND.staffId(), "和平路", "危害安全",
				LocalDate.of(2024, 10, 1), null, false, LocalDate.of(2026, 10, 2), true);
		var fiveYears = PenaltyProceeding.openLead("CF3", grave, OFFICER, SECOND, day(0), CLOCK);
		fiveYears.requestFiling(OFFICER, LocalDate.of(2026, 11, 2), day(0));
		assertThat(fiveYears.getStatus()).isEqualTo(ProceedingStatus.FILING);
	}

	@Test
	void art62NoDecisionBeforeThePartyWasHeardOrWaivedInWriting() {
		var proceeding = Proceedings.noticed(3000, DiscretionLevel.SERIOUS);
		assertThat(proceeding.refusal(ProceedingAction.DECIDE, DEPUTY)).contains("penalty.error.notNow");
		refused(() -> proceeding.hearing().endStatementPeriod(OFFICER, day(9), CLOCK), "penalty.guard.art62", "第六十二条");
		proceeding.hearing().recordWaiver(Proceedings.record(RecordKind.WAIVER, "放弃陈述申辩声明"), OFFICER, SECOND, day(9), CLOCK);
		proceeding.hearing().endStatementPeriod(OFFICER, day(9), CLOCK);
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.DECISION_PENDING);
	}

	@Test
	void art64AHearingIsAskedForWithinFiveWorkingDays() {
		var proceeding = Proceedings.noticed(8000, DiscretionLevel.SERIOUS);
		// served 11-09: the window's last day is 11-16
		refused(() -> proceeding.hearing().requestHearing(OFFICER, day(15), CLOCK), "penalty.guard.art64Request", "第六十四条");
		var small = Proceedings.noticed(3000, DiscretionLevel.SERIOUS);
		refused(() -> small.hearing().requestHearing(OFFICER, day(8), CLOCK), "penalty.guard.art64Request", "第六十四条");
	}

	@Test
	void art64AHearingIsNotifiedSevenWorkingDaysAheadAndNotHostedByAnInvestigator() {
		var proceeding = Proceedings.noticed(8000, DiscretionLevel.SERIOUS);
		proceeding.hearing().requestHearing(OFFICER, day(8), CLOCK);
		refused(() -> proceeding.hearing().scheduleHearing(new HearingPlan(day(17), "听证室", Proceedings.UNQUALIFIED_LEGAL.staffId(),
				LocalDate.of(2026, 11, 10), true), LEGAL, day(8), CLOCK), "penalty.guard.art64Notice", "第六十四条");
		refused(() -> proceeding.hearing().scheduleHearing(new HearingPlan(day(30), "听证室", SECOND.staffId(),
				LocalDate.of(2026, 11, 10), true), LEGAL, day(8), CLOCK), "penalty.guard.art64Host", "第六十四条");
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.HEARING_REQUESTED);
	}

	@Test
	void art45TheDefenceNeverMakesThePenaltyHeavier() {
		var proceeding = Proceedings.noticed(1500, DiscretionLevel.GENERAL);
		refused(() -> proceeding.hearing().recordStatement(Proceedings.record(RecordKind.STATEMENT, "申辩"), false, "不采纳",
				Proceedings.fine(2500, DiscretionLevel.SERIOUS), Proceedings.assessment(), OFFICER, SECOND, day(8), CLOCK),
				"penalty.guard.art45", "第四十五条");
		assertThat(proceeding.getProposal().fine()).isEqualByComparingTo("1500");
	}

	@Test
	void art58NoDecisionWithoutACurrentLegalReview() {
		// a hearing ends the review approved before it: the decision waits for a new one
		var proceeding = Proceedings.noticed(8000, DiscretionLevel.SERIOUS);
		proceeding.hearing().requestHearing(OFFICER, day(8), CLOCK);
		proceeding.hearing().scheduleHearing(new HearingPlan(day(22), "听证室", Proceedings.UNQUALIFIED_LEGAL.staffId(),
				LocalDate.of(2026, 11, 10), true), LEGAL, day(8), CLOCK);
		proceeding.hearing().holdHearing(new NewRecord(RecordKind.HEARING, "听证笔录", "内容", Proceedings.UNQUALIFIED_LEGAL.staffId(),
				LEGAL.staffId(), List.of()), Proceedings.UNQUALIFIED_LEGAL, LEGAL, day(22), CLOCK);
		assertThat(proceeding.refusal(ProceedingAction.DECIDE, DIRECTOR)).contains("penalty.error.notNow");
		refused(() -> proceeding.approval().review(true, Proceedings.UNQUALIFIED_LEGAL, "通过", "", day(23), CLOCK),
				"penalty.actor.legalQualification", "第五十八条");
		proceeding.approval().review(false, LEGAL, "证据不足", "事实清楚=ISSUE", day(23), CLOCK);
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.CONCLUDED);
		assertThat(MESSAGES.getString("penalty.guard.art58")).contains("第五十八条");
	}

	@Test
	void art57AMajorCaseIsDiscussedWithQuorumAndSignedByItsChair() {
		var proceeding = Proceedings.noticed(8000, DiscretionLevel.SERIOUS);
		proceeding.hearing().recordWaiver(Proceedings.record(RecordKind.WAIVER, "放弃听证声明"), OFFICER, SECOND, day(8), CLOCK);
		proceeding.hearing().endStatementPeriod(OFFICER, day(8), CLOCK);
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.COLLECTIVE_DISCUSSION);
		refused(() -> proceeding.approval().recordDiscussion(new DiscussionRecord(LocalDate.of(2026, 11, 12),
				DIRECTOR.staffId(),
				"局长\n分管领导", 5, "同意", "同意"), DIRECTOR, day(9), CLOCK), "penalty.guard.art57Quorum", "第五十七条");
		assertThat(proceeding.refusal(ProceedingAction.RECORD_DISCUSSION, Proceedings.MEMBER))
			.contains("penalty.actor.principal");
		proceeding.approval().recordDiscussion(new DiscussionRecord(LocalDate.of(2026, 11, 12), DIRECTOR.staffId(),
				"局长\n分管领导\n班子成员", 5, "同意", "同意"), DIRECTOR, day(9), CLOCK);
		assertThat(proceeding.refusal(ProceedingAction.DECIDE, Proceedings.MEMBER)).contains("penalty.actor.chair");
		proceeding.decide(DIRECTOR, Proceedings.assessment(), day(10), Proceedings.CLOCK);
		assertThat(proceeding.getSignedById()).isEqualTo(DIRECTOR.staffId());
	}

	@Test
	void art29NoSecondFineForTheSameAct() {
		var proceeding = Proceedings.noticed(1500, DiscretionLevel.GENERAL);
		proceeding.hearing().recordWaiver(Proceedings.record(RecordKind.WAIVER, "放弃声明"), OFFICER, SECOND, day(8), CLOCK);
		proceeding.hearing().endStatementPeriod(OFFICER, day(8), CLOCK);
		var finedBefore = new Assessment(Proceedings.barbecue(), PartyKind.PERSON, 35, 0, true);
		refused(() -> proceeding.decide(DEPUTY, finedBefore, day(9), CLOCK), "penalty.guard.art29", "第二十九条");
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.DECISION_PENDING);
	}

	@Test
	void art30AChildIsNotPunishedAndAMinorIsPunishedLess() {
		var proceeding = Proceedings.investigating();
		refused(() -> proceeding.conclude(Proceedings.fine(800, DiscretionLevel.GENERAL),
				new Assessment(Proceedings.barbecue(), PartyKind.PERSON, 13, 0, false), OFFICER, day(3)),
				"penalty.guard.art30Under14", "第三十条");
		refused(() -> proceeding.conclude(Proceedings.fine(800, DiscretionLevel.GENERAL),
				new Assessment(Proceedings.barbecue(), PartyKind.PERSON, 16, 0, false), OFFICER, day(3)),
				"penalty.guard.art30Minor", "第三十条");
		var lighter = new ProposedOutcome(Outcome.PENALTY, 1L, DiscretionLevel.MITIGATED, true, new BigDecimal("300"),
				null, null, null, BigDecimal.ZERO, Set.of(), "责令停止烧烤", null, Set.of(Mitigation.MINOR), "未成年人",
				Set.of(), null);
		proceeding.conclude(lighter, new Assessment(Proceedings.barbecue(), PartyKind.PERSON, 16, 0, false), OFFICER,
				day(3));
		// 减轻 below the statutory minimum goes to the 班子
		assertThat(ApprovalRoute.of(Proceedings.facts(proceeding), Proceedings.thresholds()).tier())
			.isEqualTo(ApprovalTier.T4);
	}

	@Test
	void art33FirstOffenceNeedsAnEligibleBenchmarkAndNoPriorOffenceAndEveryNoPenaltyItsEducation() {
		var firstOffence = new ProposedOutcome(Outcome.NO_PENALTY_FIRST_OFFENCE, 1L, null, false, BigDecimal.ZERO, null,
				null, null, BigDecimal.ZERO, Set.of(), null, null, Set.of(), "初次", Set.of(), null);
		var proceeding = Proceedings.investigating();
		refused(() -> proceeding.conclude(firstOffence, new Assessment(Proceedings.barbecue(), PartyKind.PERSON, 35, 1,
				false), OFFICER, day(3)), "penalty.guard.art33FirstOffence", "第三十三条");
		proceeding.conclude(firstOffence, Proceedings.assessment(), OFFICER, day(3));
		var route = ApprovalRoute.of(Proceedings.facts(proceeding), Proceedings.thresholds());
		proceeding.approval().submit(route, OFFICER, day(3), CLOCK);
		proceeding.approval().approve(Proceedings.SQUAD_LEADER, "同意", null, day(4), CLOCK);
		proceeding.approval().approve(LEGAL, "同意", "定性准确=OK", day(4), CLOCK);
		refused(() -> proceeding.approval().approve(DEPUTY, "同意", null, day(4), CLOCK), "penalty.guard.art33Education",
				"第三十三条");
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.IN_APPROVAL);
	}

	@Test
	void art5TheSameFrontageAgainWithinAYearIsHeavierUnlessTheReasonsSayWhyNot() {
		var repeat = new Assessment(Proceedings.barbecue(), PartyKind.PERSON, 35, 0, false, 2);
		var noReasons = new ProposedOutcome(Outcome.PENALTY, 1L, DiscretionLevel.GENERAL, false, new BigDecimal("800"),
				null, null, null, BigDecimal.ZERO, Set.of(), "责令立即停止露天烧烤", null, Set.of(), " ", Set.of(), null);
		refused(() -> Proceedings.investigating().conclude(noReasons, repeat, OFFICER, day(3)),
				"penalty.guard.frontageRepeat", "第五条");
		// stated reasons, or the heavier band, or the first time at the frontage: concluded
		Proceedings.investigating().conclude(Proceedings.fine(800, DiscretionLevel.GENERAL), repeat, OFFICER, day(3));
		Proceedings.investigating().conclude(Proceedings.fine(3000, DiscretionLevel.SERIOUS), repeat, OFFICER, day(3));
		Proceedings.investigating().conclude(noReasons, new Assessment(Proceedings.barbecue(), PartyKind.PERSON, 35, 0,
				false, 1), OFFICER, day(3));
	}

	@Test
	void art56PreservedEvidenceIsDecidedBeforeTheInvestigationEnds() {
		var proceeding = Proceedings.investigating();
		proceeding.addRecord(Proceedings.record(RecordKind.PRESERVATION, "先行登记保存烧烤炉"), OFFICER, SECOND, day(3),
				CLOCK);
		assertThat(proceeding.period(PeriodKind.PRESERVATION).orElseThrow().getDueOn())
			.isEqualTo(LocalDate.of(2026, 11, 16));
		refused(() -> proceeding.conclude(Proceedings.fine(800, DiscretionLevel.GENERAL), Proceedings.assessment(),
				OFFICER, day(4)), "penalty.guard.art56", "第五十六条");
		proceeding.decideRecord(2, true, DEPUTY, "同意先行登记保存", day(4));
		proceeding.conclude(Proceedings.fine(800, DiscretionLevel.GENERAL), Proceedings.assessment(), OFFICER, day(4));
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.CONCLUDED);
	}

	@Test
	void theFinePlacedInItsBand() {
		var proceeding = Proceedings.investigating();
		assertThatThrownBy(() -> proceeding.conclude(Proceedings.fine(3000, DiscretionLevel.GENERAL),
				Proceedings.assessment(), OFFICER, day(3))).hasMessage("penalty.error.outsideBand");
	}

	static PenaltyProceeding onSite(int yuan, PartyKind party, boolean cash, boolean hardToCollect) {
		var penalty = new ProposedOutcome(Outcome.PENALTY, null, null, yuan == 0, BigDecimal.valueOf(yuan), null, null,
				null, BigDecimal.ZERO, Set.of(), "责令立即改正", null, Set.of(), null, Set.of(), null);
		return PenaltyProceeding.decideOnSite("CF9", "JY000001", new OnSiteDecision(Proceedings.lead(), penalty, true,
				"当事人无异议", cash, hardToCollect, cash ? "FS2026-000123" : null), OFFICER, SECOND, party, Proceedings.thresholds(), day(0), CLOCK);
	}
}
