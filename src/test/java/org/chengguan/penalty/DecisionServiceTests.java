package org.chengguan.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chengguan.penalty.Proceedings.AUXILIARY;
import static org.chengguan.penalty.Proceedings.CLOCK;
import static org.chengguan.penalty.Proceedings.DEPUTY;
import static org.chengguan.penalty.Proceedings.OFFICER;
import static org.chengguan.penalty.Proceedings.SECOND;
import static org.chengguan.penalty.Proceedings.day;

import java.time.LocalDate;
import java.util.List;

import org.chengguan.party.PartyKind;
import org.junit.jupiter.api.Test;

/**
 * 送达 of the decision (《行政处罚法》第六十一条, 《民事诉讼法》第八十七条至第九十五条): each way of service with the rule
 * that governs it, and the periods that run from the day it takes effect.
 */
class DecisionServiceTests {

	/** Decided on day 16 (2026-11-18, a Wednesday). */
	static PenaltyProceeding decided() {
		var proceeding = Proceedings.noticed(3000, DiscretionLevel.SERIOUS);
		proceeding.hearing().endStatementPeriod(OFFICER, day(15), CLOCK);
		proceeding.decide(DEPUTY, Proceedings.assessment(), day(16), CLOCK);
		return proceeding;
	}

	static NewServiceAttempt attempt(ServiceMethod method, ServiceResult result, int day) {
		return new NewServiceAttempt(method, result, day(day), "和平路 1 号", null, null, null, null, SECOND.staffId(),
				List.of(), null);
	}

	static void serve(PenaltyProceeding proceeding, NewServiceAttempt attempt, int day) {
		proceeding.executing().serveDecision(attempt, OFFICER, SECOND, PartyKind.PERSON, 30, day(day), CLOCK);
	}

