package org.chengguan.calendar;

import java.util.Objects;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.chengguan.calendar.CalendarForms.DayForm;
import org.chengguan.calendar.CalendarForms.YearForm;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Maintains the holiday data: each year from its 国务院办公厅 notice, then its holidays and 调休 days. */
@Service
@Transactional(readOnly = true)
public class CalendarManagement {

	private final CalendarDayRepository days;

	private final CalendarYearRepository years;

	private final WorkingCalendar calendar;

	private final ApplicationEventPublisher events;

	CalendarManagement(CalendarDayRepository days, CalendarYearRepository years, WorkingCalendar calendar,
			ApplicationEventPublisher events) {
		this.days = days;
		this.years = years;
		this.calendar = calendar;
		this.events = events;
	}

	public List<CalendarDay> daysOf(int year) {
		return days.findByYearOrderByDay(year);
	}

	public List<CalendarYear> years() {
		return years.findAll(org.springframework.data.domain.Sort.by("year"));
	}

	/** Registers a year's notice, making the year "loaded". */
	@Transactional
	@PreAuthorize("hasAuthority('calendar:manage')")
	public void loadYear(YearForm form, String actor) {
		var year = Objects.requireNonNull(form.year());
		if (years.existsById(year)) {
			throw new CalendarRuleException("calendar.error.yearExists");
		}
		years.save(new CalendarYear(year, Objects.requireNonNull(form.notice()).trim(), form.publishedOn(),
				calendar.now()));
		changed(actor, "calendar.loadYear", "year:" + year, null, form.notice());
	}

	/** Adds a holiday or 调休 working day to a loaded year. */
	@Transactional
	@PreAuthorize("hasAuthority('calendar:manage')")
	public void addDay(DayForm form, String actor) {
		var day = Objects.requireNonNull(form.day());
		var kind = Objects.requireNonNull(form.kind());
		if (!years.existsById(day.getYear())) {
			throw new CalendarRuleException("calendar.error.yearNotLoaded");
		}
		if (days.existsById(day)) {
			throw new CalendarRuleException("calendar.error.dayExists");
		}
		if (kind == DayKind.MAKEUP_WORKDAY && day.getDayOfWeek() != DayOfWeek.SATURDAY
				&& day.getDayOfWeek() != DayOfWeek.SUNDAY) {
			throw new CalendarRuleException("calendar.error.makeupNotWeekend");
		}
		var name = Objects.requireNonNull(form.name()).trim();
		days.save(new CalendarDay(day, kind, name));
		changed(actor, "calendar.addDay", "day:" + day, null, kind + " " + name);
	}

	@Transactional
	@PreAuthorize("hasAuthority('calendar:manage')")
	public void removeDay(LocalDate day, String actor) {
		var existing = days.findById(day).orElseThrow(() -> new CalendarRuleException("calendar.error.noSuchDay"));
		days.delete(existing);
		changed(actor, "calendar.removeDay", "day:" + day,
				existing.getKind() + " " + existing.getName(), null);
	}

	private void changed(String actor, String action, String target, @Nullable String before,
			@Nullable String after) {
		events.publishEvent(new CalendarEvents.AdminChanged(calendar.now(), actor, action, target, before, after));
	}
}
