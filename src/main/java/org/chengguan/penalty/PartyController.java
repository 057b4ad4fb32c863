package org.chengguan.penalty;

import org.chengguan.party.PartyManagement;
import org.chengguan.staff.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** 当事人: the party (masked, or in full on request and on the audit trail) and their proceedings. */
@Controller
@PreAuthorize(PenaltyController.ANY_PENALTY_ROLE)
class PartyController {

	private final PartyManagement parties;

	private final ProceedingDesk desk;

	private final CurrentStaff currentStaff;

	PartyController(PartyManagement parties, ProceedingDesk desk, CurrentStaff currentStaff) {
		this.parties = parties;
		this.desk = desk;
		this.currentStaff = currentStaff;
	}

	@GetMapping("/parties/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("party", parties.find(id).orElseThrow(() -> new PenaltyNotFoundException(id)));
		return page(id, model);
	}

	/** The party in full: who read it is recorded. */
	@PostMapping("/parties/{id}/reveal")
	String reveal(@PathVariable long id, Model model) {
		model.addAttribute("party", parties.reveal(id, currentStaff.actor().username())
			.orElseThrow(() -> new PenaltyNotFoundException(id)));
		return page(id, model);
	}

	private String page(long id, Model model) {
		model.addAttribute("rows", desk.ofParty(id, currentStaff.scope()));
		model.addAttribute("violations", desk.violationsOf(id, currentStaff.scope()));
		return "penalty/party";
	}
}
