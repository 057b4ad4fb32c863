package org.chengguan.penalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The party's remedies and the enforcement of an unpaid fine (domain.md §8.11, §8.12): each 复议 and 诉讼 with its
 * outcome, the 催告书, the application to the court inside its window, and what the court did. A collaborator of
 * {@link PenaltyProceeding}: it checks and records through the aggregate's transition table and changes only its
 * {@link EnforcementState} and remedies.
 */
final class ProceedingEnforcement {

	/** When the 催告书 may go out (configurable, chengguan.penalty.reminder-after). */
	enum ReminderAfter {
		/** Once the time to sue has run out (the default: the decision can no longer be challenged). */
		SUIT,
		/** Once the 15 days to pay have run out. */
		PAYMENT
	}

	private final PenaltyProceeding proceeding;

	private final EnforcementState enforcement;

	private final List<Remedy> remedies;

	private final PaymentPlan plan;

	private final List<Instalment> instalments;

	ProceedingEnforcement(PenaltyProceeding proceeding, EnforcementState enforcement, List<Remedy> remedies,
			PaymentPlan plan, List<Instalment> instalments) {
		this.proceeding = proceeding;
		this.enforcement = enforcement;
		this.remedies = remedies;
		this.plan = plan;
		this.instalments = instalments;
	}

	/** The party's application for 暂缓 (one date) or 分期 (several), with the hardship it states. */
	void requestPlan(List<Instalment> proposed, String reason, Participant by, Instant at, PeriodClock clock) {
		proceeding.check(ProceedingAction.REQUEST_PLAN, by, reason);
		var refusal = planRefusal();
		var deadlines = deadlines(clock);
		if (refusal != null || deadlines == null) {
			throw new PenaltyTransitionException(refusal == null ? "penalty.enforcement.error.noFine" : refusal);
		}
		PaymentPlan.check(proposed, proceeding.getProposal().fine(), deadlines.paymentDue(), clock.dayOf(at));
		instalments.clear();
		for (var instalment : proposed) {
			instalments.add(new Instalment(instalments.size() + 1, instalment.getDueOn(), instalment.getAmount()));
		}
		plan.requested(at);
		proceeding.move(ProceedingAction.REQUEST_PLAN, by, reason, at);
	}

	/** Why no plan may be asked for now (a message key), or {@code null} when one may. */
	@Nullable String planRefusal() {
		if (!owesFine()) {
			return "penalty.enforcement.error.noFine";
		}
		var state = plan.getPlanState();
		return state == PaymentPlan.State.REQUESTED || state == PaymentPlan.State.APPROVED
				? "penalty.plan.error.exists" : null;
	}

