package org.chengguan.supervision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chengguan.grid.GridManagement;
import org.chengguan.staff.CurrentStaff;
import org.chengguan.calendar.WorkingCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 督查考核 dashboard: the figures of a period and scope with 环比 and 同比, the ranking, and the charts, which read
 * their JSON from the endpoints below with the page's own query string. A filter change swaps the board (htmx).
 */
@Controller
@PreAuthorize("hasAuthority('supervision:view')")
class DashboardController {

	/** The indicators the trend chart draws. */
	static final List<Indicator> TREND = List.of(Indicator.CLOSE_RATE, Indicator.ON_TIME_CLOSE_RATE,
			Indicator.DISPOSE_RATE, Indicator.ON_TIME_DISPOSE_RATE);

	private final SupervisionManagement supervision;

	private final ScopeOptions options;

	private final GridManagement grids;

	private final CurrentStaff currentStaff;

	private final WorkingCalendar calendar;

	private final MessageSource messages;

	private final SupervisionProperties properties;

	DashboardController(SupervisionManagement supervision, ScopeOptions options, GridManagement grids,
			CurrentStaff currentStaff, WorkingCalendar calendar, MessageSource messages,
			SupervisionProperties properties) {
		this.supervision = supervision;
		this.options = options;
		this.grids = grids;
		this.currentStaff = currentStaff;
		this.calendar = calendar;
		this.messages = messages;
		this.properties = properties;
	}

	@GetMapping("/supervision")
	String dashboard(DashboardFilter.Form form, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Model model) {
		var filter = filter(form);
		model.addAttribute("view", supervision.dashboard(filter, properties.settings(), LocaleContextHolder.getLocale()));
		model.addAttribute("query", filter.query());
		model.addAttribute("sections", SupervisionManagement.Section.values());
		model.addAttribute("kinds", Period.Kind.values());
		model.addAttribute("groupings", FactStore.Grouping.values());
		if (htmx != null) {
			return "supervision/dashboard :: board";
		}
		model.addAttribute("options", options.of(currentStaff.scope(), LocaleContextHolder.getLocale()));
		model.addAttribute("outlines", grids.outlines(currentStaff.scope()).json());
		model.addAttribute("tiles", grids.tiles());
		return "supervision/dashboard";
	}

	/** Twelve months up to the period: cases received and the rates of {@link #TREND}, in per cent. */
	@GetMapping(path = "/supervision/trend.json", produces = "application/json")
	@ResponseBody
	Map<String, Object> trend(DashboardFilter.Form form) {
		var months = supervision.trend(filter(form));
		var series = new java.util.ArrayList<Map<String, Object>>();
		for (var indicator : TREND) {
			series.add(Map.of("name", label("supervision.indicator." + indicator), "data", months.stream()
				.map(m -> indicator.of(m.tally(), properties.settings()).value().orElse(null))
				.toList()));
		}
		var json = new LinkedHashMap<String, Object>();
		json.put("months", months.stream().map(m -> m.month().toString()).toList());
		json.put("casesName", label("supervision.count.cases"));
		json.put("cases", months.stream().map(m -> m.tally().cases()).toList());
		json.put("series", series);
		return json;
	}

	/** How far the cases of the period got: reported, registered, dispatched, disposed, checked, closed. */
	@GetMapping(path = "/supervision/stages.json", produces = "application/json")
	@ResponseBody
	List<Map<String, Object>> stages(DashboardFilter.Form form) {
		var t = supervision.tally(filter(form));
		var counts = new LinkedHashMap<String, Long>();
		counts.put("reported", t.reported());
		counts.put("registered", t.registered());
		counts.put("dispatched", t.dispatched());
		counts.put("disposed", t.disposed());
		counts.put("checked", t.checked());
		counts.put("closed", t.closed());
		return counts.entrySet().stream()
			.map(e -> Map.<String, Object>of("name", label("supervision.count." + e.getKey()), "value", e.getValue()))
			.toList();
	}

	/** The cases of the period per unit grid at its centre (the heat map). */
	@GetMapping(path = "/supervision/grids.json", produces = "application/json")
	@ResponseBody
	List<SupervisionManagement.GridCount> grids(DashboardFilter.Form form) {
		return supervision.grids(filter(form));
	}

	private DashboardFilter filter(DashboardFilter.Form form) {
		return DashboardFilter.of(form, calendar.today(), currentStaff.scope());
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
