package org.chengguan.caseflow;

import java.util.Objects;
import java.util.stream.Collectors;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.staff.CurrentStaff;
import org.chengguan.staff.OrgManagement;
import org.chengguan.system.NavigationCount;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 待审批: the 延期, 挂账 and 作废 requests waiting for the signed-in decider, each linked to its case. */
@Controller
class ApprovalController {

	private final ApprovalManagement approvals;

	private final CurrentStaff currentStaff;

	private final OrgManagement org;

	private final WorkingCalendar calendar;

	ApprovalController(ApprovalManagement approvals, CurrentStaff currentStaff, OrgManagement org,
			WorkingCalendar calendar) {
		this.approvals = approvals;
		this.currentStaff = currentStaff;
		this.org = org;
		this.calendar = calendar;
	}

	@GetMapping("/approvals")
	@PreAuthorize("hasAnyAuthority('case:extend', 'case:hold', 'case:cancel', 'hotline:handle')")
	String inbox(Model model) {
		var principal = currentStaff.require();
		model.addAttribute("items", approvals.inbox(CaseActors.authorities(), principal.getOrgUnitId(),
				currentStaff.scope()));
		model.addAttribute("unitNames", org.tree()
			.stream()
			.collect(Collectors.toMap(r -> Objects.requireNonNull(r.unit().getId()), r -> r.unit().getName())));
		model.addAttribute("zone", calendar.zone());
		model.addAttribute("now", calendar.now());
		return "case/approvals";
	}

	/** The number in the navigation bar: requests waiting for the signed-in person. */
	@Component
	static class Count implements NavigationCount {

		private final ApprovalManagement approvals;

		private final CurrentStaff currentStaff;

		Count(ApprovalManagement approvals, CurrentStaff currentStaff) {
			this.approvals = approvals;
			this.currentStaff = currentStaff;
		}

		@Override
		public String attribute() {
			return "pendingApprovals";
		}

		@Override
		public @Nullable Long count() {
			var authorities = CaseActors.authorities();
			if (currentStaff.principal().isEmpty() || !ApprovalManagement.decides(authorities)) {
				return null;
			}
			var principal = currentStaff.require();
			return approvals.waiting(authorities, principal.getOrgUnitId(), currentStaff.scope());
		}
	}
}
