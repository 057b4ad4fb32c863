package org.chengguan.grid;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/grids")
@PreAuthorize("hasAuthority('grid:view')")
class GridController {

	/** Add a member to a responsibility grid. */
	record MemberForm(@NotNull(message = "{grid.member.staff.required}") @Nullable Long staffId,
			@NotNull(message = "{grid.member.role.required}") @Nullable GridMemberRole role) {
	}

	private final GridManagement grids;

	private final StaffManagement staff;

	private final CurrentStaff currentStaff;

	GridController(GridManagement grids, StaffManagement staff, CurrentStaff currentStaff) {
		this.grids = grids;
		this.staff = staff;
		this.currentStaff = currentStaff;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rows", grids.responsibilityGrids(currentStaff.scope()));
		return "grid/list";
	}

	@GetMapping("/regions")
	String regions(Model model) {
		model.addAttribute("rows", grids.regions(currentStaff.scope()));
		return "grid/regions";
	}

	@GetMapping("/{code:\\d{15}}")
	String show(@PathVariable String code, Model model) {
		model.addAttribute("detail", grids.unitGrid(code, currentStaff.scope()));
		return "grid/detail";
	}

	/** The map's side panel for a clicked grid. */
	@GetMapping("/{code:\\d{15}}/panel")
	String panel(@PathVariable String code, Model model) {
		model.addAttribute("detail", grids.unitGrid(code, currentStaff.scope()));
		return "grid/detail :: panel";
	}

	@GetMapping("/responsibility/{id}")
	String showResponsibilityGrid(@PathVariable long id, Model model) {
		return responsibilityPage(id, new MemberForm(null, null), model);
	}

	@PostMapping("/responsibility/{id}/members")
	@PreAuthorize("hasAuthority('grid:members')")
	String addMember(@PathVariable long id, @Valid @ModelAttribute("memberForm") @Nullable MemberForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes flash) {
		if (form != null && !errors.hasErrors()) {
			try {
				grids.addMember(id, java.util.Objects.requireNonNull(form.staffId()),
						java.util.Objects.requireNonNull(form.role()), currentStaff.scope(), currentStaff.actor());
				flash.addFlashAttribute("notice", "common.saved");
				return "redirect:/grids/responsibility/" + id;
			}
			catch (GridRuleException ex) {
				errors.reject(ex.getMessage());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return responsibilityPage(id, new MemberForm(null, null), model);
	}

	@PostMapping("/responsibility/{id}/members/{memberId}/delete")
	@PreAuthorize("hasAuthority('grid:members')")
	String removeMember(@PathVariable long id, @PathVariable long memberId, RedirectAttributes flash) {
		grids.removeMember(id, memberId, currentStaff.scope(), currentStaff.actor());
		flash.addFlashAttribute("notice", "common.saved");
		return "redirect:/grids/responsibility/" + id;
	}

	private String responsibilityPage(long id, MemberForm form, Model model) {
		model.addAttribute("detail", grids.responsibilityGrid(id, currentStaff.scope()));
		model.addAttribute("roles", GridMemberRole.values());
		model.addAttribute("candidates", staff.summariesInScope(currentStaff.scope()));
		if (!model.containsAttribute("memberForm")) {
			model.addAttribute("memberForm", form);
		}
		return "grid/responsibility";
	}
}
