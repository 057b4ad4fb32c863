package org.chengguan.grid;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.chengguan.staff.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@Controller
@RequestMapping("/grids/import")
@PreAuthorize("hasAuthority('grid:import')")
class GridImportController {

	private final GridManagement grids;

	private final CurrentStaff currentStaff;

	private final GridProperties properties;

	GridImportController(GridManagement grids, CurrentStaff currentStaff, GridProperties properties) {
		this.grids = grids;
		this.currentStaff = currentStaff;
		this.properties = properties;
	}

	@GetMapping
	String showForm() {
		return "grid/import";
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			return refuse(model, response, "grid.import.noFile");
		}
		if (file.getSize() > properties.maxImportBytes()) {
			return refuse(model, response, "grid.import.tooLarge");
		}
		try {
			model.addAttribute("result", grids.importGeoJson(file.getBytes(), currentStaff.actor().username()));
		}
		catch (GridImportException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", ex.getProblems());
		}
		return "grid/import";
	}

	private static String refuse(Model model, HttpServletResponse response, String key) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("problem", key);
		return "grid/import";
	}
}
