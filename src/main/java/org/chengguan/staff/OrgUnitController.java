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
@RequestMapping("/org-units")
@PreAuthorize("hasAuthority('admin:org')")
class OrgUnitController {

	private final OrgManagement org;

	private final CurrentStaff currentStaff;

	OrgUnitController(OrgManagement org, CurrentStaff currentStaff) {
		this.org = org;
		this.currentStaff = currentStaff;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rows", org.tree());
		return "staff/org-units";
	}

	@GetMapping("/new")
	String showCreateForm(@RequestParam(required = false) @Nullable Long parentId, Model model) {
		return form(new OrgUnitForm("", "", null, parentId, 0, ""), null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") @Nullable OrgUnitForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		return FormSubmission.apply(form, errors, response, () -> org.create(form, currentStaff.actor()))
			.map(created -> saved(flash))
			.orElseGet(() -> form(form, null, model));
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		var unit = org.get(id);
		return form(OrgUnitForm.of(unit), unit, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam long version, @Valid @ModelAttribute("form") @Nullable OrgUnitForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes flash) {
		return FormSubmission.apply(form, errors, response, () -> {
			org.update(id, version, form, currentStaff.actor());
			return id;
		}).map(updated -> saved(flash)).orElseGet(() -> form(form, org.get(id), model));
	}

	private static String saved(RedirectAttributes flash) {
		flash.addFlashAttribute("notice", "common.saved");
		return "redirect:/org-units";
	}

	private String form(@Nullable OrgUnitForm form, @Nullable OrgUnit unit, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("unit", unit);
		model.addAttribute("rows", org.tree());
		model.addAttribute("types", OrgUnitType.values());
		return "staff/org-unit-form";
	}
}
