package org.chengguan.penalty;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.staff.CurrentStaff;
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

/** 裁量基准: every version for everyone in proceedings; new entries and revisions for the 法制股. */
@Controller
@RequestMapping("/penalties/benchmarks")
@PreAuthorize(PenaltyController.ANY_PENALTY_ROLE)
class BenchmarkController {

	private final BenchmarkManagement benchmarks;

	private final CurrentStaff currentStaff;

	private final WorkingCalendar calendar;

	BenchmarkController(BenchmarkManagement benchmarks, CurrentStaff currentStaff, WorkingCalendar calendar) {
		this.benchmarks = benchmarks;
		this.currentStaff = currentStaff;
		this.calendar = calendar;
	}

	/** Every version; or the 首违不罚清单: the benchmarks in force whose first offence may go unpunished (第三十三条). */
	@GetMapping
	String list(@RequestParam(name = "firstOffence", defaultValue = "false") boolean firstOffence, Model model) {
		var today = calendar.today();
		model.addAttribute("entries", firstOffence ? benchmarks.validOn(today).stream()
			.filter(BenchmarkEntry::isFirstOffenceEligible).toList() : benchmarks.allVersions());
		model.addAttribute("firstOffence", firstOffence);
		model.addAttribute("today", calendar.today());
		return "penalty/benchmarks";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("entry", benchmarks.find(id).orElseThrow(() -> new PenaltyNotFoundException(id)));
		model.addAttribute("today", calendar.today());
		return "penalty/benchmark";
	}

	@GetMapping("/new")
	@PreAuthorize(BenchmarkManagement.LEGAL_SECTION)
	String newEntry(Model model) {
		model.addAttribute("benchmarkForm", BenchmarkForm.empty(calendar.today().plusDays(1)));
		return "penalty/benchmark-form";
	}

	@GetMapping("/{id}/revise")
	@PreAuthorize(BenchmarkManagement.LEGAL_SECTION)
	String revision(@PathVariable long id, Model model) {
		var entry = benchmarks.find(id).orElseThrow(() -> new PenaltyNotFoundException(id));
		model.addAttribute("benchmarkForm", BenchmarkForm.of(entry, calendar.today().plusDays(1)));
		model.addAttribute("entry", entry);
		return "penalty/benchmark-form";
	}

	@PostMapping({ "/new", "/{id}/revise" })
	@PreAuthorize(BenchmarkManagement.LEGAL_SECTION)
	String save(@Valid @ModelAttribute("benchmarkForm") BenchmarkForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				var code = form.code() == null ? "" : form.code();
				var saved = benchmarks.allVersions().stream().anyMatch(e -> e.getCode().equals(code))
						? benchmarks.revise(code, form.terms(), java.util.Objects.requireNonNull(form.validFrom()),
								currentStaff.actor())
						: benchmarks.create(code, form.terms(), java.util.Objects.requireNonNull(form.validFrom()),
								currentStaff.actor());
				flash.addFlashAttribute("notice", "penalty.benchmark.saved");
				return "redirect:/penalties/benchmarks/" + saved.getId();
			}
			catch (BenchmarkRuleException ex) {
				errors.reject(ex.getMessage());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return "penalty/benchmark-form";
	}
}
