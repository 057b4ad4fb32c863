package org.chengguan.supervision;

import java.util.stream.Collectors;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.staff.CurrentStaff;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 申诉: a unit's appeals of late cases, and the two desks' reviews of them. */
@Controller
@PreAuthorize("hasAnyAuthority('case:dispose', 'case:dispatch', 'case:accept', 'supervision:view')")
class AppealController {

	private final AppealManagement appeals;

	private final CurrentStaff currentStaff;

	private final Names names;

	private final WorkingCalendar calendar;

	AppealController(AppealManagement appeals, CurrentStaff currentStaff, Names names,
			WorkingCalendar calendar) {
		this.appeals = appeals;
		this.currentStaff = currentStaff;
		this.names = names;
		this.calendar = calendar;
	}

	@GetMapping("/supervision/appeals")
	String list(@RequestParam(required = false) @Nullable String caseNumber, Model model) {
		var asker = asker();
		var visible = appeals.visibleTo(asker);
		model.addAttribute("appeals", visible);
		// what this person may do on each: the table's buttons
		model.addAttribute("allowed", visible.stream().collect(Collectors.toMap(Appeal::getId, a -> java.util.Arrays
			.stream(AppealAction.values())
			.filter(action -> action.allows(asker.actor(), asker.holds(action.authority()), a))
			.map(Enum::name)
			.toList())));
		model.addAttribute("mayAppeal", asker.holds("case:dispose"));
		model.addAttribute("caseNumber", caseNumber);
		model.addAttribute("units", names.units());
		model.addAttribute("zone", calendar.zone());
		return "supervision/appeals";
	}

	@PostMapping("/supervision/appeals")
	String submit(@RequestParam(defaultValue = "") String caseNumber, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes flash) {
		var text = reason.strip();
		if (text.isEmpty() || text.length() > 1000) {
			flash.addFlashAttribute("problem", "supervision.appeal.error.reason");
			return "redirect:/supervision/appeals?caseNumber=" + (caseNumber.matches("[A-Z0-9]{1,16}") ? caseNumber : "");
		}
		try {
			appeals.submit(caseNumber, text, asker());
			flash.addFlashAttribute("notice", "supervision.appeal.done.SUBMIT");
		}
		catch (AppealRuleException refused) {
			flash.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/supervision/appeals";
	}

	@PostMapping("/supervision/appeals/{id}/{action}")
	String decide(@PathVariable long id, @PathVariable AppealAction action, @RequestParam long rowVersion,
			@RequestParam(required = false) @Nullable String opinion, RedirectAttributes flash) {
		var text = opinion == null || opinion.isBlank() ? null : opinion.strip();
		if (text != null && text.length() > 500) {
			flash.addFlashAttribute("problem", "supervision.appeal.error.opinion");
			return "redirect:/supervision/appeals";
		}
		try {
			appeals.decide(id, rowVersion, action, text, asker());
			flash.addFlashAttribute("notice", "supervision.appeal.done." + action);
		}
		catch (AppealRuleException refused) {
			flash.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/supervision/appeals";
	}

	private Asker asker() {
		return Asker.of(currentStaff);
	}
}
