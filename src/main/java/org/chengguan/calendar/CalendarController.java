package org.chengguan.calendar;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.chengguan.calendar.CalendarForms.DayForm;
import org.chengguan.calendar.CalendarForms.DeadlineForm;
import org.chengguan.calendar.CalendarForms.YearForm;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/calendar")
@PreAuthorize("hasAuthority('calendar:view')")
class CalendarController {

	private final WorkingCalendar calendar;

	private final CalendarManagement management;

	CalendarController(WorkingCalendar calendar, CalendarManagement management) {
		this.calendar = calendar;
		this.management = management;
	}

	@GetMapping
	String show(@RequestParam(required = false) @Nullable Integer year, Model model) {
		return page(year, model);
	}

	/** The deadline calculator answers with its result fragment. */
	@GetMapping("/deadline")
	String deadline(@Valid @ModelAttribute("deadlineForm") @Nullable DeadlineForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		model.addAttribute("submitted", true);
		if (form == null || errors.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		else {
			var from = Objects.requireNonNull(form.from()).atZone(calendar.zone()).toInstant();
			var limit = new Deadline(Objects.requireNonNull(form.amount()), Objects.requireNonNull(form.unit()));
			model.addAttribute("due", calendar.deadline(from, limit));
			model.addAttribute("zone", calendar.zone());
		}
		return "calendar/deadline :: deadline-result";
	}

	@PostMapping("/years")
	@PreAuthorize("hasAuthority('calendar:manage')")
	String loadYear(@Valid @ModelAttribute("yearForm") @Nullable YearForm form, BindingResult errors, Principal principal,
			Model model, HttpServletResponse response, RedirectAttributes flash) {
		if (form != null && !errors.hasErrors()
				&& apply(() -> management.loadYear(form, principal.getName()), errors)) {
			flash.addFlashAttribute("notice", "common.saved");
			return "redirect:/calendar?year=" + form.year();
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(form == null ? null : form.year(), model);
	}

	@PostMapping("/days")
	@PreAuthorize("hasAuthority('calendar:manage')")
	String addDay(@Valid @ModelAttribute("dayForm") @Nullable DayForm form, BindingResult errors, Principal principal,
			Model model, HttpServletResponse response, RedirectAttributes flash) {
		var year = form == null || form.day() == null ? null : form.day().getYear();
		if (form != null && !errors.hasErrors() && apply(() -> management.addDay(form, principal.getName()), errors)) {
			flash.addFlashAttribute("notice", "common.saved");
			return "redirect:/calendar?year=" + year;
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(year, model);
	}

	@PostMapping("/days/{day}/delete")
	@PreAuthorize("hasAuthority('calendar:manage')")
	String removeDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Principal principal,
			RedirectAttributes flash) {
		management.removeDay(day, principal.getName());
		flash.addFlashAttribute("notice", "common.saved");
		return "redirect:/calendar?year=" + day.getYear();
	}

	private String page(@Nullable Integer year, Model model) {
		if (!model.containsAttribute("dayForm")) {
			model.addAttribute("dayForm", new DayForm(null, null, null));
		}
		if (!model.containsAttribute("yearForm")) {
			model.addAttribute("yearForm", new YearForm(null, null, null));
		}
		var shown = year == null || year < 2000 || year > 2100 ? calendar.today().getYear() : year;
		model.addAttribute("year", shown);
		model.addAttribute("loaded", calendar.isLoaded(shown));
		model.addAttribute("months", MonthView.year(shown, management.daysOf(shown), calendar));
		model.addAttribute("days", management.daysOf(shown));
		model.addAttribute("years", management.years());
		model.addAttribute("missingYears", calendar.missingYears());
		model.addAttribute("officeHours", calendar.officeHours());
		model.addAttribute("units", DeadlineUnit.values());
		model.addAttribute("kinds", DayKind.values());
		return "calendar/index";
	}

	private static boolean apply(Runnable change, BindingResult errors) {
		try {
			change.run();
			return true;
		}
		catch (CalendarRuleException ex) {
			errors.reject(ex.getMessage());
			return false;
		}
	}
}
