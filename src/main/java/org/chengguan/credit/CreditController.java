package org.chengguan.credit;

import jakarta.validation.Valid;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.staff.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 法制股's credit desk: the table that classifies decisions, and each decision's push and withdrawal. */
@Controller
@RequestMapping("/credit")
@PreAuthorize("hasAnyAuthority('penalty:approve:legal', 'penalty:principal')")
class CreditController {

	private final CreditManagement credit;

	private final CurrentStaff currentStaff;

	private final WorkingCalendar calendar;

	CreditController(CreditManagement credit, CurrentStaff currentStaff, WorkingCalendar calendar) {
		this.credit = credit;
		this.currentStaff = currentStaff;
		this.calendar = calendar;
	}

	@GetMapping
	String desk(Model model) {
		model.addAttribute("rules", credit.rules());
		model.addAttribute("records", credit.latest());
		model.addAttribute("today", calendar.today());
		model.addAttribute("zone", calendar.zone());
		return "credit/desk";
	}

	@PostMapping("/rules")
	@PreAuthorize(CreditManagement.KEEPER)
	String addRule(@Valid @ModelAttribute CreditRuleForm form, BindingResult errors, RedirectAttributes flash) {
		if (errors.hasErrors()) {
			flash.addFlashAttribute("problem", "credit.error.form");
			return "redirect:/credit";
		}
		credit.addRule(form, currentStaff.actor());
		flash.addFlashAttribute("notice", "credit.ruleAdded");
		return "redirect:/credit";
	}

	@PostMapping("/rules/{id}/disable")
	@PreAuthorize(CreditManagement.KEEPER)
	String disable(@PathVariable long id, RedirectAttributes flash) {
		try {
			credit.disableRule(id, currentStaff.actor());
			flash.addFlashAttribute("notice", "credit.ruleDisabled");
		}
		catch (CreditRuleException ex) {
			flash.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/credit";
	}
}
