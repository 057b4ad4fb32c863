package org.chengguan.penalty;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.staff.StaffManagement;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hard alerts after a decision, each given once: a decision still unserved two working days before its 7 days end
 * (《行政处罚法》第六十一条第一款), and an unpaid fine not yet before the court a month before the window to ask it
 * closes (《行政强制法》第五十三条：逾期申请的，人民法院不予受理). The officers and their squad's leader hear of both; the
 * 法制股 of the court's window too.
 */
@Component
class ExecutionClock {

	/** Working days left on the 7 days of service when the alert goes out. */
	static final int SERVICE_ALERT_WORKING_DAYS = 2;

	private final JdbcTemplate jdbc;

	private final ProceedingRepository proceedings;

	private final StaffManagement staff;

	private final WorkingCalendar calendar;

	private final PenaltyProperties properties;

	private final ApplicationEventPublisher events;

	ExecutionClock(JdbcTemplate jdbc, ProceedingRepository proceedings, StaffManagement staff,
			WorkingCalendar calendar, PenaltyProperties properties, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.proceedings = proceedings;
		this.staff = staff;
		this.calendar = calendar;
		this.properties = properties;
		this.events = events;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "${chengguan.penalty.clock-interval:PT1H}")
	@SchedulerLock(name = "penalty-execution-clock", lockAtMostFor = "PT30M")
	@Transactional
	public void scan() {
		var today = calendar.today();
		var clock = new CalendarPeriods(calendar);
		for (var id : running(PeriodKind.SERVICE, today.plusDays(14))) {
			var proceeding = proceedings.findById(id).orElseThrow();
			proceeding.period(PeriodKind.SERVICE)
				.filter(p -> p.getEndedAt() == null
						&& workingDaysLeft(today, p.getDueOn(), calendar) <= SERVICE_ALERT_WORKING_DAYS)
				.ifPresent(p -> alert(proceeding, PenaltyEvents.ExecutionAlert.Kind.SERVICE, p.getDueOn(), false));
		}
		for (var id : running(PeriodKind.COURT_FILING, today.plusMonths(1).plusDays(14))) {
			var proceeding = proceedings.findById(id).orElseThrow();
			var dates = proceeding.enforcing().dates(properties.reminderAfter(), clock);
			if (dates != null && !today.isBefore(dates.hardAlertFrom())) {
				alert(proceeding, PenaltyEvents.ExecutionAlert.Kind.COURT_WINDOW, dates.lastFilingDay(), true);
			}
		}
	}

	/** The working days after today up to and including the last day: 0 on the last day or after it. */
	static int workingDaysLeft(LocalDate today, LocalDate lastDay, WorkingCalendar calendar) {
		return lastDay.isAfter(today) ? LegalPeriods.workingDaysBetween(today, lastDay, calendar::isWorkingDay) + 1
				: 0;
	}

	/** The proceedings with a running period of the kind due by the day. */
	private List<Long> running(PeriodKind kind, LocalDate dueBy) {
		return jdbc.queryForList("""
				SELECT DISTINCT proceeding_id FROM penalty_period
				WHERE kind = ? AND ended_at IS NULL AND due_on <= ? ORDER BY proceeding_id""", Long.class, kind.name(),
				Date.valueOf(dueBy));
	}

	private void alert(PenaltyProceeding proceeding, PenaltyEvents.ExecutionAlert.Kind kind, LocalDate dueOn,
			boolean legalSection) {
		var at = calendar.now();
		var inserted = jdbc.update("""
				INSERT INTO penalty_alert (proceeding_id, kind, due_on, alerted_at) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING""", proceeding.getId(), kind.name(), Date.valueOf(dueOn),
				java.sql.Timestamp.from(at));
		if (inserted == 0) {
			return;
		}
		var act = proceeding.getAct();
		var recipients = new LinkedHashSet<>(List.of(act.getHandlerId(), act.getCoHandlerId()));
		recipients.addAll(staff.holdersAmong(new LinkedHashSet<>(staff.membersOf(act.getUnitId())),
				"penalty:approve:squad"));
		if (legalSection) {
			recipients.addAll(staff.holders("penalty:approve:legal", null));
		}
		events.publishEvent(new PenaltyEvents.ExecutionAlert(proceeding.getId(), proceeding.getNumber(), kind, dueOn,
				new ArrayList<>(recipients), at));
	}
}