	@Test
	void aDecisionServedByHandTakesEffectThatDayAndThePeriodsToPaySeekReviewAndSueRunFromIt() {
		var proceeding = decided();
		// 第六十一条：当事人不在场的，七日内送达
		assertThat(proceeding.period(PeriodKind.SERVICE).orElseThrow().getDueOn())
			.isEqualTo(LocalDate.of(2026, 11, 27));
		serve(proceeding, attempt(ServiceMethod.DIRECT, ServiceResult.SERVED, 17), 17);

		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.SERVED);
		var served = LocalDate.of(2026, 11, 19);
		assertThat(proceeding.getExecution().getServedOn()).isEqualTo(served);
		assertThat(proceeding.period(PeriodKind.SERVICE).orElseThrow().isRunning()).isFalse();
		var deadlines = FineDeadlines.of(served, Proceedings::working);
		assertThat(proceeding.period(PeriodKind.PAYMENT).orElseThrow().getDueOn())
			.isEqualTo(LocalDate.of(2026, 12, 4))
			.isEqualTo(deadlines.paymentDue());
		assertThat(proceeding.period(PeriodKind.RECONSIDERATION).orElseThrow().getDueOn())
			.isEqualTo(deadlines.reviewDeadline());
		var suit = proceeding.period(PeriodKind.SUIT).orElseThrow();
		assertThat(suit.getDueOn()).isEqualTo(LocalDate.of(2027, 5, 19));
		assertThat(suit.getUnit()).isEqualTo(PeriodUnit.MONTH);
		assertThat(suit.getLength()).isEqualTo(6);
		assertThat(proceeding.getServiceAttempts()).singleElement()
			.satisfies(a -> assertThat(a.getOfficerId()).isEqualTo(OFFICER.staffId()));
		// served once: no second attempt
		assertThatThrownBy(() -> serve(proceeding, attempt(ServiceMethod.DIRECT, ServiceResult.SERVED, 18), 18))
			.hasMessage("penalty.error.notNow");
	}

	@Test
	void twoCertifiedOfficersServeAndTheTimeIsNotInTheFuture() {
		var proceeding = decided();
		assertThatThrownBy(() -> proceeding.executing().serveDecision(attempt(ServiceMethod.DIRECT, ServiceResult.SERVED, 17),
				OFFICER, AUXILIARY, PartyKind.PERSON, 30, day(17), CLOCK)).hasMessage("penalty.guard.art42");
		assertThatThrownBy(() -> serve(proceeding, attempt(ServiceMethod.DIRECT, ServiceResult.SERVED, 18), 17))
			.hasMessage("penalty.service.error.future");
		var place = new NewServiceAttempt(ServiceMethod.DIRECT, ServiceResult.SERVED, day(17), " ", null, null, null,
				null, SECOND.staffId(), List.of(), null);
		assertThatThrownBy(() -> serve(proceeding, place, 17)).hasMessage("penalty.service.error.place");
		assertThat(proceeding.getServiceAttempts()).isEmpty();
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.DECIDED);
	}

	@Test
	void leftAtTheDoorNeedsAWitnessOrPictures() {
		var proceeding = decided();
		// 《民事诉讼法》第八十九条
		assertThatThrownBy(() -> serve(proceeding, attempt(ServiceMethod.LEFT, ServiceResult.SERVED, 17), 17))
			.hasMessage("penalty.service.error.leftEvidence");
		assertThatThrownBy(() -> serve(proceeding, attempt(ServiceMethod.LEFT, ServiceResult.FAILED, 17), 17))
			.hasMessage("penalty.service.error.result");
		serve(proceeding, attempt(ServiceMethod.LEFT, ServiceResult.SERVED, 17).withEvidence(List.of(7L)), 17);
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.SERVED);
		assertThat(proceeding.getServiceAttempts().get(0).getEvidenceIds()).containsExactly(7L);

		var witnessed = decided();
		serve(witnessed, new NewServiceAttempt(ServiceMethod.LEFT, ServiceResult.SERVED, day(17), "和平路 1 号", null,
				null, "居委会主任王某", null, SECOND.staffId(), List.of(), null), 17);
		assertThat(witnessed.getExecution().getServedMethod()).isEqualTo(ServiceMethod.LEFT);
	}

	@Test
	void someoneElseSignsOnlyWithTheirRelationAndAnOrganisationsRepresentativeOnlyForAnOrganisation() {
		var proceeding = decided();
		var family = new NewServiceAttempt(ServiceMethod.FAMILY, ServiceResult.SERVED, day(17), "和平路 1 号", "赵某",
				" ", null, null, SECOND.staffId(), List.of(), null);
		assertThatThrownBy(() -> serve(proceeding, family, 17)).hasMessage("penalty.service.error.recipient");
		var representative = new NewServiceAttempt(ServiceMethod.REPRESENTATIVE, ServiceResult.SERVED, day(17),
				"和平路 1 号", "赵某", "收发室", null, null, SECOND.staffId(), List.of(), null);
		assertThatThrownBy(() -> serve(proceeding, representative, 17))
			.hasMessage("penalty.service.error.organisationOnly");
		proceeding.executing().serveDecision(representative, OFFICER, SECOND, PartyKind.ORGANISATION, 30, day(17), CLOCK);
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.SERVED);
	}

	@Test
	void byPostTheReceiptsDayIsTheDayOfServiceAndAReturnedLetterLeavesItUnserved() {
		var proceeding = decided();
		assertThatThrownBy(() -> serve(proceeding, attempt(ServiceMethod.POST, ServiceResult.SERVED, 17), 20))
			.hasMessage("penalty.service.error.receivedOn");
		serve(proceeding, attempt(ServiceMethod.POST, ServiceResult.FAILED, 17), 20);
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.DECIDED);
		assertThat(proceeding.getServiceAttempts()).hasSize(1);

		var posted = new NewServiceAttempt(ServiceMethod.POST, ServiceResult.SERVED, day(21), "和平路 1 号", null, null,
				null, LocalDate.of(2026, 11, 25), SECOND.staffId(), List.of(), null);
		serve(proceeding, posted, 24);
		assertThat(proceeding.getExecution().getServedOn()).isEqualTo(LocalDate.of(2026, 11, 25));
		assertThat(proceeding.getServiceAttempts()).extracting(ServiceAttempt::getAttemptNo).containsExactly(1, 2);
	}

	@Test
	void electronicServiceOnlyWithTheSignedConsent() {
		var proceeding = decided();
		// 《行政处罚法》第六十一条第二款
		assertThatThrownBy(() -> serve(proceeding, attempt(ServiceMethod.ELECTRONIC, ServiceResult.SERVED, 17), 17))
			.hasMessage("penalty.service.error.consent");
		assertThatThrownBy(() -> proceeding.executing().confirmAddress("和平路 1 号", " ", true, OFFICER, day(17)))
			.hasMessage("penalty.service.error.electronicAddress");
		proceeding.executing().confirmAddress("和平路 1 号", "zhao@example.cn", true, OFFICER, day(17));
		serve(proceeding, attempt(ServiceMethod.ELECTRONIC, ServiceResult.SERVED, 17), 17);
		assertThat(proceeding.getExecution().getServedMethod()).isEqualTo(ServiceMethod.ELECTRONIC);
	}

	@Test
	void aPublicNoticeOnlyAfterTheOtherWaysFailedAndItServesWhenItsThirtyDaysHaveRun() {
		var proceeding = decided();
		assertThatThrownBy(
				() -> serve(proceeding, attempt(ServiceMethod.PUBLIC_NOTICE, ServiceResult.PUBLISHED, 17), 17))
			.hasMessage("penalty.service.error.publicNotice");
		serve(proceeding, attempt(ServiceMethod.DIRECT, ServiceResult.FAILED, 17), 17);
		serve(proceeding, attempt(ServiceMethod.PUBLIC_NOTICE, ServiceResult.PUBLISHED, 18), 18);
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.PUBLIC_NOTICE);
		var deemed = LocalDate.of(2026, 11, 20).plusDays(30);
		assertThat(proceeding.getExecution().getDeemedServedOn()).isEqualTo(deemed);
		assertThat(proceeding.period(PeriodKind.PUBLIC_NOTICE).orElseThrow().getDueOn()).isEqualTo(deemed);

		// nobody deems it served by hand; the application does when the day has come
		assertThat(proceeding.refusal(ProceedingAction.DEEM_SERVED, DEPUTY)).contains("penalty.actor.authority");
		assertThatThrownBy(() -> proceeding.executing().deemServed(day(47), CLOCK)).hasMessage("penalty.error.notNow");
		proceeding.executing().deemServed(day(48), CLOCK);
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.SERVED);
		assertThat(proceeding.getExecution().getServedOn()).isEqualTo(deemed);
		assertThat(proceeding.getSteps().get(proceeding.getSteps().size() - 1).getActorId()).isNull();
		assertThat(proceeding.period(PeriodKind.PAYMENT).orElseThrow().getStartsOn()).isEqualTo(deemed);
	}

	@Test
	void anOnTheSpotDecisionIsServedWhenHandedOver() {
		var proceeding = onSite();
		assertThat(proceeding.getExecution().getServedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
		assertThat(proceeding.getExecution().getServedMethod()).isEqualTo(ServiceMethod.DIRECT);
		assertThat(proceeding.period(PeriodKind.PAYMENT).orElseThrow().getDueOn())
			.isEqualTo(LocalDate.of(2026, 11, 17));
	}

	@Test
	void onlyTheBanksConfirmationPaysTheFineAndAnOnTheSpotDecisionIsPaidOffOnceRecorded() {
		var proceeding = decided();
		serve(proceeding, attempt(ServiceMethod.DIRECT, ServiceResult.SERVED, 17), 17);
		// 罚缴分离：no officer, no leader marks a fine paid
		assertThat(proceeding.refusal(ProceedingAction.CONFIRM_PAYMENT, OFFICER)).contains("penalty.actor.authority");
		assertThat(proceeding.refusal(ProceedingAction.CONFIRM_PAYMENT, DEPUTY)).contains("penalty.actor.authority");
		proceeding.executing().confirmPayment(LocalDate.of(2026, 11, 25), day(23));
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.PAID);
		assertThat(proceeding.getExecution().getPaidOn()).isEqualTo(LocalDate.of(2026, 11, 25));
		assertThat(proceeding.period(PeriodKind.PAYMENT).orElseThrow().isRunning()).isFalse();
		assertThatThrownBy(() -> proceeding.executing().confirmPayment(LocalDate.of(2026, 11, 26), day(24)))
			.hasMessage("penalty.error.notNow");

		var onSite = onSite();
		onSite.executing().confirmPayment(LocalDate.of(2026, 11, 3), day(1));
		assertThat(onSite.getStatus()).isEqualTo(ProceedingStatus.ON_SITE_DECIDED);
		onSite.act(ProceedingAction.RECORD_ON_SITE, Proceedings.SQUAD_LEADER, "同意备案", day(1));
		assertThat(onSite.getStatus()).isEqualTo(ProceedingStatus.PAID);
	}

	@Test
	void aDecisionClosesOnlyOncePerformedWithTheOfficersReportAndThePrincipalsApproval() {
		var proceeding = decided();
		serve(proceeding, attempt(ServiceMethod.DIRECT, ServiceResult.SERVED, 17), 17);
		assertThatThrownBy(() -> proceeding.act(ProceedingAction.REQUEST_CLOSE, OFFICER, "已履行", day(18)))
			.hasMessage("penalty.guard.unpaid");
		proceeding.executing().confirmPayment(LocalDate.of(2026, 11, 25), day(23));
		assertThatThrownBy(() -> proceeding.act(ProceedingAction.REQUEST_CLOSE, OFFICER, " ", day(24)))
			.hasMessage("penalty.error.opinionRequired");
		proceeding.act(ProceedingAction.REQUEST_CLOSE, OFFICER, "罚款已缴清，当事人已停止露天烧烤", day(24));
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.CLOSING);
		// the 负责人 may send it back, with the reason
		proceeding.act(ProceedingAction.REFUSE_CLOSE, DEPUTY, "未附改正情况的照片", day(24));
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.PAID);
		proceeding.act(ProceedingAction.REQUEST_CLOSE, OFFICER, "罚款已缴清，已复查改正并拍照", day(25));
		assertThat(proceeding.refusal(ProceedingAction.APPROVE_CLOSE, OFFICER)).contains("penalty.actor.authority");
		proceeding.act(ProceedingAction.APPROVE_CLOSE, DEPUTY, null, day(25));
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.CLOSED);
		assertThat(proceeding.getStatus().isTerminal()).isFalse();
	}

	static PenaltyProceeding onSite() {
		var fine = new ProposedOutcome(Outcome.PENALTY, null, null, false, java.math.BigDecimal.valueOf(150), null,
				null, null, java.math.BigDecimal.ZERO, java.util.Set.of(), "责令改正", null, java.util.Set.of(), null,
				java.util.Set.of(), null);
		return PenaltyProceeding.decideOnSite("CF2026000009", "JY2026000001",
				new OnSiteDecision(Proceedings.lead(), fine, true, "无异议", false, false, null), OFFICER, SECOND,
				PartyKind.PERSON, Proceedings.thresholds(), day(0), CLOCK);
	}
}
