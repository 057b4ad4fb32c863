package org.chengguan.grid;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.chengguan.staff.CurrentStaff;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/map")
@PreAuthorize("hasAuthority('grid:view')")
class MapController {

	/** A point to locate. */
	record LocateForm(
			@NotNull(message = "{grid.locate.lon.required}") @DecimalMin(value = "-180", message = "{grid.locate.lon.range}")
			@DecimalMax(value = "180", message = "{grid.locate.lon.range}") @Nullable Double lon,
			@NotNull(message = "{grid.locate.lat.required}") @DecimalMin(value = "-90", message = "{grid.locate.lat.range}")
			@DecimalMax(value = "90", message = "{grid.locate.lat.range}") @Nullable Double lat) {
	}

	private final GridManagement grids;

	private final CurrentStaff currentStaff;

	private final GridProperties properties;

	MapController(GridManagement grids, CurrentStaff currentStaff, GridProperties properties) {
		this.grids = grids;
		this.currentStaff = currentStaff;
		this.properties = properties;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("layers", grids.mapLayers(currentStaff.scope()));
		model.addAttribute("tiles", properties);
		return "grid/map";
	}

	/** 地址搜索: named places matching the text, as buttons that put the pin there. */
	@GetMapping("/search")
	String search(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String q, Model model) {
		var text = q.length() > 50 ? q.substring(0, 50) : q;
		model.addAttribute("places", grids.searchPlaces(text, 10));
		model.addAttribute("query", text.strip());
		return "grid/map :: search-results";
	}

	/** Which unit grid a point lies in; answers with the result fragment. */
	@GetMapping("/locate")
	String locate(@Valid @ModelAttribute("locateForm") @Nullable LocateForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		model.addAttribute("submitted", true);
		if (form == null || errors.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "grid/map :: locate-result";
		}
		var located = grids.gridAt(java.util.Objects.requireNonNull(form.lon()),
				java.util.Objects.requireNonNull(form.lat()));
		model.addAttribute("located", located.filter(l -> currentStaff.scope().coversRegion(l.unitGridCode())));
		model.addAttribute("searched", true);
		return "grid/map :: locate-result";
	}
}
