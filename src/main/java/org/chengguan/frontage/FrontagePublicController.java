package org.chengguan.frontage;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.chengguan.category.CategoryManagement;
import org.chengguan.documents.Agency;
import org.chengguan.documents.DocumentManagement;
import org.chengguan.evidence.EvidenceRejectedException;
import org.chengguan.evidence.Upload;
import org.chengguan.road.RoadManagement;
import org.chengguan.staff.OrgManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The page a 共治码 opens, without an account: the unit's name and its three duties, the squad to call, and a form to
 * report a problem at that frontage. Nothing personal is shown — not the contact, the phone, the 信用代码 or any case.
 */
@Controller
@RequestMapping("/public/frontages")
class FrontagePublicController {

	private final FrontageManagement frontages;

	private final PublicReports reports;

	private final CategoryManagement categories;

	private final DocumentManagement documents;

	private final OrgManagement org;

	private final FrontageProperties properties;

	private final RoadManagement roads;

	FrontagePublicController(FrontageManagement frontages, PublicReports reports, CategoryManagement categories,
			DocumentManagement documents, OrgManagement org, FrontageProperties properties, RoadManagement roads) {
		this.roads = roads;
		this.frontages = frontages;
		this.reports = reports;
		this.categories = categories;
		this.documents = documents;
		this.org = org;
		this.properties = properties;
	}

	@ModelAttribute("agency")
	Agency agency() {
		return documents.agency();
	}

	@GetMapping("/{token}")
	String show(@PathVariable String token, Model model) {
		return page(unit(token), new PublicReports.Form(null, null, null), model);
	}

	@PostMapping("/{token}/reports")
	String report(@PathVariable String token, @RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable String phone,
			@RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		var unit = unit(token);
		var form = new PublicReports.Form(category, description, phone);
		try {
			var outcome = reports.report(token, form, Upload.of(photos), request.getRemoteAddr());
			if (outcome.limited()) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				model.addAttribute("problem", "frontage.report.limited");
				return page(unit, form, model);
			}
			model.addAttribute("unit", unit);
			model.addAttribute("caseNumber", outcome.caseNumber());
			model.addAttribute("withPhone", phone != null && !phone.isBlank());
			return "frontage/public-reported";
		}
		catch (FrontageRuleException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", ex.getMessage());
		}
		catch (EvidenceRejectedException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", ex.getMessageKey());
		}
		return page(unit, form, model);
	}

	private FrontageUnit unit(String token) {
		return frontages.byToken(token)
			.filter(FrontageUnit::isActive)
			.orElseThrow(() -> new FrontageNotFoundException("token"));
	}

	private String page(FrontageUnit unit, PublicReports.Form form, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("form", form);
		model.addAttribute("squad", unit.getSquadId() == null ? null : org.get(unit.getSquadId()).getName());
		// the 路长 by name, as a 路长公示牌 shows them; never a phone of a person
		model.addAttribute("road", roads.chiefAt(unit.getCentreLon(), unit.getCentreLat()).orElse(null));
		var offered = new java.util.LinkedHashMap<String, String>();
		for (var key : properties.categories()) {
			categories.findByKey(key).ifPresent(c -> offered.put(key, c.getName()));
		}
		model.addAttribute("categories", (Map<String, String>) offered);
		model.addAttribute("maxPhotos", PublicReports.MAX_PHOTOS);
		return "frontage/public";
	}
}
