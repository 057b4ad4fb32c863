package org.chengguan.penalty;

import java.util.List;

import org.chengguan.frontage.FrontageManagement;
import org.chengguan.party.IdType;
import org.chengguan.party.PartyManagement;
import org.chengguan.party.PartyView;
import org.chengguan.staff.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** 当事人: the party (masked, or in full on request and on the audit trail), their proceedings and 门前三包 units. */
@Controller
@PreAuthorize(PenaltyController.ANY_PENALTY_ROLE)
class PartyController {

	private final PartyManagement parties;

	private final ProceedingDesk desk;

	private final CurrentStaff currentStaff;

	private final FrontageManagement frontages;

	PartyController(PartyManagement parties, ProceedingDesk desk, CurrentStaff currentStaff,
			FrontageManagement frontages) {
		this.frontages = frontages;
		this.parties = parties;
		this.desk = desk;
		this.currentStaff = currentStaff;
	}

	@GetMapping("/parties/{id}")
	String show(@PathVariable long id, Model model) {
		var party = parties.find(id).orElseThrow(() -> new PenaltyNotFoundException(id));
		model.addAttribute("party", party);
		return page(party, model);
	}

	/** The party in full: who read it is recorded. */
	@PostMapping("/parties/{id}/reveal")
	String reveal(@PathVariable long id, Model model) {
		var party = parties.reveal(id, currentStaff.actor().username())
			.orElseThrow(() -> new PenaltyNotFoundException(id));
		model.addAttribute("party", party);
		return page(party, model);
	}

	private String page(PartyView party, Model model) {
		var id = party.id();
		model.addAttribute("rows", desk.ofParty(id, currentStaff.scope()));
		model.addAttribute("violations", desk.violationsOf(id, currentStaff.scope()));
		// An organisation's frontage units by its 统一社会信用代码 (in the clear for organisations), in the 辖区.
		var scope = currentStaff.scope();
		model.addAttribute("frontages", party.idType() != IdType.CREDIT_CODE ? List.of()
				: frontages.ofCreditCode(party.idNumber()).stream().filter(r -> frontages.visible(r.unitId(), scope))
					.toList());
		return "penalty/party";
	}
}
