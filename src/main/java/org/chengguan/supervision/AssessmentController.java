package org.chengguan.supervision;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.staff.CurrentStaff;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 月度考核: the list, computing a month, its review, publication and correction, and the 季度通报. */
@Controller
@PreAuthorize("hasAuthority('supervision:view')")
class AssessmentController {

	private final AssessmentManagement assessments;

	private final Schemes schemes;

	private final CurrentStaff currentStaff;

	private final WorkingCalendar calendar;

	AssessmentController(AssessmentManagement assessments, Schemes schemes, CurrentStaff currentStaff,
			WorkingCalendar calendar) {
		this.assessments = assessments;
		this.schemes = schemes;
		this.currentStaff = currentStaff;
		this.calendar = calendar;
	}

	@GetMapping("/supervision/assessments")
	String list(Model model) {
		model.addAttribute("assessments", assessments.list());
		model.addAttribute("lastMonth", YearMonth.from(calendar.today()).minusMonths(1));
		model.addAttribute("subjects", MonthlyAssessment.Subject.values());
		model.addAttribute("schemes", schemes.inForce(calendar.today()));
		return "supervision/assessments";
	}

	@PostMapping("/supervision/assessments")
	String compute(@RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) MonthlyAssessment.@Nullable Subject subject,
			@RequestParam(required = false) @Nullable String scheme, RedirectAttributes flash) {
		YearMonth parsed;
		try {
			parsed = YearMonth.parse(month == null ? "" : month);
		}
		catch (DateTimeParseException ex) {
			flash.addFlashAttribute("problem", "supervision.assessment.error.month");
			return "redirect:/supervision/assessments";
		}
		if (subject == null) {
			flash.addFlashAttribute("problem", "supervision.assessment.error.subject");
			return "redirect:/supervision/assessments";
		}
		try {
			var id = assessments.compute(parsed, subject, scheme, currentStaff.actor());
			flash.addFlashAttribute("notice", "supervision.assessment.done.COMPUTE");
			return "redirect:/supervision/assessments/" + id;
		}
		catch (AssessmentRuleException refused) {
			flash.addFlashAttribute("problem", refused.getMessage());
			return "redirect:/supervision/assessments";
		}
	}

	@GetMapping("/supervision/assessments/{id}")
	String show(@PathVariable long id, Model model) {
		var assessment = assessments.get(id);
		model.addAttribute("a", assessment);
		model.addAttribute("scheme", schemes.get(assessment.getSchemeCode(), assessment.getSchemeVersion()).orElse(null));
		model.addAttribute("mayReview", AssessmentAction.REVIEW.allows(currentStaff.actor().username(), assessment));
		model.addAttribute("zone", calendar.zone());
		return "supervision/assessment";
	}

	@PostMapping("/supervision/assessments/{id}/{action}")
	String act(@PathVariable long id, @PathVariable String action, @RequestParam long rowVersion,
			@RequestParam(required = false) @Nullable String opinion, RedirectAttributes flash) {
		var text = opinion == null ? "" : opinion.strip();
		AssessmentAction step;
		try {
			step = AssessmentAction.valueOf(action);
		}
		catch (IllegalArgumentException ex) {
			throw new AssessmentNotFoundException(id);
		}
		if (step.opinionRequired() && (text.isEmpty() || text.length() > 500)) {
			flash.addFlashAttribute("problem", "supervision.assessment.error.opinion");
			return "redirect:/supervision/assessments/" + id;
		}
		try {
			var shown = switch (step) {
				case COMPUTE -> throw new AssessmentNotFoundException(id);
				case REVIEW -> {
					assessments.review(id, rowVersion, text, currentStaff.actor());
					yield id;
				}
				case PUBLISH -> {
					assessments.publish(id, rowVersion, currentStaff.actor());
					yield id;
				}
				case CORRECT -> assessments.correct(id, rowVersion, text, currentStaff.actor());
			};
			flash.addFlashAttribute("notice", "supervision.assessment.done." + step);
			return "redirect:/supervision/assessments/" + shown;
		}
		catch (AssessmentRuleException refused) {
			flash.addFlashAttribute("problem", refused.getMessage());
			return "redirect:/supervision/assessments/" + id;
		}
	}

	@GetMapping("/supervision/reports/quarter")
	String quarter(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Integer quarter,
			@RequestParam(required = false) MonthlyAssessment.@Nullable Subject subject, Model model) {
		var previous = YearMonth.from(calendar.today()).minusMonths(3);
		var y = year == null || year < 2000 || year > 2100 ? previous.getYear() : year;
		var q = quarter == null || quarter < 1 || quarter > 4 ? (previous.getMonthValue() - 1) / 3 + 1 : quarter;
		model.addAttribute("report", assessments.quarter(y, q, subject == null ? MonthlyAssessment.Subject.STREET
				: subject));
		model.addAttribute("subjects", MonthlyAssessment.Subject.values());
		return "supervision/quarter";
	}
}
