package org.chengguan.road;

import jakarta.validation.Valid;
import org.chengguan.grid.GridManagement;
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

/** 路长制: the segments of the 辖区, one segment with its 路长, duties, grids and open cases, setting up and handing over. */
@Controller
@RequestMapping("/roads")
@PreAuthorize("hasAuthority('road:view')")
class RoadController {

	private final RoadManagement roads;

	private final GridManagement grids;

	private final CurrentStaff currentStaff;

	RoadController(RoadManagement roads, GridManagement grids, CurrentStaff currentStaff) {
		this.roads = roads;
		this.grids = grids;
		this.currentStaff = currentStaff;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rows", roads.list(currentStaff.scope()));
		model.addAttribute("mine", roads.ledBy(currentStaff.id()));
		return "road/list";
	}

	@GetMapping("/new")
	@PreAuthorize(RoadManagement.MANAGE)
	String showForm(Model model) {
		model.addAttribute("form", NewRoad.empty());
		return form(model);
	}

	@PostMapping
	@PreAuthorize(RoadManagement.MANAGE)
	String register(@Valid @ModelAttribute("form") NewRoad form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (errors.hasErrors()) {
			model.addAttribute("problem", "road.error.form");
			return form(model);
		}
		try {
			var segment = roads.register(form, currentStaff.scope(), currentStaff.actor());
			flash.addFlashAttribute("notice", "road.registered");
			return "redirect:/roads/" + segment.getId();
		}
		catch (RoadRuleException ex) {
			model.addAttribute("problem", ex.getMessage());
			return form(model);
		}
	}

	private String form(Model model) {
		model.addAttribute("duties", roads.duties());
		model.addAttribute("tiles", grids.tiles());
		model.addAttribute("outlines", grids.outlines(currentStaff.scope()).json());
		return "road/form";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		var scope = currentStaff.scope();
		var segment = roads.get(id, scope);
		model.addAttribute("segment", segment);
		model.addAttribute("chief", roads.chiefOfSegment(segment));
		model.addAttribute("grids", roads.gridsOf(id));
		model.addAttribute("open", roads.openCases(id, scope));
		model.addAttribute("tiles", grids.tiles());
		return "road/detail";
	}

	/** 路长交接: another person answers for the segment. */
	@PostMapping("/{id}/chief")
	@PreAuthorize(RoadManagement.MANAGE)
	String handOver(@PathVariable long id, @RequestParam(defaultValue = "") String chief, RedirectAttributes flash) {
		try {
			roads.handOver(id, chief, currentStaff.scope());
			flash.addFlashAttribute("notice", "road.handedOver");
		}
		catch (RoadRuleException ex) {
			flash.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/roads/" + id;
	}

	/** The case page's panel: the segment the case was found on and its 路长 (loaded by htmx). */
	@GetMapping("/for-case/{caseId}")
	String forCase(@PathVariable long caseId, Model model) {
		model.addAttribute("chief", roads.chiefOfCase(caseId).orElse(null));
		return "road/for-case :: panel";
	}
}
