package org.chengguan.penalty;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.documents.DocumentManagement;
import org.chengguan.staff.CurrentStaff;
import org.chengguan.system.NavigationCount;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 案件台, 处罚审批 and the proceeding page. */
@Controller
@RequestMapping("/penalties")
class PenaltyController {

	static final String ANY_PENALTY_ROLE = "hasAnyAuthority('penalty:handle', 'penalty:approve:squad', "
			+ "'penalty:approve:legal', 'penalty:approve:deputy', 'penalty:approve:collective', 'penalty:principal')";

	private final ProceedingPages pages;

	private final ProceedingDesk desk;

	private final CurrentStaff currentStaff;

	private final WorkingCalendar calendar;

	private final PenaltyChoices choices;

	private final DocumentManagement documents;

	PenaltyController(ProceedingPages pages, ProceedingDesk desk, CurrentStaff currentStaff,
			WorkingCalendar calendar, PenaltyChoices choices, DocumentManagement documents) {
		this.pages = pages;
		this.desk = desk;
		this.currentStaff = currentStaff;
		this.calendar = calendar;
		this.choices = choices;
		this.documents = documents;
	}

	/** 案件台: the proceedings the officer works, the nearest due day first. */
	@GetMapping
	@PreAuthorize("hasAuthority('penalty:handle')")
	String desk(Model model) {
		model.addAttribute("rows", desk.worked(currentStaff.actor()));
		return list(model, "desk");
	}

	/** 处罚审批: what waits for the signed-in person's decision. */
	@GetMapping("/approvals")
	@PreAuthorize(ANY_PENALTY_ROLE)
	String approvals(Model model) {
		model.addAttribute("rows", desk.inbox(currentStaff.actor(), currentStaff.scope()));
		return list(model, "approvals");
	}

	/** Every proceeding in the 辖区, by state. */
	@GetMapping("/all")
	@PreAuthorize(ANY_PENALTY_ROLE)
	String all(@RequestParam(required = false) @Nullable ProceedingStatus status, Model model) {
		Set<ProceedingStatus> statuses = status == null ? EnumSet.allOf(ProceedingStatus.class) : EnumSet.of(status);
		model.addAttribute("rows", desk.browse(statuses, currentStaff.scope()));
		model.addAttribute("status", status);
		model.addAttribute("statuses", ProceedingStatus.values());
		return list(model, "all");
	}

	private String list(Model model, String mode) {
		model.addAttribute("mode", mode);
		model.addAttribute("today", calendar.today());
		return "penalty/list";
	}

	@GetMapping("/{id}")
	@PreAuthorize(ANY_PENALTY_ROLE)
	String show(@PathVariable long id, Model model) {
		var actor = currentStaff.actor();
		var page = pages.of(id, actor, currentStaff.scope());
		var proceeding = page.proceeding();
		model.addAttribute("page", page);
		model.addAttribute("p", proceeding);
		model.addAttribute("zone", calendar.zone());
		// the 复议机关 and the court the forms propose
		model.addAttribute("agency", documents.agency());
		model.addAttribute("seconds", choices.secondOfficers(proceeding.getAct().getUnitId(), actor.id()));
		model.addAttribute("hosts", page.offers().offers(ProceedingAction.SCHEDULE_HEARING)
				? choices.hearingHosts(proceeding) : List.of());
		model.addAttribute("clerks", page.offers().offers(ProceedingAction.HOLD_HEARING)
				? choices.clerks(actor.id()) : List.of());
		model.addAttribute("benchmarks", page.offers().offers(ProceedingAction.CONCLUDE)
				|| page.offers().offers(ProceedingAction.RECORD_STATEMENT) ? choices.benchmarks(proceeding) : List.of());
		return "penalty/detail";
	}

	/** The number beside 处罚审批 in the navigation bar. */
	@Component
	static class Count implements NavigationCount {

		private final ProceedingDesk desk;

		private final CurrentStaff currentStaff;

		Count(ProceedingDesk desk, CurrentStaff currentStaff) {
			this.desk = desk;
			this.currentStaff = currentStaff;
		}

		@Override
		public String attribute() {
			return "penaltyPending";
		}

		@Override
		public @Nullable Long count() {
			var principal = currentStaff.principal();
			if (principal.isEmpty() || principal.get().getAuthorities().stream().noneMatch(a ->
					a.getAuthority().startsWith("penalty:approve") || a.getAuthority().equals("penalty:principal"))) {
				return null;
			}
			return desk.waiting(currentStaff.actor(), currentStaff.scope());
		}
	}
}
