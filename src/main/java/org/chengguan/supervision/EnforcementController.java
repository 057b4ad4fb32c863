package org.chengguan.supervision;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.staff.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 执法办案统计: the counts of {@link EnforcementFigures} for a period; this table ranks no one. */
@Controller
@PreAuthorize("hasAuthority('supervision:view')")
class EnforcementController {

	private final EnforcementFigures figures;

	private final CurrentStaff currentStaff;

	private final WorkingCalendar calendar;

	EnforcementController(EnforcementFigures figures, CurrentStaff currentStaff, WorkingCalendar calendar) {
		this.figures = figures;
		this.currentStaff = currentStaff;
		this.calendar = calendar;
	}

	@GetMapping("/supervision/enforcement")
	String counts(DashboardFilter.Form form, Model model) {
		var scope = currentStaff.scope();
		var filter = DashboardFilter.of(form, calendar.today(), scope);
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", Period.Kind.values());
		model.addAttribute("rows", figures.rows(filter.period(), calendar.zone(), scope));
		return "supervision/enforcement";
	}
}
