package org.chengguan.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Deadline arithmetic for every module: {@code deadline(from, 5 工作日)}, the time measured between two instants in a
 * unit, and resumption after a pause. Holds a snapshot of the calendar data and reloads it after every change, and
 * once a minute so that changes made on another instance arrive here too.
 */
@Service
public class WorkingCalendar {

	private final CalendarDayRepository days;

	private final CalendarYearRepository years;

	private final CalendarProperties properties;

	private final Clock clock;

	private volatile CalendarRules rules;

	WorkingCalendar(CalendarDayRepository days, CalendarYearRepository years, CalendarProperties properties,
			Clock clock) {
		this.days = days;
		this.years = years;
		this.properties = properties;
		this.clock = clock;
		this.rules = load();
	}

	/** When a limit counted from {@code from} runs out; provisional if it crossed a year not loaded yet. */
	public DueDate deadline(Instant from, Deadline limit) {
		return rules.deadline(from, limit);
	}

	/**
	 * A deadline named by its day (the date a 延期 asks for): close of office that day, or on the next working day
	 * when the office is closed then.
	 */
	public DueDate dueOn(LocalDate day) {
		return rules.dueOn(day);
	}

	/** Time from {@code now} to {@code due} as the unit counts it (negative once overdue). */
	public Duration remaining(Instant now, Instant due, DeadlineUnit unit) {
		return rules.measure(now, due, unit);
	}

	/** Time elapsed between two instants as the unit counts it (office time for 工作时, working days for 工作日). */
	public Duration elapsed(Instant from, Instant to, DeadlineUnit unit) {
		return rules.measure(from, to, unit);
	}

	/** The due instant after a paused clock (挂账) resumes: what was left at the pause counts again. */
	public DueDate resume(Instant due, Instant pausedAt, Instant resumedAt, DeadlineUnit unit) {
		return rules.resume(due, pausedAt, resumedAt, unit);
	}

	public boolean isWorkingDay(LocalDate day) {
		return rules.isWorkingDay(day);
	}

	public boolean isLoaded(int year) {
		return rules.isLoaded(year);
	}

	/** Years an administrator should load now: this year, and next year once it is near. */
	public List<Integer> missingYears() {
		var today = today();
		return java.util.stream.Stream.of(today.getYear(), today.plusDays(properties.warnDaysAhead()).getYear())
			.distinct()
			.filter(y -> !rules.isLoaded(y))
			.toList();
	}

	public ZoneId zone() {
		return rules.zone();
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(rules.zone()));
	}

	public Instant now() {
		return clock.instant();
	}

	List<OfficeHours.Window> officeHours() {
		return rules.hours().windows();
	}

	/** Per-instance cache refresh: every instance must run it, so it takes no cluster lock. */
	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void reload() {
		this.rules = load();
	}

	@org.springframework.transaction.event.TransactionalEventListener
	void on(CalendarEvents.AdminChanged changed) {
		reload();
	}

	private CalendarRules load() {
		var special = new HashMap<LocalDate, DayKind>();
		days.findAll().forEach(d -> special.put(d.getDay(), d.getKind()));
		var loaded = years.findAll().stream().map(CalendarYear::getYear).collect(Collectors.toSet());
		return new CalendarRules(special, loaded, properties.hours(), properties.zone());
	}
}
