package org.chengguan.frontage;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.category.CategoryManagement;
import org.chengguan.documents.DocumentManagement;
import org.chengguan.evidence.EvidenceFile;
import org.chengguan.evidence.EvidenceManagement;
import org.chengguan.evidence.EvidenceRejectedException;
import org.chengguan.evidence.Upload;
import org.chengguan.grid.GridManagement;
import org.chengguan.road.RoadManagement;
import org.chengguan.staff.CurrentStaff;
import org.chengguan.staff.OrgManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The squads' 门前三包 台账: the list, a unit's page and record, signing up, importing, the 责任书 and the 责任牌. */
@Controller
@RequestMapping("/frontages")
@PreAuthorize("hasAuthority('frontage:view')")
class FrontageController {

	private final FrontageManagement frontages;

	private final EvidenceManagement evidence;

	private final CategoryManagement categories;

	private final GridManagement grids;

	private final OrgManagement org;

	private final CurrentStaff currentStaff;

	private final FrontageProperties properties;

	private final WorkingCalendar calendar;

	private final DocumentManagement documents;

	private final RoadManagement roads;

	private final FrontageSheets sheets;

	FrontageController(FrontageManagement frontages, EvidenceManagement evidence, CategoryManagement categories,
			GridManagement grids, OrgManagement org, CurrentStaff currentStaff, FrontageProperties properties,
			WorkingCalendar calendar, DocumentManagement documents, RoadManagement roads, FrontageSheets sheets) {
		this.sheets = sheets;
		this.roads = roads;
		this.calendar = calendar;
		this.documents = documents;
		this.frontages = frontages;
		this.evidence = evidence;
		this.categories = categories;
		this.grids = grids;
		this.org = org;
		this.currentStaff = currentStaff;
		this.properties = properties;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		var rows = frontages.list(currentStaff.scope(), q, page);
		model.addAttribute("rows", rows.size() > 50 ? rows.subList(0, 50) : rows);
		model.addAttribute("more", rows.size() > 50);
		model.addAttribute("q", q);
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("months", properties.repeatMonths());
		return "frontage/list";
	}

	@GetMapping("/new")
	@PreAuthorize(FrontageManagement.MANAGE)
	String showForm(Model model) {
		model.addAttribute("form", NewFrontage.empty());
		return form(model);
	}

	@PostMapping
	@PreAuthorize(FrontageManagement.MANAGE)
	String register(@Valid @ModelAttribute("form") NewFrontage form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (errors.hasErrors()) {
			model.addAttribute("problem", "frontage.error.form");
			return form(model);
		}
		try {
			var unit = frontages.register(form, currentStaff.scope(), currentStaff.actor());
			flash.addFlashAttribute("notice", "frontage.registered");
			return "redirect:/frontages/" + unit.getId();
		}
		catch (FrontageRuleException ex) {
			model.addAttribute("problem", ex.getMessage());
			return form(model);
		}
	}

	private String form(Model model) {
		model.addAttribute("duties", frontages.wording());
		model.addAttribute("tiles", grids.tiles());
		model.addAttribute("outlines", grids.outlines(currentStaff.scope()).json());
		return "frontage/form";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		var scope = currentStaff.scope();
		var unit = frontages.get(id, scope);
		model.addAttribute("unit", unit);
		model.addAttribute("record", frontages.recordOf(unit.getId()));
		model.addAttribute("road", roads.chiefAt(unit.getCentreLon(), unit.getCentreLat()).orElse(null));
		model.addAttribute("mayManage", frontages.mayManage(unit, scope));
		model.addAttribute("squad", unit.getSquadId() == null ? null : org.get(unit.getSquadId()).getName());
		model.addAttribute("categoryNames", categoryNames());
		model.addAttribute("tiles", grids.tiles());
		model.addAttribute("today", calendar.today());
		model.addAttribute("zone", calendar.zone());
		return "frontage/detail";
	}

	@PostMapping("/{id}/pledge")
	@PreAuthorize(FrontageManagement.MANAGE)
	String pledge(@PathVariable long id, @RequestParam(name = "scan", required = false) @Nullable MultipartFile scan,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate signedOn,
			RedirectAttributes flash) {
		var uploads = Upload.of(scan == null ? null : List.of(scan));
		if (uploads.isEmpty() || signedOn == null) {
			flash.addFlashAttribute("problem", "frontage.error.pledge");
			return "redirect:/frontages/" + id;
		}
		try {
			frontages.pledge(id, uploads.get(0), signedOn, currentStaff.scope(), currentStaff.actor());
			flash.addFlashAttribute("notice", "frontage.pledged");
		}
		catch (FrontageRuleException ex) {
			flash.addFlashAttribute("problem", ex.getMessage());
		}
		catch (EvidenceRejectedException ex) {
			flash.addFlashAttribute("problem", ex.getMessageKey());
		}
		return "redirect:/frontages/" + id;
	}

