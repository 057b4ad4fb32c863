package org.chengguan.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chengguan.penalty.Proceedings.CLOCK;
import static org.chengguan.penalty.Proceedings.DIRECTOR;
import static org.chengguan.penalty.Proceedings.OFFICER;
import static org.chengguan.penalty.Proceedings.ZONE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import org.chengguan.penalty.ProceedingEnforcement.ReminderAfter;
import org.junit.jupiter.api.Test;

/**
 * 救济与强制执行 (domain.md §8.11, §8.12): a 复议 or 诉讼 pauses the surcharge and holds enforcement back, a 复议决定 moves
 * the time to sue; the 催告书 goes out once the time to sue has run out, the court is asked only ten working days after
 * it and within three months of the time to sue, with every material of 《行政强制法》第五十五条, and what the court
 * did ends the enforcement.
 */
class EnforcementTests {

	/** The decision of 3,000 yuan served by hand on 2026-11-19: to pay by 12-04, to sue by 2027-05-19. */
	static PenaltyProceeding served() {
		var proceeding = DecisionServiceTests.decided();
		DecisionServiceTests.serve(proceeding,
				DecisionServiceTests.attempt(ServiceMethod.DIRECT, ServiceResult.SERVED, 17), 17);
		return proceeding;
	}

	static Instant on(LocalDate day) {
		return day.atTime(10, 0).atZone(ZONE).toInstant();
	}

	static Instant on(int year, int month, int day) {
		return on(LocalDate.of(year, month, day));
	}

	static void remind(PenaltyProceeding proceeding, LocalDate day) {
		proceeding.enforcing().serveReminder(day, ServiceMethod.DIRECT, ReminderAfter.SUIT, OFFICER, on(day), CLOCK);
	}

	@Test
	void theCourtsWindowRunsFromTheDayAfterTheTimeToSueForThreeMonths() {
		var proceeding = served();
		var window = proceeding.period(PeriodKind.COURT_FILING).orElseThrow();
		assertThat(window.getStartsOn()).isEqualTo("2027-05-20");
		assertThat(window.getDueOn()).isEqualTo("2027-08-19");
		var dates = proceeding.enforcing().dates(ReminderAfter.SUIT, CLOCK);
		assertThat(dates).isNotNull();
		assertThat(dates.paymentDue()).isEqualTo("2026-12-04");
		assertThat(dates.earliestReminder()).isEqualTo("2027-05-20");
		assertThat(dates.earliestFiling()).isNull();
		assertThat(dates.hardAlertFrom()).isEqualTo("2027-07-19");
	}

