package org.chengguan.penalty;

import java.util.HashMap;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.staff.CurrentStaff;
import org.chengguan.staff.OrgManagement;
import org.chengguan.staff.OrgUnitRow;
import org.chengguan.staff.OrgUnitType;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 法制股 allocates the squads their 号段 of 当场行政处罚决定书 and sees how far each is used. */
@Controller
@RequestMapping("/penalties/form-ranges")
@PreAuthorize(BenchmarkManagement.LEGAL_SECTION)
class FormRangeController {

	/** 分配号段. */
	record FormRangeForm(@NotNull(message = "{penalty.formRange.unit.required}") @Nullable Long unitId,
			@NotNull(message = "{penalty.formRange.prefix.required}")
			@Pattern(regexp = "[A-Z0-9-]{1,12}", message = "{penalty.formRange.prefix.format}") @Nullable String prefix,
			@NotNull(message = "{penalty.formRange.error.bounds}") @Min(value = 1, message = "{penalty.formRange.error.bounds}")
			@Max(value = 999_999, message = "{penalty.formRange.error.bounds}") @Nullable Integer first,
			@NotNull(message = "{penalty.formRange.error.bounds}") @Min(value = 1, message = "{penalty.formRange.error.bounds}")
			@Max(value = 999_999, message = "{penalty.formRange.error.bounds}") @Nullable Integer last) {
	}

	private final FormRangeManagement ranges;

	private final OrgManagement orgs;

	private final CurrentStaff currentStaff;

	private final WorkingCalendar calendar;

	FormRangeController(FormRangeManagement ranges, OrgManagement orgs, CurrentStaff currentStaff, WorkingCalendar calendar) {
		this.ranges = ranges;
		this.orgs = orgs;
		this.currentStaff = currentStaff;
		this.calendar = calendar;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("formRangeForm", new FormRangeForm(null, "JY" + calendar.today().getYear(), null, null));
		return page(model);
	}

	@PostMapping
	String allocate(@Valid @ModelAttribute("formRangeForm") FormRangeForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				ranges.allocate(Objects.requireNonNull(form.unitId()), Objects.requireNonNull(form.prefix()),
						Objects.requireNonNull(form.first()), Objects.requireNonNull(form.last()),
						currentStaff.actor().username(), calendar.now());
				flash.addFlashAttribute("notice", "penalty.formRange.saved");
				return "redirect:/penalties/form-ranges";
			}
			catch (PenaltyTransitionException ex) {
				errors.reject(ex.getMessage());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(model);
	}

	private String page(Model model) {
		var squads = orgs.tree().stream().map(OrgUnitRow::unit).filter(u -> u.getType() == OrgUnitType.SQUAD).toList();
		var names = new HashMap<Long, String>();
		squads.forEach(u -> names.put(u.getId(), u.getName()));
		model.addAttribute("squads", squads);
		model.addAttribute("unitNames", names);
		model.addAttribute("ranges", ranges.all());
		return "penalty/form-ranges";
	}
}
