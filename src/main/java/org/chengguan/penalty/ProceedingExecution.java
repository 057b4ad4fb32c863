package org.chengguan.penalty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chengguan.party.PartyKind;
import org.jspecify.annotations.Nullable;

/**
 * What follows a decision (domain.md §8.7, §8.8): the 送达地址确认书, each service attempt and the day the decision
 * takes effect with the periods that run from it, the bank's confirmation of the fine, and whether the decision is
 * performed. A collaborator of {@link PenaltyProceeding}: it checks and records through the aggregate's transition
 * table and changes only the aggregate's {@link ExecutionState} and service attempts.
 */
final class ProceedingExecution {

	private final PenaltyProceeding proceeding;

	private final ExecutionState execution;

	private final List<ServiceAttempt> serviceAttempts;

	ProceedingExecution(PenaltyProceeding proceeding, ExecutionState execution, List<ServiceAttempt> serviceAttempts) {
		this.proceeding = proceeding;
		this.execution = execution;
		this.serviceAttempts = serviceAttempts;
	}

	/** 送达地址确认书 signed by the party (第六十一条第二款). */
	void confirmAddress(String address, @Nullable String electronicAddress, boolean electronicConsent,
			Participant by, Instant at) {
		proceeding.check(ProceedingAction.CONFIRM_ADDRESS, by, null);
		execution.confirm(address, electronicAddress, electronicConsent, at);
		proceeding.move(ProceedingAction.CONFIRM_ADDRESS, by, null, at);
	}

	/** An attempt to serve the decision by two officers: served, not found, or a 公告 published. */
	void serveDecision(NewServiceAttempt attempt, Participant by, Participant second, PartyKind party,
			int publicNoticeDays, Instant at, PeriodClock clock) {
		proceeding.check(ProceedingAction.SERVE_DECISION, by, null);
		PenaltyProceeding.requireOfficers(by, second);
		execution.check(attempt, serviceAttempts, party, at, clock.dayOf(at), clock);
		serviceAttempts.add(new ServiceAttempt(serviceAttempts.size() + 1, attempt, by.staffId()));
		var next = switch (attempt.result()) {
			case SERVED -> {
				takeEffect(ExecutionState.servedDay(attempt, clock), attempt.method(), at, clock);
				yield ProceedingStatus.SERVED;
			}
			case PUBLISHED -> {
				// 《民事诉讼法》第九十五条：自发出公告之日起，经过三十日，即视为送达
				var published = clock.dayOf(attempt.attemptedAt());
				execution.published(published.plusDays(publicNoticeDays));
				proceeding.periods().start(PeriodKind.PUBLIC_NOTICE, publicNoticeDays, published,
						published.plusDays(publicNoticeDays));
				yield ProceedingStatus.PUBLIC_NOTICE;
			}
			case FAILED -> proceeding.getStatus();
		};
		proceeding.moveTo(next, ProceedingAction.SERVE_DECISION, by, attempt.note(), at);
	}

	/**
	 * 罚缴分离 (《行政处罚法》第六十七条): the bank confirmed the fine paid in full; a decision on the spot waits for its
	 * 备案 before it is paid off.
	 */
	void confirmPayment(LocalDate paidOn, Instant at) {
		proceeding.check(ProceedingAction.CONFIRM_PAYMENT, ProceedingActors.SYSTEM, null);
		execution.paid(paidOn);
		proceeding.end(PeriodKind.PAYMENT, at);
		proceeding.end(PeriodKind.REMINDER, at);
		proceeding.end(PeriodKind.COURT_FILING, at);
		proceeding.moveTo(proceeding.getStatus() == ProceedingStatus.ON_SITE_DECIDED ? proceeding.getStatus()
				: ProceedingStatus.PAID,
				ProceedingAction.CONFIRM_PAYMENT, ProceedingActors.SYSTEM, null, at);
	}

	/**
	 * Whether the decision is performed as far as money goes: the fine paid at the bank, handed over when taken in
	 * cash, or there was none; and a 普通程序 decision must have been served.
	 */
	boolean performed() {
		if (proceeding.getStatus() == ProceedingStatus.ENFORCED) {
			return true;
		}
		if (proceeding.getProcedure() == Procedure.ORDINARY && execution.getServedOn() == null) {
			return false;
		}
		if (proceeding.getProposal().fine().signum() == 0 || execution.getPaidOn() != null) {
			return true;
		}
		return proceeding.isCashOnSpot() && !proceeding.awaitsCashHandOver();
	}

	/** 公告期满，视为送达. */
	void deemServed(Instant at, PeriodClock clock) {
		proceeding.check(ProceedingAction.DEEM_SERVED, ProceedingActors.SYSTEM, null);
		var day = execution.getDeemedServedOn();
		if (day == null || clock.dayOf(at).isBefore(day)) {
			throw new PenaltyTransitionException("penalty.error.notNow");
		}
		proceeding.end(PeriodKind.PUBLIC_NOTICE, at);
		takeEffect(day, ServiceMethod.PUBLIC_NOTICE, at, clock);
		proceeding.move(ProceedingAction.DEEM_SERVED, ProceedingActors.SYSTEM, null, at);
	}

	/** The decision takes effect on the day served: the periods to pay, to seek 复议 and to sue run from it. */
	void takeEffect(LocalDate day, ServiceMethod method, Instant at, PeriodClock clock) {
		execution.served(day, method);
		proceeding.end(PeriodKind.SERVICE, at);
		var deadlines = FineDeadlines.of(day, clock::isWorkingDay);
		if (proceeding.getProposal().fine().signum() > 0 && !proceeding.isCashOnSpot()) {
			proceeding.periods().start(PeriodKind.PAYMENT, 15, day, deadlines.paymentDue());
			// 《行政强制法》第五十三条：unpaid, the court may be asked within three months after the time to sue
			proceeding.periods().start(PeriodKind.COURT_FILING, 3, deadlines.suitDeadline().plusDays(1),
					deadlines.lastFilingDay());
		}
		proceeding.periods().start(PeriodKind.RECONSIDERATION, 60, day, deadlines.reviewDeadline());
		proceeding.periods().start(PeriodKind.SUIT, 6, day, deadlines.suitDeadline());
	}
}
