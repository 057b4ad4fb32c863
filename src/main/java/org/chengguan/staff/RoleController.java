package org.chengguan.staff;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/roles")
@PreAuthorize("hasAuthority('admin:role')")
class RoleController {

	private final RoleManagement roles;

	private final CurrentStaff currentStaff;

	RoleController(RoleManagement roles, CurrentStaff currentStaff) {
		this.roles = roles;
		this.currentStaff = currentStaff;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("roles", roles.roles());
		return "staff/roles";
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		return form(new RoleForm("", "", java.util.Set.of()), null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") @Nullable RoleForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		return FormSubmission.apply(form, errors, response, () -> roles.create(form, currentStaff.actor()))
			.map(created -> saved(flash))
			.orElseGet(() -> form(form, null, model));
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		var role = roles.get(id);
		return form(RoleForm.of(role), role, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam long version, @Valid @ModelAttribute("form") @Nullable RoleForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes flash) {
		return FormSubmission.apply(form, errors, response, () -> {
			roles.update(id, version, form, currentStaff.actor());
			return id;
		}).map(updated -> saved(flash)).orElseGet(() -> form(form, roles.get(id), model));
	}

	private static String saved(RedirectAttributes flash) {
		flash.addFlashAttribute("notice", "common.saved");
		return "redirect:/roles";
	}

	private String form(@Nullable RoleForm form, @Nullable Role role, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("role", role);
		model.addAttribute("authorities", roles.authorities());
		return "staff/role-form";
	}
}
