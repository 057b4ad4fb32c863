package org.chengguan.disclosure;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.staff.StaffManagement;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts the 法制股, once each, to a decision due to be published or withdrawn by the next working day that is not
 * yet — and to any already late.
 */
@Component
class DisclosureClock {

	private final JdbcTemplate jdbc;

	private final StaffManagement staff;

	private final WorkingCalendar calendar;

	private final ApplicationEventPublisher events;

	DisclosureClock(JdbcTemplate jdbc, StaffManagement staff, WorkingCalendar calendar,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.calendar = calendar;
		this.events = events;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "${chengguan.penalty.clock-interval:PT1H}")
	@SchedulerLock(name = "disclosure-clock", lockAtMostFor = "PT30M")
	@Transactional
	public void scan() {
		var dueBy = nextWorkingDay(calendar.today());
		alert(DisclosureEvents.Due.PUBLISH, """
				UPDATE disclosure_notice SET publish_alerted_at = ?
				WHERE status = 'PENDING' AND publish_due <= ? AND publish_alerted_at IS NULL
				RETURNING proceeding_id, proceeding_number, publish_due""", dueBy);
		alert(DisclosureEvents.Due.WITHDRAW, """
				UPDATE disclosure_notice SET withdraw_alerted_at = ?
				WHERE status = 'PUBLISHED' AND withdraw_due <= ? AND withdraw_alerted_at IS NULL
				RETURNING proceeding_id, proceeding_number, withdraw_due""", dueBy);
	}

	private void alert(DisclosureEvents.Due due, String sql, LocalDate dueBy) {
		var at = calendar.now();
		var desk = staff.holders("penalty:approve:legal", null);
		jdbc.query(sql, (rs, n) -> new DisclosureEvents.DisclosureDue(rs.getLong(1), rs.getString(2), due,
				rs.getDate(3).toLocalDate(), desk, at), Timestamp.from(at), Date.valueOf(dueBy))
			.forEach(events::publishEvent);
	}

	private LocalDate nextWorkingDay(LocalDate today) {
		var day = today.plusDays(1);
		while (!calendar.isWorkingDay(day)) {
			day = day.plusDays(1);
		}
		return day;
	}
}
