package org.chengguan.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.category.CategoryManagement;
import org.chengguan.documents.Agency;
import org.chengguan.documents.DocumentManagement;
import org.chengguan.penalty.BenchmarkManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public portal, without an account: its front page, 案件查询, 执法公示 (《行政处罚法》第三十九条) and the
 * published 裁量基准 (第三十四条).
 */
@Controller
@RequestMapping("/public")
class PortalController {

	/** What the lookup form sends: the case number and the last four digits of the phone given with the report. */
	record LookupForm(@NotBlank @Size(max = 40) @Nullable String number,
			@NotBlank @Pattern(regexp = "[0-9]{4}") @Nullable String lastFour) {
	}

	private final CaseLookup lookup;

	private final DocumentManagement documents;

	private final BenchmarkManagement benchmarks;

	private final CategoryManagement categories;

	private final WorkingCalendar calendar;

	PortalController(CaseLookup lookup, DocumentManagement documents, BenchmarkManagement benchmarks,
			CategoryManagement categories, WorkingCalendar calendar) {
		this.lookup = lookup;
		this.documents = documents;
		this.benchmarks = benchmarks;
		this.categories = categories;
		this.calendar = calendar;
	}

	@ModelAttribute("agency")
	Agency agency() {
		return documents.agency();
	}

	@GetMapping({ "", "/" })
	String index() {
		return "portal/index";
	}

	@GetMapping("/cases")
	String lookupForm(Model model) {
		model.addAttribute("form", new LookupForm(null, null));
		return "portal/cases";
	}

	@PostMapping("/cases")
	String lookup(@Valid @ModelAttribute("form") LookupForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (errors.hasErrors() || form.number() == null || form.lastFour() == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", "portal.lookup.invalid");
			return "portal/cases";
		}
		var result = lookup.find(request.getRemoteAddr(), form.number(), form.lastFour());
		model.addAttribute("outcome", result.outcome().name());
		var found = result.found();
		if (found != null) {
			model.addAttribute("found", found);
			model.addAttribute("category",
					found.categoryKey() == null ? null : categories.findByKey(found.categoryKey()).orElse(null));
			model.addAttribute("zone", calendar.zone());
		}
		if (result.outcome() == CaseLookup.Outcome.LIMITED) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		}
		return "portal/cases";
	}

	/** 执法公示 (《行政处罚法》第三十九条): the agency, its 权责清单, the procedures and the remedies. */
	@GetMapping("/enforcement")
	String enforcement(Model model) {
		model.addAttribute("entries", benchmarks.validOn(calendar.today()));
		return "portal/enforcement";
	}

	/** 裁量基准 as published (《行政处罚法》第三十四条：行政处罚裁量基准应当向社会公布). */
	@GetMapping("/benchmarks")
	String benchmarks(Model model) {
		model.addAttribute("entries", benchmarks.validOn(calendar.today()));
		return "portal/benchmarks";
	}
}
