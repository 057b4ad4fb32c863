package org.chengguan.disclosure;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.staff.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 法制股's 公示 desk: decisions to publish by their due day, and withdrawals with their reason. */
@Controller
@RequestMapping("/disclosure")
@PreAuthorize(DisclosureManagement.PUBLISHER)
class DisclosureDeskController {

	private final DisclosureManagement disclosures;

	private final CurrentStaff currentStaff;

	private final WorkingCalendar calendar;

	DisclosureDeskController(DisclosureManagement disclosures, CurrentStaff currentStaff, WorkingCalendar calendar) {
		this.disclosures = disclosures;
		this.currentStaff = currentStaff;
		this.calendar = calendar;
	}

	@GetMapping
	String desk(Model model) {
		model.addAttribute("notices", disclosures.desk());
		model.addAttribute("today", calendar.today());
		model.addAttribute("zone", calendar.zone());
		return "disclosure/desk";
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, RedirectAttributes flash) {
		try {
			disclosures.publish(id, currentStaff.actor());
			flash.addFlashAttribute("notice", "disclosure.published");
		}
		catch (DisclosureRuleException ex) {
			flash.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/disclosure";
	}

	@PostMapping("/{id}/withdrawal")
	String withdraw(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
		try {
			disclosures.withdraw(id, reason, currentStaff.actor());
			flash.addFlashAttribute("notice", "disclosure.withdrawn");
		}
		catch (DisclosureRuleException ex) {
			flash.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/disclosure";
	}
}
