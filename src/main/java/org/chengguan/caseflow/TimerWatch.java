package org.chengguan.caseflow;

import java.util.Locale;
import java.util.Objects;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.chengguan.calendar.Deadline;
import org.chengguan.calendar.DeadlineUnit;
import org.chengguan.calendar.WorkingCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The timer job (domain.md §6.6): every few minutes, on one instance at a time (ShedLock), weighs each running stage's
 * elapsed time against its limit on the working calendar and raises its level — 预警 at 75 %, 超期 at 100 % with an
 * automatic 催办 (L1), 严重超期 at 300 % with an automatic 督办 (L2) — announcing each level once.
 */
@Component
class TimerWatch {

	static final int PAGE = 500;

	/** An automatic 催办 or 督办 is due one working day after it is raised. */
	static final Deadline ANSWER_LIMIT = new Deadline(1, DeadlineUnit.WORKING_DAY);

	private final CaseTimerRepository timers;

	private final CaseRepository cases;

	private final ApprovalManagement approvals;

	private final WorkingCalendar calendar;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final TransactionTemplate transaction;

	TimerWatch(CaseTimerRepository timers, CaseRepository cases, ApprovalManagement approvals, WorkingCalendar calendar,
			ApplicationEventPublisher events, MessageSource messages, PlatformTransactionManager transactions) {
		this.timers = timers;
		this.cases = cases;
		this.approvals = approvals;
		this.calendar = calendar;
		this.events = events;
		this.messages = messages;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(initialDelayString = "${chengguan.caseflow.timer-interval:PT5M}",
			fixedDelayString = "${chengguan.caseflow.timer-interval:PT5M}")
	@SchedulerLock(name = "caseflow-timers", lockAtMostFor = "PT30M")
	void run() {
		approvals.resumeEndedHolds();
		sweep();
	}

	/** Weighs every running timer once; the number that rose. */
	int sweep() {
		var now = calendar.now();
		var rose = 0;
		var after = 0L;
		for (var page = timers.findWatched(after, Limit.of(PAGE)); !page.isEmpty();
				page = timers.findWatched(after, Limit.of(PAGE))) {
			for (var timer : page) {
				after = timer.id();
				var level = OverdueLevel.of(ratio(timer, now));
				if (level.compareTo(timer.level()) > 0
						&& Boolean.TRUE.equals(transaction.execute(tx -> escalate(timer, level, now)))) {
					rose++;
				}
			}
		}
		return rose;
	}

	/** Elapsed time over the limit, both measured in the stage's own time (working hours, clock minutes …). */
	private double ratio(WatchedTimer timer, java.time.Instant now) {
		var limit = calendar.elapsed(timer.startedAt(), timer.dueAt(), timer.unit());
		var elapsed = calendar.elapsed(timer.startedAt(), now, timer.unit());
		if (limit.isZero() || limit.isNegative()) {
			return now.isAfter(timer.dueAt()) ? Double.MAX_VALUE : 0;
		}
		return (double) elapsed.toSeconds() / limit.toSeconds();
	}

	private boolean escalate(WatchedTimer watched, OverdueLevel level, java.time.Instant now) {
		var subject = cases.findById(watched.caseId()).orElseThrow();
		var timer = subject.getTimers()
			.stream()
			.filter(t -> Long.valueOf(watched.id()).equals(t.getId()))
			.findFirst()
			.orElseThrow();
		if (!subject.escalate(timer, level)) {
			return false;
		}
		events.publishEvent(new CaseEvents.TimerEscalated(subject.getId(), subject.getNumber(),
				timer.getStage().name(), level, subject.getUnitId(), subject.getUnitGridCode(),
				timer.getStage().actorAuthority(), now));
		var supervisionLevel = switch (level) {
			case OVERDUE -> SupervisionLevel.L1;
			case SEVERE -> SupervisionLevel.L2;
			default -> null;
		};
		if (supervisionLevel != null) {
			var reason = messages.getMessage("caseflow.supervision.automatic." + supervisionLevel,
					new Object[] { messages.getMessage("caseflow.stage." + timer.getStage(), null,
							Locale.SIMPLIFIED_CHINESE) }, Locale.SIMPLIFIED_CHINESE);
			var raised = subject.supervise(supervisionLevel, true, reason, calendar.deadline(now, ANSWER_LIMIT).at(),
					messages.getMessage("caseflow.supervision.system", null, Locale.SIMPLIFIED_CHINESE), now);
			cases.flush();
			if (raised != null) {
				events.publishEvent(new CaseEvents.SupervisionRaised(subject.getId(), subject.getNumber(),
						Objects.requireNonNull(raised.getId()), supervisionLevel, subject.getUnitId(),
						subject.getUnitGridCode(), raised.getDueAt(), now));
			}
		}
		return true;
	}
}
