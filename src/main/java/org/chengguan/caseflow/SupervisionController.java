package org.chengguan.caseflow;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.staff.CurrentStaff;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 督办 on the case page: raised by those with {@code case:supervise}, answered in writing by whoever works the case. */
@Controller
@RequestMapping("/cases/{id}/supervisions")
class SupervisionController {

	/** A 督办 to raise: its level, the day it must be answered by, and why. */
	record SupervisionForm(@NotNull @Nullable SupervisionLevel level,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueOn,
			@NotBlank @Size(max = 500) @Nullable String reason) {
	}

	private final CaseManagement cases;

	private final CurrentStaff currentStaff;

	private final WorkingCalendar calendar;

	SupervisionController(CaseManagement cases, CurrentStaff currentStaff, WorkingCalendar calendar) {
		this.cases = cases;
		this.currentStaff = currentStaff;
		this.calendar = calendar;
	}

	@PostMapping
	String raise(@PathVariable long id, @Valid @ModelAttribute @Nullable SupervisionForm form, BindingResult errors,
			RedirectAttributes flash) {
		if (form == null || errors.hasErrors()) {
			flash.addFlashAttribute("problem", "caseflow.error.supervisionForm");
			return "redirect:/cases/" + id;
		}
		// Due at the end of the chosen day.
		var dueAt = Objects.requireNonNull(form.dueOn()).plusDays(1).atStartOfDay(calendar.zone()).toInstant();
		return done(id, flash, "caseflow.done.SUPERVISE", () -> cases.supervise(id,
				Objects.requireNonNull(form.level()), dueAt, Objects.requireNonNull(form.reason()).strip(),
				currentStaff.actor(), currentStaff.scope()));
	}

	@PostMapping("/{supervisionId}/answer")
	String answer(@PathVariable long id, @PathVariable long supervisionId,
			@RequestParam(defaultValue = "") String reply, RedirectAttributes flash) {
		var text = reply.strip();
		if (text.isEmpty() || text.length() > 2000) {
			flash.addFlashAttribute("problem", "caseflow.error.supervisionReply");
			return "redirect:/cases/" + id;
		}
		return done(id, flash, "caseflow.done.ANSWER",
				() -> cases.answerSupervision(id, supervisionId, text, currentStaff.actor(), currentStaff.scope()));
	}

	private static String done(long id, RedirectAttributes flash, String notice, Runnable change) {
		try {
			change.run();
			flash.addFlashAttribute("notice", notice);
		}
		catch (CaseTransitionException ex) {
			flash.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/cases/" + id;
	}
}
