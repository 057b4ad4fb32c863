package org.chengguan.supervision;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.caseflow.CaseManagement;
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

/** 热点台账: the ledger with this month's 动态清零 by street, a point with its inspections, and each step on it. */
@Controller
@PreAuthorize("hasAnyAuthority('supervision:view', 'case:check', 'case:dispose')")
class HotspotController {

	private final HotspotManagement hotspots;

	private final CaseManagement cases;

	private final Names names;

	private final CurrentStaff currentStaff;

	private final WorkingCalendar calendar;

	HotspotController(HotspotManagement hotspots, CaseManagement cases, Names names, CurrentStaff currentStaff,
			WorkingCalendar calendar) {
		this.hotspots = hotspots;
		this.cases = cases;
		this.names = names;
		this.currentStaff = currentStaff;
		this.calendar = calendar;
	}

	@GetMapping("/supervision/hotspots")
	String list(Model model) {
		var asker = Asker.of(currentStaff);
		var month = Period.of(Period.Kind.MONTH, calendar.today());
		var zone = calendar.zone();
		model.addAttribute("points", hotspots.visibleTo(asker));
		model.addAttribute("streets", hotspots.streetsClear(month.from().atStartOfDay(zone).toInstant(),
				month.to().atStartOfDay(zone).toInstant(), asker));
		model.addAttribute("names", names.all(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		model.addAttribute("units", names.units());
		model.addAttribute("now", calendar.now());
		model.addAttribute("zone", zone);
		// complaint clusters are proposed by the nightly job alone
		model.addAttribute("origins", List.of(Hotspot.Origin.INSPECTION, Hotspot.Origin.LEADERSHIP,
				Hotspot.Origin.SUPERVISION_NOTICE));
		model.addAttribute("mayPropose", asker.holds("supervision:manage") || asker.holds("case:check"));
		return "supervision/hotspots";
	}

	@PostMapping("/supervision/hotspots")
	String propose(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) @Nullable Double lon,
			@RequestParam(required = false) @Nullable Double lat, @RequestParam(defaultValue = "") String categories,
			@RequestParam(required = false) Hotspot.@Nullable Origin origin, RedirectAttributes flash) {
		var keys = categories.strip();
		if (name.isBlank() || name.length() > 200 || lon == null || lat == null || lon < -180 || lon > 180
				|| lat < -90 || lat > 90 || origin == null || origin == Hotspot.Origin.COMPLAINT_CLUSTER
				|| !keys.matches("([EC]\\d{5}(,[EC]\\d{5})*)?")) {
			flash.addFlashAttribute("problem", "supervision.hotspot.error.form");
			return "redirect:/supervision/hotspots";
		}
		try {
			var id = hotspots.propose(name.strip(), lon, lat, keys.isEmpty() ? null : keys, origin,
					Asker.of(currentStaff));
			flash.addFlashAttribute("notice", "supervision.hotspot.done.PROPOSE");
			return "redirect:/supervision/hotspots/" + id;
		}
		catch (HotspotRuleException refused) {
			flash.addFlashAttribute("problem", refused.getMessage());
			return "redirect:/supervision/hotspots";
		}
	}

	@GetMapping("/supervision/hotspots/{id}")
	String show(@PathVariable long id, Model model) {
		var asker = Asker.of(currentStaff);
		var point = hotspots.get(id, asker);
		model.addAttribute("p", point);
		model.addAttribute("allowed", Arrays.stream(HotspotAction.values()).filter(a -> a.allows(asker, point))
			.map(Enum::name).collect(Collectors.toSet()));
		model.addAttribute("units", names.units());
		model.addAttribute("dispatchUnits", cases.dispatchUnits());
		model.addAttribute("zone", calendar.zone());
		model.addAttribute("revisitDue", point.revisitDue(calendar.now(), calendar.zone()));
		return "supervision/hotspot";
	}

	@PostMapping("/supervision/hotspots/{id}/{action}")
	String act(@PathVariable long id, @PathVariable HotspotAction action, @RequestParam long rowVersion,
			@RequestParam Map<String, String> form, RedirectAttributes flash) {
		var asker = Asker.of(currentStaff);
		try {
			switch (action) {
				case LIST -> {
					var target = form.getOrDefault("target", "").strip();
					if (!form.getOrDefault("unitId", "").matches("\\d{1,18}") || target.isEmpty() || target.length() > 300) {
						throw new HotspotRuleException("supervision.hotspot.error.list");
					}
					hotspots.list(id, rowVersion, Long.parseLong(form.get("unitId")), target, asker);
				}
				case DECLINE -> hotspots.decline(id, rowVersion, asker);
				case START -> hotspots.start(id, rowVersion, asker);
				case INSPECT -> {
					var note = form.getOrDefault("note", "").strip();
					if (!form.getOrDefault("violations", "").matches("\\d{1,3}") || note.length() > 500) {
						throw new HotspotRuleException("supervision.hotspot.error.inspection");
					}
					hotspots.inspect(id, rowVersion, Integer.parseInt(form.get("violations")),
							note.isEmpty() ? null : note, "true".equals(form.get("openCase")), asker);
				}
				case CLEAR -> hotspots.clear(id, rowVersion, asker);
				case RETIRE -> hotspots.retire(id, rowVersion, asker);
			}
			flash.addFlashAttribute("notice", "supervision.hotspot.done." + action);
		}
		catch (HotspotRuleException refused) {
			flash.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/supervision/hotspots/" + id;
	}
}
