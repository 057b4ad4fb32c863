package org.chengguan.caseflow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.category.CategoryKind;
import org.chengguan.category.CategoryManagement;
import org.chengguan.evidence.EvidenceManagement;
import org.chengguan.evidence.EvidenceRejectedException;
import org.chengguan.evidence.EvidenceSource;
import org.chengguan.grid.GridManagement;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.staff.CurrentStaff;
import org.chengguan.staff.OrgManagement;
import org.chengguan.staff.OrgUnitRow;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
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

/** The case page: facts, location, caller (masked), photos, timers, timeline, and the actions open to the viewer. */
@Controller
@RequestMapping("/cases")
@PreAuthorize("hasAuthority('case:view')")
class CaseController {

	private static final int MAX_PHOTOS = 9;

	private final CaseManagement cases;

	private final IntakeManagement intake;

	private final CategoryManagement categories;

	private final OrgManagement org;

	private final EvidenceManagement evidence;

	private final CurrentStaff currentStaff;

	private final TransactionTemplate transaction;

	private final WorkingCalendar calendar;

	private final GridManagement grids;

	CaseController(CaseManagement cases, IntakeManagement intake, CategoryManagement categories, OrgManagement org,
			EvidenceManagement evidence, CurrentStaff currentStaff, TransactionTemplate transaction,
			WorkingCalendar calendar, GridManagement grids) {
		this.grids = grids;
		this.calendar = calendar;
		this.cases = cases;
		this.intake = intake;
		this.categories = categories;
		this.org = org;
		this.evidence = evidence;
		this.currentStaff = currentStaff;
		this.transaction = transaction;
	}

	/** Where intake pages send their staff after recording a report: its case. */
	@GetMapping("/report/{reportId}")
	String byReport(@PathVariable long reportId) {
		return cases.byReport(reportId)
			.map(c -> "redirect:/cases/" + c.id())
			.orElseThrow(() -> new CaseNotFoundException("report " + reportId));
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(defaultValue = "false") boolean revealCaller,
			Authentication user, Model model) {
		var subject = cases.get(id, currentStaff.scope());
		var report = intake.report(subject.getReportId());
		var mayReveal = has(user, "case:view-caller");
		model.addAttribute("c", subject);
		model.addAttribute("zone", calendar.zone());
		model.addAttribute("now", calendar.now());
		model.addAttribute("report", report);
		model.addAttribute("caller", report.hasReporter()
				? intake.caller(report.getId(), revealCaller && mayReveal, currentStaff.actor()) : null);
		model.addAttribute("mayReveal", mayReveal);
		model.addAttribute("mayAnswer", cases.mayAnswer(subject));
		// 待定位: the 受理员 pins the report on a map of the outlines.
		var pinning = subject.getUnitGridCode() == null && has(user, "grid:view") && has(user, "case:accept");
		model.addAttribute("outlines", pinning ? grids.outlines(currentStaff.scope()).json() : null);
		model.addAttribute("tiles", grids.tiles());
		model.addAttribute("actions", Arrays.stream(CaseAction.values())
			.filter(a -> a.isManual() && subject.offers(a) && has(user, a.authority()))
			.toList());
		var units = org.tree().stream().map(OrgUnitRow::unit).toList();
		model.addAttribute("units", units);
		model.addAttribute("unitNames", units.stream()
			.collect(Collectors.toMap(u -> Objects.requireNonNull(u.getId()), u -> u.getName())));
		model.addAttribute("routedUnit", cases.routedUnit(subject).orElse(null));
		var categoryId = subject.getCategoryId();
		model.addAttribute("category", categoryId == null ? null : categories.get(categoryId));
		model.addAttribute("eventCategories", categories.search(CategoryKind.EVENT, "")
			.stream()
			.filter(c -> !c.isHeader() && c.isEnabled())
			.toList());
		model.addAttribute("duplicates", subject.getStatus().isTerminal() ? List.of()
				: cases.possibleDuplicates(subject));
		return "case/detail";
	}

	/** Every action posts here; photos are stored in the same transaction as the action. */
	@PostMapping("/{id}/actions/{action}")
	String act(@PathVariable long id, @PathVariable CaseAction action,
			@Valid @ModelAttribute @Nullable CaseActionForm form, BindingResult errors,
			@RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos,
			RedirectAttributes flash) {
		if (form == null || errors.hasErrors()) {
			flash.addFlashAttribute("problem", "caseflow.error.form");
			return "redirect:/cases/" + id;
		}
		var files = photos == null ? List.<MultipartFile>of()
				: photos.stream().filter(p -> !p.isEmpty()).toList();
		if (files.size() > MAX_PHOTOS) {
			flash.addFlashAttribute("problem", "caseflow.error.tooManyPhotos");
			return "redirect:/cases/" + id;
		}
		try {
			transaction.executeWithoutResult(tx -> perform(id, action, form, files));
			flash.addFlashAttribute("notice", "caseflow.done." + action);
		}
		catch (CaseTransitionException ex) {
			flash.addFlashAttribute("problem", ex.getMessage());
		}
		catch (EvidenceRejectedException ex) {
			flash.addFlashAttribute("problem", ex.getMessageKey());
		}
		return "redirect:/cases/" + id;
	}

	private void perform(long id, CaseAction action, CaseActionForm form, List<MultipartFile> photos) {
		var actor = currentStaff.actor();
		var scope = currentStaff.scope();
		long version = form.version();
		switch (action) {
			case ACCEPT -> cases.accept(id, version, required(form.categoryId()),
					form.lon() == null || form.lat() == null ? null : new CaseManagement.Point(form.lon(), form.lat()),
					actor, scope);
			case REGISTER -> cases.register(id, version, required(form.conditionId()), form.opinion(), actor, scope);
			case DISPATCH -> cases.dispatch(id, version, required(form.unitId()), form.opinion(), actor, scope);
			case MERGE -> cases.merge(id, version, form.parentNumber() == null ? "" : form.parentNumber(),
					form.opinion(), actor, scope);
			case HOLD_REQUEST -> cases.requestHold(id, version, form.holdUntil(), form.opinion(), actor, scope);
			case RESUME -> cases.resume(id, version, form.opinion(), actor, scope);
			default -> cases.act(id, version, action, form.opinion(), store(photos, actor.username()), actor, scope);
		}
	}

	private static long required(@Nullable Long value) {
		if (value == null) {
			throw new CaseTransitionException("caseflow.error.form");
		}
		return value;
	}

	private List<Long> store(List<MultipartFile> photos, String username) {
		var ids = new ArrayList<Long>();
		for (var photo : photos) {
			try (var in = photo.getInputStream()) {
				var file = evidence.store(in, Objects.requireNonNullElse(photo.getOriginalFilename(), "photo"),
						new EvidenceSource("CASE", null, username));
				if (!file.getMediaType().startsWith("image/")) {
					throw new CaseTransitionException("caseflow.error.notImage");
				}
				ids.add(Objects.requireNonNull(file.getId()));
			}
			catch (IOException ex) {
				throw new CaseTransitionException("caseflow.error.upload");
			}
		}
		return ids;
	}

	private static boolean has(Authentication user, String authority) {
		return user.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
	}
}