	/**
	 * The 负责人's decision on the plan: approved, its last date is the day to pay by and the court's window runs from
	 * it (《行政处罚法》第七十二条第二款).
	 */
	void decidePlan(boolean approved, Participant by, @Nullable String opinion, Instant at, PeriodClock clock) {
		var action = approved ? ProceedingAction.APPROVE_PLAN : ProceedingAction.REFUSE_PLAN;
		proceeding.check(action, by, opinion);
		if (plan.getPlanState() != PaymentPlan.State.REQUESTED) {
			throw new PenaltyTransitionException("penalty.error.notNow");
		}
		plan.decided(approved, by.staffId(), at);
		var deadlines = deadlines(clock);
		if (approved && deadlines != null) {
			var today = clock.dayOf(at);
			proceeding.end(PeriodKind.PAYMENT, at);
			proceeding.periods().start(PeriodKind.PAYMENT,
					(int) Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(today, deadlines.paymentDue())), today,
					deadlines.paymentDue());
			proceeding.end(PeriodKind.COURT_FILING, at);
			proceeding.periods().start(PeriodKind.COURT_FILING, 3, afterSuitAndPlan(deadlines),
					deadlines.lastFilingDay());
		}
		proceeding.move(action, by, opinion, at);
	}

	/** A 复议 or 诉讼 the party filed: one at a time (《行政复议法》第二十九条). */
	void recordRemedy(RemedyKind kind, LocalDate filedOn, String body, @Nullable String reference, Participant by,
			Instant at, PeriodClock clock) {
		proceeding.check(ProceedingAction.RECORD_REMEDY, by, null);
		var served = proceeding.getExecution().getServedOn();
		if (served == null || filedOn.isBefore(served) || filedOn.isAfter(clock.dayOf(at))) {
			throw new PenaltyTransitionException("penalty.remedy.error.filedOn");
		}
		if (body.isBlank()) {
			throw new PenaltyTransitionException("penalty.remedy.error.body");
		}
		if (pending().isPresent()) {
			throw new PenaltyTransitionException("penalty.remedy.error.pending");
		}
		remedies.add(new Remedy(remedies.size() + 1, kind, filedOn, body.strip(), NewServiceAttempt.blankToNull(reference)));
		proceeding.move(ProceedingAction.RECORD_REMEDY, by, null, at);
	}

	/**
	 * The outcome of the pending remedy. A revoked decision ends the proceeding; after a 复议决定 the party may sue
	 * within 15 days, so the time to sue and the court's window move.
	 */
	void decideRemedy(RemedyOutcome outcome, LocalDate decidedOn, @Nullable String note,
			@Nullable BigDecimal changedFine, Participant by, Instant at, PeriodClock clock) {
		proceeding.check(ProceedingAction.DECIDE_REMEDY, by, null);
		var remedy = pending().orElseThrow(() -> new PenaltyTransitionException("penalty.remedy.error.none"));
		if (decidedOn.isBefore(remedy.getFiledOn()) || decidedOn.isAfter(clock.dayOf(at))) {
			throw new PenaltyTransitionException("penalty.remedy.error.decidedOn");
		}
		var text = NewServiceAttempt.blankToNull(note);
		if (outcome.altersDecision() && text == null) {
			throw new PenaltyTransitionException("penalty.remedy.error.note");
		}
		// 《行政复议法》第六十三条第二款、《行政诉讼法》第七十七条第二款：变更不得加重当事人的义务
		if (changedFine != null && (outcome != RemedyOutcome.CHANGED || changedFine.signum() < 0
				|| changedFine.compareTo(proceeding.getProposal().fine()) > 0)) {
			throw new PenaltyTransitionException("penalty.remedy.error.changedFine");
		}
		remedy.decide(outcome, decidedOn, text, changedFine);
		if (outcome == RemedyOutcome.REVOKED) {
			proceeding.end(PeriodKind.PAYMENT, at);
			proceeding.end(PeriodKind.REMINDER, at);
			proceeding.end(PeriodKind.COURT_FILING, at);
			proceeding.moveTo(ProceedingStatus.REVOKED, ProceedingAction.DECIDE_REMEDY, by, text, at);
			return;
		}
		var deadlines = deadlines(clock);
		if (deadlines != null && proceeding.period(PeriodKind.COURT_FILING).filter(p -> p.getEndedAt() == null)
			.isPresent()) {
			proceeding.end(PeriodKind.COURT_FILING, at);
			proceeding.periods().start(PeriodKind.COURT_FILING, 3, deadlines.suitDeadline().plusDays(1),
					deadlines.lastFilingDay());
		}
		proceeding.move(ProceedingAction.DECIDE_REMEDY, by, text, at);
	}

	/** 催告书 (《行政强制法》第三十五条、第五十四条), served on a day and in a way. */
	void serveReminder(LocalDate servedOn, ServiceMethod method, ReminderAfter after, Participant by, Instant at,
			PeriodClock clock) {
		proceeding.check(ProceedingAction.SERVE_REMINDER, by, null);
		var refusal = reminderRefusal(after, clock.dayOf(at), clock);
		if (refusal != null) {
			throw new PenaltyTransitionException(refusal);
		}
		var earliest = earliestReminder(after, clock);
		if (earliest == null || servedOn.isBefore(earliest) || servedOn.isAfter(clock.dayOf(at))) {
			throw new PenaltyTransitionException("penalty.enforcement.error.servedOn");
		}
		enforcement.reminded(servedOn, method);
		// 《行政强制法》第五十四条：催告书送达十日后当事人仍未履行义务的，可以申请人民法院强制执行
		proceeding.periods().start(PeriodKind.REMINDER, 10, servedOn, clock);
		proceeding.move(ProceedingAction.SERVE_REMINDER, by, null, at);
	}

	/** Why a 催告书 may not go out today (a message key), or {@code null} when it may. */
	@Nullable String reminderRefusal(ReminderAfter after, LocalDate today, PeriodClock clock) {
		if (!owesFine()) {
			return "penalty.enforcement.error.noFine";
		}
		if (pending().isPresent()) {
			return "penalty.enforcement.error.remedyPending";
		}
		var earliest = earliestReminder(after, clock);
		return earliest == null || today.isBefore(earliest) ? "penalty.enforcement.error.reminderEarly" : null;
	}

	/**
	 * 申请人民法院强制执行, signed by the 负责人 (《行政强制法》第五十五条第二款), with every material of 第五十五条第一款,
	 * once the 催告 has gone unanswered for ten working days and the time to sue has run out, and no later than three
	 * months after it (第五十三条).
	 */
	void applyToCourt(String court, Set<EnforcementMaterial> materials, Participant by, Instant at,
			PeriodClock clock) {
		proceeding.check(ProceedingAction.APPLY_ENFORCEMENT, by, null);
		var refusal = applicationRefusal(clock.dayOf(at), clock);
		if (refusal != null) {
			throw new PenaltyTransitionException(refusal);
		}
		if (court.isBlank()) {
			throw new PenaltyTransitionException("penalty.enforcement.error.court");
		}
		if (!materials.containsAll(EnforcementMaterial.all())) {
			throw new PenaltyTransitionException("penalty.enforcement.error.materials");
		}
		enforcement.applied(clock.dayOf(at), court.strip(), materials);
		proceeding.end(PeriodKind.REMINDER, at);
		proceeding.end(PeriodKind.COURT_FILING, at);
		proceeding.move(ProceedingAction.APPLY_ENFORCEMENT, by, null, at);
	}

	/** Why the court may not be asked today (a message key), or {@code null} when it may. */
	@Nullable String applicationRefusal(LocalDate today, PeriodClock clock) {
		if (pending().isPresent()) {
			return "penalty.enforcement.error.remedyPending";
		}
		var earliest = earliestFiling(clock);
		var deadlines = deadlines(clock);
		if (earliest == null || deadlines == null || today.isBefore(earliest)) {
			return "penalty.enforcement.error.filingEarly";
		}
		return today.isAfter(deadlines.lastFilingDay()) ? "penalty.enforcement.error.windowClosed" : null;
	}

	/** What the court did: accepted (with its case number), ruled, or reported the enforcement ended. */
	void recordCourt(CourtStep step, LocalDate day, @Nullable String caseNumber, @Nullable String note, Participant by,
			Instant at, PeriodClock clock) {
		proceeding.check(ProceedingAction.RECORD_COURT, by, null);
		var applied = enforcement.getAppliedOn();
		if (applied == null || day.isBefore(applied) || day.isAfter(clock.dayOf(at))) {
			throw new PenaltyTransitionException("penalty.enforcement.error.courtDay");
		}
		var last = enforcement.getCourtStep();
		var inOrder = switch (step) {
			case ACCEPTED -> last == null;
			case GRANTED, REFUSED -> last == CourtStep.ACCEPTED;
			case EXECUTED -> last == CourtStep.GRANTED;
		};
		if (!inOrder) {
			throw new PenaltyTransitionException("penalty.enforcement.error.courtOrder");
		}
		if (step == CourtStep.ACCEPTED && NewServiceAttempt.blankToNull(caseNumber) == null) {
			throw new PenaltyTransitionException("penalty.enforcement.error.caseNumber");
		}
		var text = NewServiceAttempt.blankToNull(note);
		if (step == CourtStep.REFUSED && text == null) {
			throw new PenaltyTransitionException("penalty.enforcement.error.refusedReason");
		}
		enforcement.court(step, day, NewServiceAttempt.blankToNull(caseNumber));
		proceeding.moveTo(step.concludes() ? ProceedingStatus.ENFORCED : proceeding.getStatus(),
				ProceedingAction.RECORD_COURT, by, text, at);
	}

	/** The days that matter for enforcing the fine, for the proceeding page; {@code null} when none is owed. */
	@Nullable EnforcementDates dates(ReminderAfter after, PeriodClock clock) {
		var deadlines = deadlines(clock);
		var reminder = earliestReminder(after, clock);
		if (deadlines == null || reminder == null || !owesFine()) {
			return null;
		}
		return new EnforcementDates(deadlines.paymentDue(), deadlines.suitDeadline(), reminder, earliestFiling(clock),
				deadlines.lastFilingDay(), deadlines.hardAlertFrom());
	}

	/** The remedy not yet decided, if any. */
	Optional<Remedy> pending() {
		return remedies.stream().filter(Remedy::isPending).findFirst();
	}

	/** 加处罚款 pauses while a 复议 or 诉讼 is pending (《行政处罚法》第七十三条第三款). */
	List<FineDeadlines.Pending> pendingIntervals(LocalDate asOf) {
		return remedies.stream().map(r -> r.pendingUntil(asOf)).toList();
	}

	/** The fine and 加处罚款 owed on a day, or {@code null} when nothing is owed at the bank. */
	@Nullable AmountOwed owed(LocalDate asOf, PeriodClock clock) {
		return owesFine() ? amountDue(asOf, clock) : null;
	}

	/** The fine and the 加处罚款 accrued by a day on what was due (whatever was paid), or {@code null} before service. */
	@Nullable AmountOwed amountDue(LocalDate asOf, PeriodClock clock) {
		var deadlines = deadlines(clock);
		if (deadlines == null) {
			return null;
		}
		var changed = changedFine();
		var fine = changed == null ? proceeding.getProposal().fine() : changed;
		var dues = plan.isApproved() && changed == null
				? instalments.stream().map(i -> new FineDeadlines.Due(i.getDueOn(), i.getAmount())).toList()
				: List.of(new FineDeadlines.Due(deadlines.paymentDue(), fine));
		return new AmountOwed(fine, FineDeadlines.surcharge(dues, fine, asOf, pendingIntervals(asOf)), asOf);
	}

	/** The deadlines after service, with the time to sue as a 复议决定 moved it; {@code null} before service. */
	@Nullable FineDeadlines deadlines(PeriodClock clock) {
		var served = proceeding.getExecution().getServedOn();
		if (served == null) {
			return null;
		}
		var deadlines = FineDeadlines.of(served, clock::isWorkingDay);
		// 《行政诉讼法》第四十五条：不服复议决定的，可以在收到复议决定书之日起十五日内向人民法院提起诉讼
		var reviewed = remedies.stream()
			.filter(r -> r.getKind() == RemedyKind.RECONSIDERATION && r.getDecidedOn() != null
					&& r.getOutcome() != RemedyOutcome.WITHDRAWN)
			.map(Remedy::getDecidedOn)
			.max(Comparator.naturalOrder());
		var afterReview = reviewed.map(day -> deadlines.withSuitDeadline(
				LegalPeriods.lastDay(day, 15, false, clock::isWorkingDay), clock::isWorkingDay)).orElse(deadlines);
		return plan.isApproved() && !instalments.isEmpty()
				? afterReview.withPlan(instalments.get(instalments.size() - 1).getDueOn(), clock::isWorkingDay)
				: afterReview;
	}

	/** The first day after both the time to sue and the time to pay (a plan's last date): the court's window opens. */
	private static LocalDate afterSuitAndPlan(FineDeadlines deadlines) {
		var last = deadlines.paymentDue().isAfter(deadlines.suitDeadline()) ? deadlines.paymentDue()
				: deadlines.suitDeadline();
		return last.plusDays(1);
	}

	/** The first day a 催告书 may go out. */
	@Nullable LocalDate earliestReminder(ReminderAfter after, PeriodClock clock) {
		var deadlines = deadlines(clock);
		if (deadlines == null) {
			return null;
		}
		return after == ReminderAfter.SUIT ? afterSuitAndPlan(deadlines) : deadlines.paymentDue().plusDays(1);
	}

	/** The first day the court may be asked: ten working days after the 催告, and not before the time to sue ran out. */
	@Nullable LocalDate earliestFiling(PeriodClock clock) {
		var reminded = enforcement.getReminderServedOn();
		var deadlines = deadlines(clock);
		if (reminded == null || deadlines == null) {
			return null;
		}
		var earliest = FineDeadlines.earliestFiling(reminded, clock::isWorkingDay);
		var afterSuit = afterSuitAndPlan(deadlines);
		return earliest.isBefore(afterSuit) ? afterSuit : earliest;
	}

	/** The fine as the latest 复议决定 or judgment that changed it set it, if one did. */
	@Nullable BigDecimal changedFine() {
		return remedies.stream()
			.filter(r -> r.getChangedFine() != null)
			.reduce((first, second) -> second)
			.map(Remedy::getChangedFine)
			.orElse(null);
	}

	/** Whether a fine is owed at the bank: one was imposed (and not changed to none), not in cash, not yet paid. */
	private boolean owesFine() {
		var changed = changedFine();
		var fine = changed == null ? proceeding.getProposal().fine() : changed;
		return fine.signum() > 0 && !proceeding.isCashOnSpot() && proceeding.getExecution().getPaidOn() == null;
	}
}
