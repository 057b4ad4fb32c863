package org.chengguan.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAuthority('audit:view')")
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable Long before,
			@RequestParam(defaultValue = "") String actor, Model model) {
		var entries = trail.page(before, actor.trim(), PAGE_SIZE);
		model.addAttribute("entries", entries);
		model.addAttribute("actor", actor.trim());
		model.addAttribute("next", entries.size() == PAGE_SIZE ? entries.get(entries.size() - 1).seq() : null);
		return "audit/list";
	}

	/** Verifies the whole chain; answers with the result panel. */
	@PostMapping("/verify")
	@PreAuthorize("hasAuthority('audit:verify')")
	String verify(Model model) {
		model.addAttribute("verification", trail.verify());
		return "audit/list :: verification";
	}
}
