package org.chengguan.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 救济与强制执行 (domain.md §8.11, §8.12): the 复议 and 诉讼 the party brings with their outcomes, and for a fine left
 * unpaid the 催告书, the application to the court inside its window, and what the court did.
 */
@Service
@Transactional(readOnly = true)
public class EnforcementManagement {

	private final ProceedingChanges changes;

	private final ProceedingRepository proceedings;

	private final PenaltyProperties properties;

	private final ApplicationEventPublisher events;

	private final PeriodClock clock;

	EnforcementManagement(ProceedingChanges changes, ProceedingRepository proceedings, PenaltyProperties properties,
			WorkingCalendar calendar, ApplicationEventPublisher events) {
		this.changes = changes;
		this.proceedings = proceedings;
		this.properties = properties;
		this.events = events;
		this.clock = new CalendarPeriods(calendar);
	}

	/** A 复议 or 诉讼 the party brought, as the 复议机关 or the court told the agency. */
	@Transactional
	public void recordRemedy(long id, long version, RemedyKind kind, LocalDate filedOn, String body,
			@Nullable String reference, Actor actor, DataScope scope) {
		changes.change(id, version, actor, scope, step -> step.proceeding()
			.enforcing()
			.recordRemedy(kind, filedOn, body, reference, step.by(), step.at(), clock));
	}

	/**
	 * The outcome of the pending remedy; a decision changed, revoked or found illegal is told to the others (its
	 * 公示 is withdrawn within 3 working days, 《行政处罚法》第四十八条第二款).
	 */
	@Transactional
	public void decideRemedy(long id, long version, RemedyOutcome outcome, LocalDate decidedOn, @Nullable String note,
			@Nullable BigDecimal changedFine, Actor actor, DataScope scope) {
		changes.change(id, version, actor, scope, step -> {
			step.proceeding().enforcing().decideRemedy(outcome, decidedOn, note, changedFine, step.by(), step.at(),
					clock);
			if (outcome.altersDecision()) {
				events.publishEvent(new PenaltyEvents.DecisionAltered(id, step.proceeding().getNumber(), outcome,
						step.at()));
			}
		});
	}

	/** The party's application to pay later or in instalments (《行政处罚法》第六十六条第二款). */
	@Transactional
	public void requestPlan(long id, long version, List<Instalment> instalments, String reason, Actor actor,
			DataScope scope) {
		changes.change(id, version, actor, scope, step -> step.proceeding()
			.enforcing()
			.requestPlan(instalments, reason, step.by(), step.at(), clock));
	}

	/** The 负责人's decision on the application. */
	@Transactional
	public void decidePlan(long id, long version, boolean approved, @Nullable String opinion, Actor actor,
			DataScope scope) {
		changes.change(id, version, actor, scope,
				step -> step.proceeding().enforcing().decidePlan(approved, step.by(), opinion, step.at(), clock));
	}

	/** 催告书 served on the party (《行政强制法》第三十五条). */
	@Transactional
	public void serveReminder(long id, long version, LocalDate servedOn, ServiceMethod method, Actor actor,
			DataScope scope) {
		changes.change(id, version, actor, scope, step -> step.proceeding()
			.enforcing()
			.serveReminder(servedOn, method, properties.reminderAfter(), step.by(), step.at(), clock));
	}

	/** 申请人民法院强制执行 with the materials of 《行政强制法》第五十五条, signed by the 负责人. */
	@Transactional
	public void applyToCourt(long id, long version, String court, Set<EnforcementMaterial> materials, Actor actor,
			DataScope scope) {
		changes.change(id, version, actor, scope,
				step -> step.proceeding().enforcing().applyToCourt(court, materials, step.by(), step.at(), clock));
	}

	/** What the court did with the application. */
	@Transactional
	public void recordCourt(long id, long version, CourtStep courtStep, LocalDate day, @Nullable String caseNumber,
			@Nullable String note, Actor actor, DataScope scope) {
		changes.change(id, version, actor, scope, step -> step.proceeding()
			.enforcing()
			.recordCourt(courtStep, day, caseNumber, note, step.by(), step.at(), clock));
	}

	/** What the party owes on a day: the fine and the 加处罚款 by then, if a fine is owed at the bank. */
	public Optional<AmountOwed> owed(long id, LocalDate asOf) {
		return proceedings.findById(id).map(p -> p.enforcing().owed(asOf, clock));
	}
}
