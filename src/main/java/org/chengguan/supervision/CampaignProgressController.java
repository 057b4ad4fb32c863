package org.chengguan.supervision;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The campaign page's progress panel (loaded by htmx): every target against the figures so far, and 回头看. */
@Controller
@PreAuthorize("hasAuthority('campaign:view')")
class CampaignProgressController {

	private final CampaignProgress progress;

	CampaignProgressController(CampaignProgress progress) {
		this.progress = progress;
	}

	@GetMapping("/supervision/campaigns/{id}/progress")
	String progress(@PathVariable long id, Model model) {
		model.addAttribute("report", progress.of(id));
		return "supervision/campaign-progress :: panel";
	}
}
