package org.chengguan.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.evidence.EvidenceRejectedException;
import org.chengguan.evidence.Upload;
import org.chengguan.grid.GridManagement;
import org.chengguan.road.RoadManagement;
import org.chengguan.staff.CurrentStaff;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.OrgManagement;
import org.chengguan.staff.OrgUnitType;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 专项整治: the campaigns, setting one up, a campaign's page with its 日报 and the form to file today's. */
@Controller
@RequestMapping("/campaigns")
@PreAuthorize("hasAuthority('campaign:view')")
class CampaignController {

	/** How many target rows the set-up form offers. */
	static final int TARGET_ROWS = 5;

	private final CampaignManagement campaigns;

	private final GridManagement grids;

	private final RoadManagement roads;

	private final OrgManagement org;

	private final CurrentStaff currentStaff;

	private final WorkingCalendar calendar;

	CampaignController(CampaignManagement campaigns, GridManagement grids, RoadManagement roads, OrgManagement org,
			CurrentStaff currentStaff, WorkingCalendar calendar) {
		this.campaigns = campaigns;
		this.grids = grids;
		this.roads = roads;
		this.org = org;
		this.currentStaff = currentStaff;
		this.calendar = calendar;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("campaigns", campaigns.list());
		model.addAttribute("today", calendar.today());
		return "campaign/list";
	}

	@GetMapping("/new")
	@PreAuthorize(CampaignManagement.MANAGE)
	String showForm(Model model) {
		return form(model, Map.of());
	}

	private String form(Model model, Map<String, List<String>> given) {
		var scope = currentStaff.scope();
		var regions = new LinkedHashMap<String, String>();
		new java.util.TreeMap<>(grids.regionNames()).forEach((code, name) -> {
			if ((code.length() == 6 || code.length() == 9) && scope.coversRegion(code)) {
				regions.put(code, name);
			}
		});
		model.addAttribute("regions", regions);
		model.addAttribute("roads", roads.list(scope));
		model.addAttribute("units", org.tree().stream()
			.filter(r -> r.unit().getType() == OrgUnitType.SQUAD || r.unit().getType() == OrgUnitType.BRIGADE)
			.map(r -> r.unit())
			.toList());
		model.addAttribute("kinds", CampaignKind.values());
		model.addAttribute("metrics", CampaignMetric.values());
		model.addAttribute("rows", TARGET_ROWS);
		model.addAttribute("given", given);
		return "campaign/form";
	}

	@PostMapping
	@PreAuthorize(CampaignManagement.MANAGE)
	String create(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes flash) {
		try {
			var campaign = campaigns.create(plan(form), currentStaff.scope(), currentStaff.actor());
			flash.addFlashAttribute("notice", "campaign.created");
			return "redirect:/campaigns/" + campaign.getId();
		}
		catch (CampaignRuleException ex) {
			model.addAttribute("problem", ex.getMessage());
			return form(model, form);
		}
	}

	/** The plan as the form sent it; what cannot even be read is refused with its message. */
	static CampaignPlan plan(MultiValueMap<String, String> form) {
		try {
			var targets = new ArrayList<Campaign.Target>();
			var metrics = form.getOrDefault("metric", List.of());
			var values = form.getOrDefault("target", List.of());
			var from = form.getOrDefault("baseFrom", List.of());
			var to = form.getOrDefault("baseTo", List.of());
			for (var i = 0; i < metrics.size(); i++) {
				if (metrics.get(i).isBlank()) {
					continue;
				}
				var metric = CampaignMetric.valueOf(metrics.get(i));
				targets.add(new Campaign.Target(targets.size() + 1, metric, new BigDecimal(at(values, i)),
						date(at(from, i)), date(at(to, i))));
			}
			return new CampaignPlan(first(form, "name"), CampaignKind.valueOf(first(form, "kind")),
					LocalDate.parse(first(form, "startsOn")), LocalDate.parse(first(form, "endsOn")),
					Integer.parseInt(first(form, "revisitDays").isBlank() ? "30" : first(form, "revisitDays")),
					first(form, "description").isBlank() ? null : first(form, "description"),
					set(form.get("regions")), new LinkedHashSet<>(set(form.get("roads")).stream().map(Long::valueOf)
						.toList()), categories(first(form, "categories")),
					new LinkedHashSet<>(set(form.get("units")).stream().map(Long::valueOf).toList()), targets);
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			throw new CampaignRuleException("campaign.error.form");
		}
	}

