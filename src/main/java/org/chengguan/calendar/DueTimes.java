package org.chengguan.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Due times as people say them, for every page ({@code ${@dueTimes.format(t.dueAt)}}): a deadline at the end of a day
 * (a period the law counts in days) is shown as that day, not as "23:59" nor as the next day's "00:00"; any other as
 * its day and minute; and the time left before it (or past it) in days, hours and minutes.
 */
@Component("dueTimes")
public class DueTimes {

	private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final WorkingCalendar calendar;

	private final MessageSource messages;

	DueTimes(WorkingCalendar calendar, MessageSource messages) {
		this.calendar = calendar;
		this.messages = messages;
	}

	/** {@code 2026-12-02} for a deadline at the end of that day, else {@code 2026-12-02 17:30}. */
	public String format(Instant due) {
		var local = due.atZone(calendar.zone());
		return !local.toLocalTime().isBefore(END_OF_DAY) ? local.format(DAY) : local.format(MINUTE);
	}

	/** An instant as a local date and minute ({@code 2026-12-02 09:30}) in the calendar's zone, for any page. */
	public String at(Instant instant) {
		return instant.atZone(calendar.zone()).format(MINUTE);
	}

	/** {@code 剩 2 小时 5 分钟} before the deadline, {@code 超 1 天 3 小时} after it. */
	public String remaining(Instant now, Instant due) {
		var left = Duration.between(now, due);
		var key = left.isNegative() ? "calendar.due.over" : "calendar.due.left";
		return message(key, span(left.abs()));
	}

	private String span(Duration span) {
		var days = span.toDays();
		var hours = span.toHoursPart();
		var minutes = span.toMinutesPart();
		if (days > 0) {
			return message("calendar.due.days", days) + (hours > 0 ? " " + message("calendar.due.hours", hours) : "");
		}
		if (hours > 0) {
			return message("calendar.due.hours", hours)
					+ (minutes > 0 ? " " + message("calendar.due.minutes", minutes) : "");
		}
		return message("calendar.due.minutes", Math.max(minutes, 1));
	}

	private String message(String key, Object argument) {
		return messages.getMessage(key, new Object[] { argument }, LocaleContextHolder.getLocale());
	}
}
