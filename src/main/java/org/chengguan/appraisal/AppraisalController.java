package org.chengguan.appraisal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.staff.StaffSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 协管员考核: a month's squads, computing one, its review, publication and correction, and the complaints. */
@Controller
@RequestMapping("/appraisals")
@PreAuthorize("hasAnyAuthority('appraisal:view', 'appraisal:manage')")
class AppraisalController {

	private static final String MANAGE = "hasAuthority('appraisal:manage')";

	private final AppraisalManagement appraisals;

	private final AppraisalSchemes schemes;

	private final Viewers viewers;

	private final WorkingCalendar calendar;

	AppraisalController(AppraisalManagement appraisals, AppraisalSchemes schemes, Viewers viewers,
			WorkingCalendar calendar) {
		this.appraisals = appraisals;
		this.schemes = schemes;
		this.viewers = viewers;
		this.calendar = calendar;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String month, Model model) {
		var chosen = monthOr(month, YearMonth.from(calendar.today()).minusMonths(1));
		model.addAttribute("month", chosen);
		model.addAttribute("squads", appraisals.month(chosen, viewers.current()));
		return "appraisal/list";
	}

	@PostMapping
	@PreAuthorize(MANAGE)
	String compute(@RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @Nullable Long unit, RedirectAttributes flash) {
		YearMonth parsed;
		try {
			parsed = YearMonth.parse(month == null ? "" : month);
		}
		catch (DateTimeParseException ex) {
			flash.addFlashAttribute("problem", "appraisal.error.month");
			return "redirect:/appraisals";
		}
		if (unit == null) {
			flash.addFlashAttribute("problem", "appraisal.error.squad");
			return "redirect:/appraisals?month=" + parsed;
		}
		try {
			var id = appraisals.compute(parsed, unit, viewers.current());
			flash.addFlashAttribute("notice", "appraisal.done.COMPUTE");
			return "redirect:/appraisals/" + id;
		}
		catch (AppraisalRuleException refused) {
			flash.addFlashAttribute("problem", refused.getMessage());
			return "redirect:/appraisals?month=" + parsed;
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		var viewer = viewers.current();
		var appraisal = appraisals.get(id, viewer);
		model.addAttribute("a", appraisal);
		model.addAttribute("unitName", appraisals.unitName(appraisal.getUnitId()));
		model.addAttribute("scheme", appraisals.schemeOf(appraisal).orElse(null));
		model.addAttribute("grades", appraisals.seesGrades(appraisal, viewer));
		model.addAttribute("actions", appraisals.actions(appraisal, viewer));
		model.addAttribute("versions", appraisals.versions(appraisal, viewer));
		model.addAttribute("me", viewer.actor().id());
		model.addAttribute("zone", calendar.zone());
		return "appraisal/show";
	}

	@PostMapping("/{id}/{action}")
	@PreAuthorize(MANAGE)
	String act(@PathVariable long id, @PathVariable String action, @RequestParam long rowVersion,
			@RequestParam(required = false) @Nullable String opinion, RedirectAttributes flash) {
		var text = opinion == null ? "" : opinion.strip();
		AppraisalAction step;
		try {
			step = AppraisalAction.valueOf(action);
		}
		catch (IllegalArgumentException ex) {
			throw new AppraisalNotFoundException("action " + action);
		}
		if (step.opinionRequired() && (text.isEmpty() || text.length() > 500)) {
			flash.addFlashAttribute("problem", "appraisal.error.opinion");
			return "redirect:/appraisals/" + id;
		}
		var viewer = viewers.current();
		try {
			var shown = switch (step) {
				case COMPUTE -> throw new AppraisalNotFoundException("action " + action);
				case REVIEW -> {
					appraisals.review(id, rowVersion, text, viewer);
					yield id;
				}
				case PUBLISH -> {
					appraisals.publish(id, rowVersion, viewer);
					yield id;
				}
				case CORRECT -> appraisals.correct(id, rowVersion, text, viewer);
			};
			flash.addFlashAttribute("notice", "appraisal.done." + step);
			return "redirect:/appraisals/" + shown;
		}
		catch (AppraisalRuleException refused) {
			flash.addFlashAttribute("problem", refused.getMessage());
			return "redirect:/appraisals/" + id;
		}
	}

	@GetMapping("/complaints")
	@PreAuthorize(MANAGE)
	String complaints(@RequestParam long unit, @RequestParam(required = false) @Nullable String month, Model model) {
		var chosen = monthOr(month, YearMonth.from(calendar.today()));
		var viewer = viewers.current();
		var squad = appraisals.month(chosen, viewer).stream().filter(s -> s.unitId() == unit).findFirst()
			.orElseThrow(() -> new AppraisalNotFoundException("unit " + unit));
		model.addAttribute("squad", squad);
		model.addAttribute("month", chosen);
		var auxiliaries = appraisals.auxiliariesOf(unit);
		model.addAttribute("auxiliaries", auxiliaries);
		model.addAttribute("names", auxiliaries.stream()
			.collect(java.util.stream.Collectors.toMap(StaffSummary::id, StaffSummary::name)));
		model.addAttribute("complaints", appraisals.complaints(unit, chosen, viewer));
		model.addAttribute("sources", Complaint.Source.values());
		model.addAttribute("today", calendar.today());
		return "appraisal/complaints";
	}

	@PostMapping("/complaints")
	@PreAuthorize(MANAGE)
	String record(@RequestParam long unit, @RequestParam(required = false) @Nullable Long staff,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate receivedOn,
			@RequestParam(required = false) Complaint.@Nullable Source source,
			@RequestParam(required = false) @Nullable String summary,
			@RequestParam(required = false) @Nullable String caseNumber,
			@RequestParam(defaultValue = "false") boolean upheld, RedirectAttributes flash) {
		var back = "redirect:/appraisals/complaints?unit=" + unit;
		if (staff == null || appraisals.auxiliariesOf(unit).stream().noneMatch(a -> a.id() == staff)) {
			flash.addFlashAttribute("problem", "appraisal.complaint.error.staff");
			return back;
		}
		if (receivedOn == null || source == null) {
			flash.addFlashAttribute("problem", receivedOn == null ? "appraisal.complaint.error.date"
					: "appraisal.complaint.error.source");
			return back;
		}
		try {
			appraisals.record(new AppraisalManagement.NewComplaint(staff, receivedOn, source,
					Objects.requireNonNullElse(summary, ""), caseNumber, upheld), viewers.current());
			flash.addFlashAttribute("notice", "appraisal.complaint.done");
			return back + "&month=" + YearMonth.from(receivedOn);
		}
		catch (AppraisalRuleException refused) {
			flash.addFlashAttribute("problem", refused.getMessage());
			return back;
		}
	}

	@GetMapping("/scheme")
	String scheme(Model model) {
		model.addAttribute("schemes", schemes.all());
		var inForce = schemes.inForce(calendar.today()).orElse(null);
		model.addAttribute("inForce", inForce);
		model.addAttribute("metrics", AppraisalMetric.values());
		model.addAttribute("nextMonth", YearMonth.from(calendar.today()).plusMonths(1).atDay(1));
		model.addAttribute("grades", java.util.stream.IntStream.rangeClosed(1, SchemeForm.GRADES).boxed().toList());
		return "appraisal/scheme";
	}

	/** 修订方案: the next version of the scheme in force, from the first of a month, with the reason. */
	@PostMapping("/scheme")
	@PreAuthorize(MANAGE)
	String revise(@RequestParam java.util.Map<String, String> form, RedirectAttributes flash) {
		try {
			var code = schemes.inForce(calendar.today()).map(AppraisalScheme::code).orElse("AUXILIARY");
			var reason = form.get("reason");
			if (reason != null && reason.strip().length() > 500) {
				throw new AppraisalRuleException("appraisal.scheme.error.reason");
			}
			var version = schemes.save(SchemeForm.read(code, form), reason == null ? null : reason.strip(),
					viewers.current().actor().username(), calendar.now());
			flash.addFlashAttribute("notice", "appraisal.scheme.done");
			flash.addFlashAttribute("savedVersion", version);
		}
		catch (AppraisalRuleException refused) {
			flash.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/appraisals/scheme";
	}

	private static YearMonth monthOr(@Nullable String month, YearMonth otherwise) {
		try {
			return month == null || month.isBlank() ? otherwise : YearMonth.parse(month);
		}
		catch (DateTimeParseException ex) {
			return otherwise;
		}
	}
}
