package org.chengguan.caseflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chengguan.grid.GridManagement;
import org.chengguan.staff.CurrentStaff;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** 案件地图: the open cases within one's 辖区 on the grid outlines, coloured by warning level. */
@Controller
@PreAuthorize("hasAuthority('case:view') and hasAuthority('grid:view')")
class CaseMapController {

	/** Points on one map: enough for a city's open cases, small enough for a phone. */
	static final int MOST_POINTS = 5000;

	private final CaseSearch search;

	private final GridManagement grids;

	private final CurrentStaff currentStaff;

	private final MessageSource messages;

	CaseMapController(CaseSearch search, GridManagement grids, CurrentStaff currentStaff, MessageSource messages) {
		this.search = search;
		this.grids = grids;
		this.currentStaff = currentStaff;
		this.messages = messages;
	}

	@GetMapping("/cases/map")
	String map(Model model) {
		model.addAttribute("outlines", grids.outlines(currentStaff.scope()).json());
		model.addAttribute("tiles", grids.tiles());
		return "case/map";
	}

	/** The open cases as a GeoJSON FeatureCollection (status and level named in the reader's language). */
	@GetMapping(path = "/cases/map/points", produces = "application/geo+json")
	@ResponseBody
	Map<String, Object> points() {
		var locale = LocaleContextHolder.getLocale();
		var features = search.openPoints(currentStaff.scope(), MOST_POINTS).stream().map(p -> {
			var properties = new LinkedHashMap<String, Object>();
			properties.put("id", p.id());
			properties.put("number", p.number());
			properties.put("status", messages.getMessage("caseflow.status." + p.status(), null, locale));
			properties.put("level", p.level().name());
			properties.put("levelName", messages.getMessage("caseflow.level." + p.level(), null, locale));
			properties.put("summary", p.summary());
			return (Object) Map.of("type", "Feature", "properties", properties, "geometry",
					Map.of("type", "Point", "coordinates", List.of(p.lon(), p.lat())));
		}).toList();
		return Map.of("type", "FeatureCollection", "features", features);
	}
}
