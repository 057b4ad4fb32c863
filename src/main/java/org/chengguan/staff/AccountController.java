package org.chengguan.staff;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in person changes their own password. */
@Controller
@RequestMapping("/account/password")
class AccountController {

	record PasswordForm(@NotBlank(message = "{staff.password.current.required}") String current,
			@NotBlank(message = "{staff.password.next.required}") @Size(max = 64,
					message = "{staff.password.length}") String next,
			@NotBlank(message = "{staff.password.confirm.required}") String confirm) {
	}

	private final StaffManagement staff;

	private final CurrentStaff currentStaff;

	AccountController(StaffManagement staff, CurrentStaff currentStaff) {
		this.staff = staff;
		this.currentStaff = currentStaff;
	}

	@GetMapping
	String showForm(Model model) {
		model.addAttribute("form", new PasswordForm("", "", ""));
		return "staff/password";
	}

	@PostMapping
	String change(@Valid @ModelAttribute("form") @org.jspecify.annotations.Nullable PasswordForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		if (form != null && !errors.hasErrors() && !form.next().equals(form.confirm())) {
			errors.rejectValue("confirm", "staff.password.mismatch");
		}
		if (form != null && !errors.hasErrors()) {
			var problems = staff.changeOwnPassword(currentStaff.id(), form.current(), form.next());
			if (problems.isEmpty()) {
				flash.addFlashAttribute("notice", "staff.password.changed");
				return "redirect:/";
			}
			problems.forEach(errors::reject);
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return "staff/password";
	}
}