	private static String first(MultiValueMap<String, String> form, String name) {
		var value = form.getFirst(name);
		return value == null ? "" : value.strip();
	}

	private static String at(List<String> values, int index) {
		return index < values.size() ? values.get(index).strip() : "";
	}

	private static @Nullable LocalDate date(String text) {
		return text.isBlank() ? null : LocalDate.parse(text);
	}

	private static Set<String> set(@Nullable List<String> values) {
		return values == null ? Set.of() : new LinkedHashSet<>(values.stream().filter(v -> !v.isBlank()).toList());
	}

	/** Category keys as typed: E09006, E09005 … (commas, spaces or 、 between). */
	static Set<String> categories(String text) {
		var keys = new LinkedHashSet<String>();
		for (var key : text.toUpperCase(java.util.Locale.ROOT).split("[\\s,，、]+")) {
			if (!key.isBlank()) {
				keys.add(key);
			}
		}
		return keys;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		var campaign = campaigns.get(id);
		var actor = currentStaff.actor();
		model.addAttribute("campaign", campaign);
		model.addAttribute("today", calendar.today());
		model.addAttribute("phase", campaign.phaseOn(calendar.today()));
		model.addAttribute("units", campaigns.unitNames(campaign));
		// the last week's 日报, newest first (the chart shows every day), and who has filed today
		var all = campaigns.reports(id);
		var since = calendar.today().minusDays(6);
		var recent = new ArrayList<>(all.stream().filter(r -> !r.getDay().isBefore(since)).toList());
		java.util.Collections.reverse(recent);
		model.addAttribute("reports", recent);
		model.addAttribute("filedToday", all.stream()
			.filter(r -> r.getDay().equals(calendar.today()))
			.map(DailyReport::getUnitId)
			.collect(java.util.stream.Collectors.toSet()));
		model.addAttribute("mayReport", campaigns.mayReport(campaign, actor));
		var names = grids.regionNames();
		model.addAttribute("regionNames", campaign.getRegions().stream().map(r -> names.getOrDefault(r, r)).toList());
		model.addAttribute("roadNames", roads.list(DataScope.everything()).stream()
			.filter(r -> campaign.getRoads().contains(r.id()))
			.map(r -> r.name())
			.toList());
		return "campaign/detail";
	}

	/** The 日报 totals per day, for the chart. */
	@GetMapping(path = "/{id}/daily.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> daily(@PathVariable long id) {
		campaigns.get(id);
		var totals = campaigns.dailyTotals(id);
		var out = new LinkedHashMap<String, Object>();
		out.put("days", totals.stream().map(t -> t.day().toString()).toList());
		out.put("inspections", totals.stream().map(CampaignManagement.DayTotals::inspections).toList());
		out.put("problems", totals.stream().map(CampaignManagement.DayTotals::problems).toList());
		out.put("casesOpened", totals.stream().map(CampaignManagement.DayTotals::casesOpened).toList());
		out.put("casesClosed", totals.stream().map(CampaignManagement.DayTotals::casesClosed).toList());
		return out;
	}

	@PostMapping("/{id}/daily")
	@PreAuthorize(CampaignManagement.REPORT)
	String fileDaily(@PathVariable long id, @RequestParam Map<String, String> form,
			@RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos,
			RedirectAttributes flash) {
		try {
			var figures = new DailyReport.Figures(count(form, "inspections"), count(form, "problems"),
					count(form, "casesOpened"), count(form, "casesClosed"), count(form, "proceedingsOpened"),
					new BigDecimal(form.getOrDefault("areaRemoved", "0").isBlank() ? "0" : form.get("areaRemoved").strip()));
			campaigns.fileDaily(id, LocalDate.parse(form.getOrDefault("day", "")), figures, form.get("note"),
					Upload.of(photos), currentStaff.actor());
			flash.addFlashAttribute("notice", "campaign.daily.filed");
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			flash.addFlashAttribute("problem", "campaign.daily.error.form");
		}
		catch (CampaignRuleException ex) {
			flash.addFlashAttribute("problem", ex.getMessage());
		}
		catch (EvidenceRejectedException ex) {
			flash.addFlashAttribute("problem", ex.getMessageKey());
		}
		return "redirect:/campaigns/" + id;
	}

	private static int count(Map<String, String> form, String name) {
		var value = form.getOrDefault(name, "");
		return value.isBlank() ? 0 : Integer.parseInt(value.strip());
	}
}
