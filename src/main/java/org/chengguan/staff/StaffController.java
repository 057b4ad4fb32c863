package org.chengguan.staff;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
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
@RequestMapping("/staff")
@PreAuthorize("hasAuthority('staff:view')")
class StaffController {

	private final StaffManagement staff;

	private final OrgManagement org;

	private final RoleManagement roles;

	private final CurrentStaff currentStaff;

	StaffController(StaffManagement staff, OrgManagement org, RoleManagement roles, CurrentStaff currentStaff) {
		this.staff = staff;
		this.org = org;
		this.roles = roles;
		this.currentStaff = currentStaff;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		var keyword = q.length() > 40 ? q.substring(0, 40) : q;
		model.addAttribute("page", staff.search(keyword, currentStaff.scope(), PageRequest.of(Math.max(page, 0), 30)));
		model.addAttribute("today", staff.today());
		return "staff/list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('admin:staff')")
	String showCreateForm(Model model) {
		return form(StaffForm.empty(), null, model);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('admin:staff')")
	String create(@Valid @ModelAttribute("form") @org.jspecify.annotations.Nullable StaffForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		return FormSubmission.apply(form, errors, response,
				() -> staff.create(form, currentStaff.scope(), currentStaff.actor()))
			.map(id -> saved(flash, "/staff/" + id))
			.orElseGet(() -> form(form, null, model));
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		var member = staff.get(id, currentStaff.scope());
		return form(StaffForm.of(member), member, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAuthority('admin:staff')")
	String update(@PathVariable long id, @RequestParam long version, @Valid @ModelAttribute("form") @org.jspecify.annotations.Nullable StaffForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes flash) {
		return FormSubmission.apply(form, errors, response, () -> {
			staff.update(id, version, form, currentStaff.scope(), currentStaff.actor());
			return id;
		})
			.map(updated -> saved(flash, "/staff/" + updated))
			.orElseGet(() -> form(form, staff.get(id, currentStaff.scope()), model));
	}

	@PostMapping("/{id}/password")
	@PreAuthorize("hasAuthority('admin:staff')")
	String resetPassword(@PathVariable long id, @RequestParam(defaultValue = "") String password, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		try {
			staff.resetPassword(id, password, currentStaff.scope(), currentStaff.actor());
			flash.addFlashAttribute("notice", "staff.password.reset");
			return "redirect:/staff/" + id;
		}
		catch (StaffRuleException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problem", ex.getMessageKey());
			return show(id, model);
		}
	}

	@PostMapping("/{id}/unlock")
	@PreAuthorize("hasAuthority('admin:staff')")
	String unlock(@PathVariable long id, RedirectAttributes flash) {
		staff.unlock(id, currentStaff.scope(), currentStaff.actor());
		flash.addFlashAttribute("notice", "staff.unlocked");
		return "redirect:/staff/" + id;
	}

	private static String saved(RedirectAttributes flash, String path) {
		flash.addFlashAttribute("notice", "common.saved");
		return "redirect:" + path;
	}

	private String form(@org.jspecify.annotations.Nullable StaffForm form, @org.jspecify.annotations.Nullable StaffMember member, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("member", member);
		model.addAttribute("units", org.tree()
			.stream()
			.filter(row -> currentStaff.scope().coversOrgUnit(java.util.Objects.requireNonNull(row.unit().getId())))
			.toList());
		model.addAttribute("roles", roles.roles());
		model.addAttribute("today", staff.today());
		return "staff/form";
	}
}
