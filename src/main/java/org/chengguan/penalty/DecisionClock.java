package org.chengguan.penalty;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.staff.StaffManagement;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Watches the 90 days of every proceeding under investigation (《行政处罚法》第六十条：自立案之日起九十日内作出处罚决定):
 * at 30, 15 and 5 days left its officers hear of it, once each; at 5 days its squad's leader too.
 */
@Component
class DecisionClock {

	/** The days left at which a warning goes out, the earliest first. */
	static final List<Integer> WARNINGS = List.of(30, 15, 5);

	private final JdbcTemplate jdbc;

	private final StaffManagement staff;

	private final WorkingCalendar calendar;

	private final ApplicationEventPublisher events;

	DecisionClock(JdbcTemplate jdbc, StaffManagement staff, WorkingCalendar calendar,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.calendar = calendar;
		this.events = events;
	}

	/** A running decision period near its end, with its proceeding's number, officers and unit. */
	private record Due(long periodId, long proceedingId, LocalDate dueOn, @Nullable Integer warnedAt, String number,
			long handlerId, long coHandlerId, long unitId) {
	}

	/** The warning due at this many days left, or {@code null} when none is (yet, or any more) to give. */
	static @Nullable Integer levelAt(long daysLeft, @Nullable Integer warnedAt) {
		Integer level = null;
		for (var warning : WARNINGS) {
			if (daysLeft <= warning) {
				level = warning;
			}
		}
		return level == null || warnedAt != null && warnedAt <= level ? null : level;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "${chengguan.penalty.clock-interval:PT1H}")
	@SchedulerLock(name = "penalty-decision-clock", lockAtMostFor = "PT30M")
	@Transactional
	public void scan() {
		var today = calendar.today();
		var at = calendar.now();
		var due = jdbc.query("""
				SELECT d.id, d.proceeding_id, d.due_on, d.warned_days, p.number, p.handler_id, p.co_handler_id,
				       p.unit_id
				FROM penalty_period d JOIN penalty_proceeding p ON p.id = d.proceeding_id
				WHERE d.kind = 'DECISION' AND d.ended_at IS NULL AND d.due_on <= ?
				  AND (d.warned_days IS NULL OR d.warned_days > 5)
				ORDER BY d.due_on FOR UPDATE OF d SKIP LOCKED""", (rs, n) -> new Due(rs.getLong(1), rs.getLong(2),
				rs.getDate(3).toLocalDate(), rs.getObject(4, Integer.class), rs.getString(5), rs.getLong(6),
				rs.getLong(7), rs.getLong(8)), Date.valueOf(today.plusDays(WARNINGS.get(0))));
		for (var period : due) {
			var level = levelAt(period.dueOn().toEpochDay() - today.toEpochDay(), period.warnedAt());
			if (level == null) {
				continue;
			}
			var recipients = new LinkedHashSet<>(List.of(period.handlerId(), period.coHandlerId()));
			if (level == 5) {
				recipients.addAll(staff.holdersAmong(new LinkedHashSet<>(staff.membersOf(period.unitId())),
						"penalty:approve:squad"));
			}
			jdbc.update("UPDATE penalty_period SET warned_days = ? WHERE id = ?", level, period.periodId());
			events.publishEvent(new PenaltyEvents.DecisionDeadlineNear(period.proceedingId(), period.number(), level,
					period.dueOn(), new ArrayList<>(recipients), at));
		}
	}
}