	@Test
	void aPendingReviewPausesTheSurchargeHoldsEnforcementBackAndItsDecisionMovesTheTimeToSue() {
		var proceeding = served();
		proceeding.enforcing().recordRemedy(RemedyKind.RECONSIDERATION, LocalDate.of(2026, 12, 10), "示范市人民政府",
				"示政复〔2026〕12号", OFFICER, on(2026, 12, 10), CLOCK);
		// one at a time (《行政复议法》第二十九条)
		assertThatThrownBy(() -> proceeding.enforcing().recordRemedy(RemedyKind.SUIT, LocalDate.of(2026, 12, 11),
				"示范区人民法院", null, OFFICER, on(2026, 12, 11), CLOCK)).hasMessage("penalty.remedy.error.pending");
		// due 12-04: 12-05 … 12-09 accrue (5 days, 15 %), from 12-10 nothing while pending
		var owed = proceeding.enforcing().owed(LocalDate.of(2026, 12, 31), CLOCK);
		assertThat(owed).isNotNull();
		assertThat(owed.surcharge()).isEqualByComparingTo("450");
		assertThat(owed.total()).isEqualByComparingTo("3450");
		// nothing is closed or enforced while it is pending
		assertThat(proceeding.closingRefusal()).isEqualTo("penalty.guard.remedyPending");
		assertThat(proceeding.enforcing().reminderRefusal(ReminderAfter.PAYMENT, LocalDate.of(2026, 12, 31), CLOCK))
			.isEqualTo("penalty.enforcement.error.remedyPending");

		assertThatThrownBy(() -> proceeding.enforcing().decideRemedy(RemedyOutcome.UPHELD, LocalDate.of(2026, 12, 9),
				null, null, OFFICER, on(2027, 1, 4), CLOCK)).hasMessage("penalty.remedy.error.decidedOn");
		proceeding.enforcing().decideRemedy(RemedyOutcome.UPHELD, LocalDate.of(2027, 1, 4), null, null, OFFICER,
				on(2027, 1, 5), CLOCK);
		// the surcharge runs again from the day after the review was decided: 01-05 … 01-09 are 5 more days
		assertThat(proceeding.enforcing().owed(LocalDate.of(2027, 1, 9), CLOCK).surcharge())
			.isEqualByComparingTo("900");
		// 《行政诉讼法》第四十五条：the party may sue within 15 days of the 复议决定 — to 01-19; the court's window after it
		var dates = proceeding.enforcing().dates(ReminderAfter.SUIT, CLOCK);
		assertThat(dates.suitDeadline()).isEqualTo("2027-01-19");
		assertThat(dates.earliestReminder()).isEqualTo("2027-01-20");
		assertThat(dates.lastFilingDay()).isEqualTo("2027-04-19");
		var window = proceeding.period(PeriodKind.COURT_FILING).orElseThrow();
		assertThat(window.isRunning()).isTrue();
		assertThat(window.getDueOn()).isEqualTo("2027-04-19");
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.SERVED);
	}

	@Test
	void aDecisionChangedOrFoundIllegalNeedsItsReasonsAndARevokedOneEndsTheProceeding() {
		var proceeding = served();
		proceeding.enforcing().recordRemedy(RemedyKind.SUIT, LocalDate.of(2026, 12, 1), "示范区人民法院", null, OFFICER,
				on(2026, 12, 1), CLOCK);
		assertThatThrownBy(() -> proceeding.enforcing().decideRemedy(RemedyOutcome.REVOKED, LocalDate.of(2027, 3, 1),
				" ", null, OFFICER, on(2027, 3, 1), CLOCK)).hasMessage("penalty.remedy.error.note");
		proceeding.enforcing().decideRemedy(RemedyOutcome.REVOKED, LocalDate.of(2027, 3, 1), "判决撤销：事实不清", null, OFFICER,
				on(2027, 3, 1), CLOCK);
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.REVOKED);
		assertThat(proceeding.getStatus().isTerminal()).isTrue();
		assertThat(proceeding.period(PeriodKind.PAYMENT).orElseThrow().isRunning()).isFalse();
		assertThat(proceeding.period(PeriodKind.COURT_FILING).orElseThrow().isRunning()).isFalse();
		assertThat(proceeding.getRemedies()).singleElement()
			.satisfies(r -> assertThat(r.getOutcome()).isEqualTo(RemedyOutcome.REVOKED));
	}

	@Test
	void theReminderGoesOutOnlyOnceTheTimeToSueHasRunOutByDefault() {
		var proceeding = served();
		assertThat(proceeding.enforcing().reminderRefusal(ReminderAfter.SUIT, LocalDate.of(2027, 5, 19), CLOCK))
			.isEqualTo("penalty.enforcement.error.reminderEarly");
		assertThatThrownBy(() -> remind(proceeding, LocalDate.of(2027, 5, 19)))
			.hasMessage("penalty.enforcement.error.reminderEarly");
		// configured to follow the time to pay, it may go out on 12-05
		assertThat(proceeding.enforcing().reminderRefusal(ReminderAfter.PAYMENT, LocalDate.of(2026, 12, 5), CLOCK))
			.isNull();
		remind(proceeding, LocalDate.of(2027, 5, 20));
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.REMINDED);
		assertThat(proceeding.getEnforcement().getReminderServedOn()).isEqualTo("2027-05-20");
		assertThat(proceeding.period(PeriodKind.REMINDER).orElseThrow().getDueOn()).isEqualTo("2027-06-03");
	}

	@Test
	void theCourtIsAskedTenWorkingDaysAfterTheReminderByAPrincipalWithEveryMaterial() {
		var proceeding = served();
		remind(proceeding, LocalDate.of(2027, 5, 20));
		// 05-21 … 06-03 are the ten working days: the court from 06-04
		assertThat(proceeding.enforcing().earliestFiling(CLOCK)).isEqualTo("2027-06-04");
		assertThatThrownBy(() -> proceeding.enforcing().applyToCourt("示范区人民法院", EnforcementMaterial.all(), DIRECTOR,
				on(2027, 6, 3), CLOCK)).hasMessage("penalty.enforcement.error.filingEarly");
		var withoutTheReminder = EnumSet.allOf(EnforcementMaterial.class);
		withoutTheReminder.remove(EnforcementMaterial.REMINDER);
		assertThatThrownBy(() -> proceeding.enforcing().applyToCourt("示范区人民法院", withoutTheReminder, DIRECTOR,
				on(2027, 6, 4), CLOCK)).hasMessage("penalty.enforcement.error.materials");
		// 《行政强制法》第五十五条第二款：signed by the 负责人, not by an officer of the case
		assertThat(proceeding.refusal(ProceedingAction.APPLY_ENFORCEMENT, OFFICER)).isPresent();
		proceeding.enforcing().applyToCourt("示范区人民法院", EnforcementMaterial.all(), DIRECTOR, on(2027, 6, 4), CLOCK);
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.ENFORCEMENT_APPLIED);
		assertThat(proceeding.getEnforcement().getMaterials()).containsExactlyInAnyOrderElementsOf(EnforcementMaterial.all());
		assertThat(proceeding.period(PeriodKind.COURT_FILING).orElseThrow().isRunning()).isFalse();
	}

	@Test
	void theCourtsStepsAreRecordedInOrderAndItsEndLetsTheCaseClose() {
		var proceeding = served();
		remind(proceeding, LocalDate.of(2027, 5, 20));
		proceeding.enforcing().applyToCourt("示范区人民法院", EnforcementMaterial.all(), DIRECTOR, on(2027, 6, 4), CLOCK);
		assertThatThrownBy(() -> proceeding.enforcing().recordCourt(CourtStep.EXECUTED, LocalDate.of(2027, 6, 8), null,
				null, OFFICER, on(2027, 6, 8), CLOCK)).hasMessage("penalty.enforcement.error.courtOrder");
		assertThatThrownBy(() -> proceeding.enforcing().recordCourt(CourtStep.ACCEPTED, LocalDate.of(2027, 6, 8), " ",
				null, OFFICER, on(2027, 6, 8), CLOCK)).hasMessage("penalty.enforcement.error.caseNumber");
		assertThatThrownBy(() -> proceeding.enforcing().recordCourt(CourtStep.ACCEPTED, LocalDate.of(2027, 6, 3),
				"（2027）示0102行审12号", null, OFFICER, on(2027, 6, 8), CLOCK))
			.hasMessage("penalty.enforcement.error.courtDay");
		proceeding.enforcing().recordCourt(CourtStep.ACCEPTED, LocalDate.of(2027, 6, 8), "（2027）示0102行审12号", null,
				OFFICER, on(2027, 6, 8), CLOCK);
		assertThat(proceeding.closingRefusal()).isEqualTo("penalty.guard.unpaid");
		proceeding.enforcing().recordCourt(CourtStep.GRANTED, LocalDate.of(2027, 6, 15), null, null, OFFICER,
				on(2027, 6, 15), CLOCK);
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.ENFORCEMENT_APPLIED);
		proceeding.enforcing().recordCourt(CourtStep.EXECUTED, LocalDate.of(2027, 7, 1), null, "法院执行到位", OFFICER,
				on(2027, 7, 1), CLOCK);
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.ENFORCED);
		assertThat(proceeding.getEnforcement().getCourtCaseNumber()).isEqualTo("（2027）示0102行审12号");
		assertThat(proceeding.closingRefusal()).isNull();
		proceeding.act(ProceedingAction.REQUEST_CLOSE, OFFICER, "经法院强制执行", on(2027, 7, 2));
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.CLOSING);
	}

	@Test
	void aCourtThatRefusesGivesItsReasons() {
		var proceeding = served();
		remind(proceeding, LocalDate.of(2027, 5, 20));
		proceeding.enforcing().applyToCourt("示范区人民法院", EnforcementMaterial.all(), DIRECTOR, on(2027, 6, 4), CLOCK);
		proceeding.enforcing().recordCourt(CourtStep.ACCEPTED, LocalDate.of(2027, 6, 8), "（2027）示0102行审12号", null,
				OFFICER, on(2027, 6, 8), CLOCK);
		assertThatThrownBy(() -> proceeding.enforcing().recordCourt(CourtStep.REFUSED, LocalDate.of(2027, 6, 15), null,
				null, OFFICER, on(2027, 6, 15), CLOCK)).hasMessage("penalty.enforcement.error.refusedReason");
		proceeding.enforcing().recordCourt(CourtStep.REFUSED, LocalDate.of(2027, 6, 15), null, "主要证据不足", OFFICER,
				on(2027, 6, 15), CLOCK);
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.ENFORCED);
	}

	@Test
	void aLateApplicationIsRefusedOnceTheWindowHasClosed() {
		var proceeding = served();
		remind(proceeding, LocalDate.of(2027, 8, 10));
		// ten working days after 08-10 end on 08-24: the court from 08-25, past the window's last day 08-19
		assertThat(proceeding.enforcing().applicationRefusal(LocalDate.of(2027, 8, 25), CLOCK))
			.isEqualTo("penalty.enforcement.error.windowClosed");
	}

	@Test
	void aReminderThatFollowsTheTimeToPayStillLeavesTheCourtUntilTheTimeToSueHasRunOut() {
		var proceeding = served();
		proceeding.enforcing().serveReminder(LocalDate.of(2026, 12, 7), ServiceMethod.DIRECT, ReminderAfter.PAYMENT,
				OFFICER, on(2026, 12, 7), CLOCK);
		// 《行政强制法》第五十三条：only once the time to sue has run out
		assertThat(proceeding.enforcing().earliestFiling(CLOCK)).isEqualTo("2027-05-20");
		assertThat(proceeding.enforcing().applicationRefusal(LocalDate.of(2027, 1, 4), CLOCK))
			.isEqualTo("penalty.enforcement.error.filingEarly");
	}

	@Test
	void payingAfterTheReminderEndsTheEnforcement() {
		var proceeding = served();
		remind(proceeding, LocalDate.of(2027, 5, 20));
		proceeding.executing().confirmPayment(LocalDate.of(2027, 5, 25), on(2027, 5, 25));
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.PAID);
		assertThat(proceeding.period(PeriodKind.REMINDER).orElseThrow().isRunning()).isFalse();
		assertThat(proceeding.period(PeriodKind.COURT_FILING).orElseThrow().isRunning()).isFalse();
		assertThat(proceeding.enforcing().dates(ReminderAfter.SUIT, CLOCK)).isNull();
	}

	static java.util.List<Instalment> plan(Object... dayAndSum) {
		var rows = new java.util.ArrayList<Instalment>();
		for (var i = 0; i < dayAndSum.length; i += 2) {
			rows.add(new Instalment(rows.size() + 1, LocalDate.parse((String) dayAndSum[i]),
					new java.math.BigDecimal((String) dayAndSum[i + 1])));
		}
		return rows;
	}

	@Test
	void aPlanIsAskedForWithTheHardshipAndItsSumsMakeTheFineAndItEndsAfterTheDueDate() {
		var proceeding = served();
		var at = on(2026, 11, 25);
		assertThatThrownBy(() -> proceeding.enforcing().requestPlan(plan("2026-12-31", "3000"), " ", OFFICER, at, CLOCK))
			.hasMessage("penalty.error.opinionRequired");
		assertThatThrownBy(() -> proceeding.enforcing().requestPlan(plan("2026-12-31", "1000", "2027-01-31", "1000"),
				"经营亏损", OFFICER, at, CLOCK)).hasMessage("penalty.plan.error.total");
		assertThatThrownBy(() -> proceeding.enforcing().requestPlan(plan("2027-01-31", "1000", "2026-12-31", "2000"),
				"经营亏损", OFFICER, at, CLOCK)).hasMessage("penalty.plan.error.instalments");
		assertThatThrownBy(() -> proceeding.enforcing().requestPlan(plan("2026-12-03", "3000"), "经营亏损", OFFICER, at,
				CLOCK)).hasMessage("penalty.plan.error.later");
		proceeding.enforcing().requestPlan(plan("2026-12-31", "1000", "2027-01-31", "2000"), "经营亏损，无力一次缴纳",
				OFFICER, at, CLOCK);
		assertThat(proceeding.getPlan().getPlanState()).isEqualTo(PaymentPlan.State.REQUESTED);
		assertThatThrownBy(() -> proceeding.enforcing().requestPlan(plan("2026-12-31", "3000"), "再次申请", OFFICER, at,
				CLOCK)).hasMessage("penalty.plan.error.exists");
		// 第六十六条第二款：经行政机关批准 — a 负责人, not the officers
		assertThat(proceeding.refusal(ProceedingAction.APPROVE_PLAN, OFFICER)).isPresent();
	}

	@Test
	void anApprovedPlanMovesTheDueDateAndEachLateInstalmentBearsItsOwnSurcharge() {
		var proceeding = served();
		proceeding.enforcing().requestPlan(plan("2026-12-31", "1000", "2027-01-31", "2000"), "经营亏损", OFFICER,
				on(2026, 11, 25), CLOCK);
		proceeding.enforcing().decidePlan(true, DIRECTOR, "同意分两期缴纳", on(2026, 11, 26), CLOCK);
		assertThat(proceeding.getPlan().isApproved()).isTrue();
		assertThat(proceeding.period(PeriodKind.PAYMENT).orElseThrow().getDueOn()).isEqualTo("2027-01-31");
		// the first instalment five days late: 3 % of 1,000 a day; the second not yet due
		assertThat(proceeding.enforcing().owed(LocalDate.of(2027, 1, 5), CLOCK).surcharge()).isEqualByComparingTo("150");
		assertThat(proceeding.enforcing().owed(LocalDate.of(2026, 12, 31), CLOCK).surcharge()).isEqualByComparingTo("0");
		// ending before the time to sue, the court's window stays where it was
		assertThat(proceeding.enforcing().dates(ReminderAfter.SUIT, CLOCK).lastFilingDay()).isEqualTo("2027-08-19");
	}

	@Test
	void aPlanEndingAfterTheTimeToSueMovesTheCourtsWindowAndARefusedOneMayBeAskedAgain() {
		var proceeding = served();
		proceeding.enforcing().requestPlan(plan("2027-06-30", "3000"), "暂无收入", OFFICER, on(2026, 11, 25), CLOCK);
		proceeding.enforcing().decidePlan(false, DIRECTOR, "理由不成立", on(2026, 11, 26), CLOCK);
		assertThat(proceeding.getPlan().getPlanState()).isEqualTo(PaymentPlan.State.REFUSED);
		assertThat(proceeding.period(PeriodKind.PAYMENT).orElseThrow().getDueOn()).isEqualTo("2026-12-04");
		proceeding.enforcing().requestPlan(plan("2027-06-30", "3000"), "补充提交困难证明", OFFICER, on(2026, 11, 27), CLOCK);
		proceeding.enforcing().decidePlan(true, DIRECTOR, null, on(2026, 11, 30), CLOCK);
		// 《行政处罚法》第七十二条第二款：自暂缓或者分期缴纳罚款期限结束之日起计算
		var dates = proceeding.enforcing().dates(ReminderAfter.SUIT, CLOCK);
		assertThat(dates.paymentDue()).isEqualTo("2027-06-30");
		assertThat(dates.earliestReminder()).isEqualTo("2027-07-01");
		assertThat(dates.lastFilingDay()).isEqualTo("2027-09-30");
		assertThat(proceeding.period(PeriodKind.COURT_FILING).orElseThrow().getStartsOn()).isEqualTo("2027-07-01");
		assertThat(proceeding.enforcing().owed(LocalDate.of(2027, 6, 30), CLOCK).surcharge()).isEqualByComparingTo("0");
	}

	@Test
	void aReviewMayLowerTheFineNeverRaiseItAndWhatIsOwedFollowsTheChange() {
		var proceeding = served();
		proceeding.enforcing().recordRemedy(RemedyKind.RECONSIDERATION, LocalDate.of(2026, 11, 30), "示范市人民政府",
				null, OFFICER, on(2026, 11, 30), CLOCK);
		// 《行政复议法》第六十三条第二款：不得作出对申请人更为不利的变更决定
		assertThatThrownBy(() -> proceeding.enforcing().decideRemedy(RemedyOutcome.CHANGED, LocalDate.of(2026, 12, 20),
				"变更", new java.math.BigDecimal("4000"), OFFICER, on(2026, 12, 20), CLOCK))
			.hasMessage("penalty.remedy.error.changedFine");
		assertThatThrownBy(() -> proceeding.enforcing().decideRemedy(RemedyOutcome.UPHELD, LocalDate.of(2026, 12, 20),
				null, new java.math.BigDecimal("2000"), OFFICER, on(2026, 12, 20), CLOCK))
			.hasMessage("penalty.remedy.error.changedFine");
		proceeding.enforcing().decideRemedy(RemedyOutcome.CHANGED, LocalDate.of(2026, 12, 20), "变更罚款为二千元",
				new java.math.BigDecimal("2000"), OFFICER, on(2026, 12, 20), CLOCK);
		// due 12-04; the review was pending from 11-30 to 12-20, so nothing accrued before 12-21
		var owed = proceeding.enforcing().owed(LocalDate.of(2026, 12, 25), CLOCK);
		assertThat(owed.fine()).isEqualByComparingTo("2000");
		// 12-21 … 12-25: five days of 3 % of 2,000
		assertThat(owed.surcharge()).isEqualByComparingTo("300");
	}
}
