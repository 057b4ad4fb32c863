package org.chengguan.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Map;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.staff.CurrentStaff;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 考核方案: every version of every scheme, and a new version (or a new scheme) by the 督查股. Items name indicators
 * only, so no scheme can score an amount (《行政处罚法》第七十四条).
 */
@Controller
@PreAuthorize("hasAuthority('supervision:view')")
class SchemeController {

	/** Item rows of the form. */
	static final int ROWS = 8;

	private final Schemes schemes;

	private final CurrentStaff currentStaff;

	private final WorkingCalendar calendar;

	SchemeController(Schemes schemes, CurrentStaff currentStaff, WorkingCalendar calendar) {
		this.schemes = schemes;
		this.currentStaff = currentStaff;
		this.calendar = calendar;
	}

	@GetMapping("/supervision/schemes")
	String list(Model model) {
		model.addAttribute("schemes", schemes.all());
		model.addAttribute("inForce", schemes.inForce(calendar.today()));
		model.addAttribute("revisions", schemes.revisions());
		model.addAttribute("zone", calendar.zone());
		return "supervision/schemes";
	}

	@GetMapping("/supervision/schemes/new")
	@PreAuthorize("hasAuthority('supervision:manage')")
	String showForm(@RequestParam(required = false) @Nullable String from, Model model) {
		var base = schemes.all().stream().filter(s -> s.code().equals(from)).reduce((a, b) -> b).orElse(null);
		model.addAttribute("base", base);
		model.addAttribute("rows", ROWS);
		model.addAttribute("indicators", Indicator.values());
		model.addAttribute("transforms", ScoringScheme.Transform.values());
		model.addAttribute("today", calendar.today());
		return "supervision/scheme-new";
	}

	@PostMapping("/supervision/schemes")
	@PreAuthorize("hasAuthority('supervision:manage')")
	String save(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String validFrom, @RequestParam(required = false) @Nullable String reason,
			@RequestParam Map<String, String> form, RedirectAttributes flash) {
		try {
			var items = new ArrayList<ScoringScheme.Item>();
			for (var i = 0; i < ROWS; i++) {
				var indicator = form.get("indicator" + i);
				if (indicator == null || indicator.isBlank()) {
					continue;
				}
				var weight = number(form.get("weight" + i));
				var cap = form.get("cap" + i) == null || form.get("cap" + i).isBlank() ? weight : number(form.get("cap" + i));
				var perUnit = form.get("perUnit" + i) == null || form.get("perUnit" + i).isBlank() ? BigDecimal.ZERO
						: number(form.get("perUnit" + i));
				items.add(new ScoringScheme.Item(Indicator.valueOf(indicator), weight,
						ScoringScheme.Transform.valueOf(form.getOrDefault("transform" + i, "")), perUnit, cap));
			}
			if (!code.matches("[A-Z0-9-]{2,30}") || name.isBlank() || name.length() > 100 || items.isEmpty()
					|| (reason != null && reason.length() > 500)) {
				throw new IllegalArgumentException("supervision.scheme.error.form");
			}
			schemes.save(code, name.strip(), LocalDate.parse(validFrom), items,
					reason == null ? null : reason.strip(), currentStaff.actor().username(), calendar.now());
			flash.addFlashAttribute("notice", "supervision.scheme.saved");
			return "redirect:/supervision/schemes";
		}
		catch (DateTimeParseException | IllegalArgumentException refused) {
			var key = refused.getMessage() != null && refused.getMessage().startsWith("supervision.scheme.")
					? refused.getMessage() : "supervision.scheme.error.form";
			flash.addFlashAttribute("problem", key);
			return "redirect:/supervision/schemes/new" + (code.matches("[A-Z0-9-]{2,30}") ? "?from=" + code : "");
		}
	}

	private static BigDecimal number(@Nullable String text) {
		if (text == null || !text.strip().matches("\\d{1,4}(\\.\\d{1,2})?")) {
			throw new IllegalArgumentException("supervision.scheme.error.number");
		}
		return new BigDecimal(text.strip());
	}
}