	/** The signed 责任书 as scanned, to those who may see the unit. */
	@GetMapping("/{id}/pledge")
	ResponseEntity<InputStreamResource> pledgeFile(@PathVariable long id) throws IOException {
		var unit = frontages.get(id, currentStaff.scope());
		var fileId = unit.getPledgeFileId();
		var file = (fileId == null ? Optional.<EvidenceFile>empty()
				: evidence.find(fileId)).orElseThrow(() -> new FrontageNotFoundException(id + " pledge"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getMediaType()))
			.contentLength(file.getSizeBytes())
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(new InputStreamResource(evidence.open(file)));
	}

	/** The 责任牌 to print: the unit, its duties and the 共治码 that opens its public page. */
	@GetMapping("/{id}/plate")
	String plate(@PathVariable long id, HttpServletRequest request, Model model) {
		var unit = frontages.get(id, currentStaff.scope());
		var address = publicAddress(request, unit);
		model.addAttribute("unit", unit);
		model.addAttribute("address", address);
		model.addAttribute("qr", QrCodes.svg(address));
		model.addAttribute("agency", documents.agency());
		model.addAttribute("squad", unit.getSquadId() == null ? null : org.get(unit.getSquadId()).getName());
		return "frontage/plate";
	}

	private String publicAddress(HttpServletRequest request, FrontageUnit unit) {
		var base = properties.publicBaseUrl() != null ? properties.publicBaseUrl().toString()
				: ServletUriComponentsBuilder.fromContextPath(request)
					.build()
					.toUriString();
		return base.replaceAll("/+$", "") + "/public/frontages/" + unit.getToken();
	}

	@GetMapping("/import")
	@PreAuthorize(FrontageManagement.MANAGE)
	String importForm(Model model) {
		model.addAttribute("columns", FrontageImport.Column.values());
		return "frontage/import";
	}

	@PostMapping("/import")
	@PreAuthorize(FrontageManagement.MANAGE)
	String importSheet(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model) {
		model.addAttribute("columns", FrontageImport.Column.values());
		if (file == null || file.isEmpty()) {
			model.addAttribute("problem", "frontage.import.error.file");
			return "frontage/import";
		}
		try (var content = file.getInputStream()) {
			var rows = sheets.read(content);
			model.addAttribute("result", frontages.importRows(rows, currentStaff.scope(), currentStaff.actor()));
		}
		catch (FrontageRuleException ex) {
			model.addAttribute("problem", ex.getMessage());
		}
		catch (IOException ex) {
			model.addAttribute("problem", "frontage.import.error.file");
		}
		return "frontage/import";
	}

	/** An empty 台账 with the columns the import reads. */
	@GetMapping("/import/template.xlsx")
	@PreAuthorize(FrontageManagement.MANAGE)
	ResponseEntity<byte[]> template(Locale locale) throws IOException {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(sheets.templateName(locale), java.nio.charset.StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(sheets.template(locale));
	}

	/** The case page's panel: the unit the case was found at and its record (loaded by htmx). */
	@GetMapping("/for-case/{caseId}")
	String forCase(@PathVariable long caseId, Model model) {
		var record = frontages.ofCase(caseId).orElse(null);
		model.addAttribute("record", record);
		model.addAttribute("visible", record != null && frontages.visible(record.unitId(), currentStaff.scope()));
		return "frontage/for-case :: panel";
	}

	/** The road page's panel: the 门前三包 units along the segment (loaded by htmx). */
	@GetMapping("/for-road/{segmentId}")
	String forRoad(@PathVariable long segmentId, Model model) {
		var scope = currentStaff.scope();
		var segment = roads.get(segmentId, scope);
		model.addAttribute("units", frontages.along(segment.line(), segment.getReachMetres() + 15, scope));
		return "frontage/for-road :: panel";
	}

	private java.util.Map<String, String> categoryNames() {
		var names = new java.util.HashMap<String, String>();
		for (var key : properties.categories()) {
			categories.findByKey(key).ifPresent(c -> names.put(key, c.getName()));
		}
		return names;
	}
}
