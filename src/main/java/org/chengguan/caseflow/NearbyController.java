package org.chengguan.caseflow;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.category.CategoryManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Possible duplicates while a call is being entered (D2, domain.md §4.5): once the place (and the category) are
 * known, the open cases of the same family within 50 m in the last 7 days, each with its distance, time and summary,
 * so that the 受理员 can merge before saving. Loaded into the intake forms by htmx.
 */
@Controller
@PreAuthorize("hasAuthority('case:view')")
class NearbyController {

	private final DuplicateFinder duplicates;

	private final CategoryManagement categories;

	private final WorkingCalendar calendar;

	NearbyController(DuplicateFinder duplicates, CategoryManagement categories, WorkingCalendar calendar) {
		this.duplicates = duplicates;
		this.categories = categories;
		this.calendar = calendar;
	}

	@GetMapping("/cases/nearby")
	String nearby(@RequestParam(required = false) @Nullable Double lon,
			@RequestParam(required = false) @Nullable Double lat,
			@RequestParam(required = false) @Nullable Long categoryId, Model model) {
		var located = lon != null && lat != null && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
		var key = categoryId == null ? null
				: categories.find(categoryId)
					.filter(c -> !c.isHeader())
					.map(c -> c.getKey())
					.orElse(null);
		model.addAttribute("located", located);
		model.addAttribute("nearby", located ? duplicates.nearPoint(lon, lat, key, calendar.now(), 5)
				: java.util.List.of());
		model.addAttribute("zone", calendar.zone());
		return "case/nearby :: nearby";
	}
}
