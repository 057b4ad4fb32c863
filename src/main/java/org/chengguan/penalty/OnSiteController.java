package org.chengguan.penalty;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.caseflow.CaseManagement;
import org.chengguan.party.PartyRuleException;
import org.chengguan.staff.CurrentStaff;
import org.chengguan.staff.StaffManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 当场处罚 (简易程序, 《行政处罚法》第五十一条至第五十三条) by two officers, on a phone in the street. */
@Controller
@RequestMapping("/penalties/on-site")
@PreAuthorize("hasAuthority('penalty:handle')")
class OnSiteController {

	private final PenaltyManagement penalties;

	private final CaseManagement cases;

	private final StaffManagement staff;

	private final PenaltyChoices choices;

	private final FormRangeManagement formRanges;

	private final CurrentStaff currentStaff;

	private final WorkingCalendar calendar;

	OnSiteController(PenaltyManagement penalties, CaseManagement cases, StaffManagement staff, PenaltyChoices choices,
			FormRangeManagement formRanges, CurrentStaff currentStaff, WorkingCalendar calendar) {
		this.penalties = penalties;
		this.cases = cases;
		this.staff = staff;
		this.choices = choices;
		this.formRanges = formRanges;
		this.currentStaff = currentStaff;
		this.calendar = calendar;
	}

	@GetMapping
	String form(@RequestParam(name = "case", required = false) @Nullable Long caseId, Model model) {
		var form = OnSiteForm.empty(calendar.today());
		if (caseId != null) {
			var problem = cases.get(caseId, currentStaff.scope()).getProblem();
			var place = problem.getPlace();
			form = new OnSiteForm(form.partyKind(), form.idType(), null, null, null, null, null, null,
					problem.getAddress(), problem.getSummary(), form.actStartedOn(), null, false, null, null, false,
					null, false, false, null, caseId, place.streetCode(), place.districtCode());
		}
		model.addAttribute("onSiteForm", form);
		return page(model);
	}

	@PostMapping
	String decide(@Valid @ModelAttribute("onSiteForm") OnSiteForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			var actor = currentStaff.actor();
			try {
				var decision = form.decision(staff.orgUnitOf(actor.id()), calendar.today());
				var id = penalties.decideOnSite(form.party(), decision, actor);
				flash.addFlashAttribute("notice", "penalty.done.DECIDE_ON_SITE");
				return "redirect:/penalties/" + id;
			}
			catch (PartyRuleException ex) {
				errors.rejectValue(ex.field(), ex.getMessage());
			}
			catch (PenaltyTransitionException ex) {
				errors.reject(ex.getMessage());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(model);
	}

	private String page(Model model) {
		var actor = currentStaff.actor();
		var unit = staff.orgUnitOf(actor.id());
		model.addAttribute("seconds", choices.secondOfficers(unit, actor.id()));
		model.addAttribute("benchmarks", choices.benchmarksOn(calendar.today()));
		model.addAttribute("formsLeft", formRanges.leftFor(unit));
		return "penalty/on-site";
	}
}
