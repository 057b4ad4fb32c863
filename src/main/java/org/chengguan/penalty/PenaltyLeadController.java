package org.chengguan.penalty;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.chengguan.caseflow.CaseManagement;
import org.chengguan.calendar.WorkingCalendar;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 登记线索 (from a loop case or on its own) and the proceedings of a loop case, shown on its page. */
@Controller
class PenaltyLeadController {

	private final PenaltyManagement penalties;

	private final ProceedingDesk desk;

	private final CaseManagement cases;

	private final StaffManagement staff;

	private final PenaltyChoices choices;

	private final CurrentStaff currentStaff;

	private final WorkingCalendar calendar;

	PenaltyLeadController(PenaltyManagement penalties, ProceedingDesk desk, CaseManagement cases,
			StaffManagement staff, PenaltyChoices choices, CurrentStaff currentStaff, WorkingCalendar calendar) {
		this.penalties = penalties;
		this.desk = desk;
		this.cases = cases;
		this.staff = staff;
		this.choices = choices;
		this.currentStaff = currentStaff;
		this.calendar = calendar;
	}

	@GetMapping("/penalties/new")
	@PreAuthorize("hasAuthority('penalty:handle')")
	String newLead(@RequestParam(name = "case", required = false) @Nullable Long caseId, Model model) {
		var form = LeadForm.empty(calendar.today());
		if (caseId != null) {
			var source = cases.get(caseId, currentStaff.scope());
			var problem = source.getProblem();
			var place = problem.getPlace();
			form = new LeadForm(form.partyKind(), form.idType(), null, null, null, null, null, ProceedingSource.CASE,
					caseId, null, problem.getAddress(), problem.getSummary(), form.actStartedOn(), null, false,
					form.discoveredOn(), false, place.streetCode(), place.districtCode());
			model.addAttribute("sourceCase", source.getNumber());
		}
		model.addAttribute("leadForm", form);
		return page(model);
	}

	@PostMapping("/penalties/new")
	@PreAuthorize("hasAuthority('penalty:handle')")
	String open(@Valid @ModelAttribute("leadForm") LeadForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			var actor = currentStaff.actor();
			try {
				var id = penalties.openLead(form.party(), form.lead(0, staff.orgUnitOf(actor.id())), actor);
				flash.addFlashAttribute("notice", "penalty.done.OPEN");
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
		model.addAttribute("seconds", choices.secondOfficers(staff.orgUnitOf(actor.id()), actor.id()));
		return "penalty/lead-form";
	}

	/** The proceedings opened from a loop case, for its page (loaded by htmx). */
	@GetMapping("/penalties/for-case/{caseId}")
	@PreAuthorize(PenaltyController.ANY_PENALTY_ROLE)
	String forCase(@PathVariable long caseId, Model model) {
		model.addAttribute("caseId", caseId);
		model.addAttribute("rows", desk.forCase(caseId, currentStaff.scope()));
		return "penalty/for-case :: proceedings";
	}
}
