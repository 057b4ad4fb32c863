package org.chengguan.caseflow;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.category.CategoryKind;
import org.chengguan.category.CategoryManagement;
import org.chengguan.evidence.EvidenceRejectedException;
import org.chengguan.evidence.Upload;
import org.chengguan.grid.GridManagement;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.staff.CurrentStaff;
import org.chengguan.staff.OrgManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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

/** The case page: facts, location, caller (masked), photos, timers, timeline, and the actions open to the viewer. */
@Controller
@RequestMapping("/cases")
@PreAuthorize("hasAuthority('case:view')")
class CaseController {

	private final CaseManagement cases;

	private final ApprovalManagement approvals;

	private final IntakeManagement intake;

	private final CategoryManagement categories;

	private final OrgManagement org;

	private final CurrentStaff currentStaff;

	private final WorkingCalendar calendar;

	private final GridManagement grids;

	CaseController(CaseManagement cases, ApprovalManagement approvals, IntakeManagement intake,
			CategoryManagement categories, OrgManagement org, CurrentStaff currentStaff, WorkingCalendar calendar,
			GridManagement grids) {
		this.grids = grids;
		this.calendar = calendar;
		this.cases = cases;
		this.approvals = approvals;
		this.intake = intake;
		this.categories = categories;
		this.org = org;
		this.currentStaff = currentStaff;
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
		var actor = currentStaff.actor();
		var report = intake.report(subject.getReportId());
		var mayReveal = has(user, "case:view-caller");
		model.addAttribute("c", subject);
		model.addAttribute("zone", calendar.zone());
		model.addAttribute("now", calendar.now());
		model.addAttribute("report", report);
		model.addAttribute("caller", report.hasReporter()
				? intake.caller(report.getId(), revealCaller && mayReveal, actor) : null);
		model.addAttribute("mayReveal", mayReveal);
		model.addAttribute("mayAnswer", cases.mayAnswer(subject, actor));
		model.addAttribute("people", cases.assigneeNames(subject));
		var merged = cases.mergedCases(subject.getId());
		model.addAttribute("merged", merged);
		model.addAttribute("mergedCallers", merged.stream()
			.collect(Collectors.toMap(MergedCase::id, m -> intake.caller(m.reportId(), false, actor))));
		var actions = cases.actionsFor(subject, actor);
		model.addAttribute("actions", actions);
		// 待定位: the 受理员 pins the report on a map of the outlines.
		var pinning = subject.getUnitGridCode() == null && has(user, "grid:view") && actions.contains(CaseAction.ACCEPT);
		model.addAttribute("outlines", pinning ? grids.outlines(currentStaff.scope()).json() : null);
		model.addAttribute("tiles", grids.tiles());
		model.addAttribute("unitNames", org.tree()
			.stream()
			.collect(Collectors.toMap(r -> Objects.requireNonNull(r.unit().getId()), r -> r.unit().getName())));
		model.addAttribute("units", actions.contains(CaseAction.DISPATCH) ? cases.dispatchUnits() : List.of());
		model.addAttribute("routedUnit", cases.routedUnit(subject).orElse(null));
		for (var task : List.of(CaseAction.SEND_VERIFY, CaseAction.SEND_CHECK)) {
			model.addAttribute("workers" + task.name(),
					actions.contains(task) ? cases.fieldWorkers(subject, task) : List.of());
		}
		var categoryId = subject.getProblem().getCategoryId();
		model.addAttribute("category", categoryId == null ? null : categories.get(categoryId));
		model.addAttribute("registrable", actions.contains(CaseAction.ACCEPT) ? categories.registrable()
				: java.util.Set.of());
		model.addAttribute("eventCategories", actions.contains(CaseAction.ACCEPT) ? categories
			.search(CategoryKind.EVENT, "")
			.stream()
			.filter(c -> !c.isHeader() && c.isEnabled())
			.toList() : List.of());
		model.addAttribute("duplicates", subject.getStatus().isTerminal() ? List.of()
				: cases.possibleDuplicates(subject));
		return "case/detail";
	}

	/** Every action posts here; its photos are stored with it, in its transaction. */
	@PostMapping("/{id}/actions/{action}")
	String act(@PathVariable long id, @PathVariable CaseAction action,
			@Valid @ModelAttribute @Nullable CaseActionForm form, BindingResult errors,
			@RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos,
			RedirectAttributes flash) {
		if (form == null || errors.hasErrors()) {
			flash.addFlashAttribute("problem", "caseflow.error.form");
			return "redirect:/cases/" + id;
		}
		try {
			perform(id, action, form, Upload.of(photos));
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

	private void perform(long id, CaseAction action, CaseActionForm form, List<Upload> photos) {
		var actor = currentStaff.actor();
		var scope = currentStaff.scope();
		long version = form.version();
		var opinion = form.opinion();
		switch (action) {
			case ACCEPT -> cases.accept(id, version, required(form.categoryId()), form.pin(), opinion, actor, scope);
			case REGISTER -> cases.register(id, version, required(form.conditionId()), opinion, actor, scope);
			case DISPATCH -> cases.dispatch(id, version, required(form.unitId()), opinion, actor, scope);
			case SEND_VERIFY, SEND_CHECK -> cases.sendTask(id, version, action, form.assigneeId(), opinion, actor,
					scope);
			case MERGE -> cases.merge(id, version, Objects.requireNonNullElse(form.parentNumber(), ""), opinion,
					actor, scope);
			case EXTEND_REQUEST -> approvals.requestExtension(id, version, form.until(), opinion, actor, scope);
			case EXTEND_APPROVE -> approvals.approveExtension(id, version, form.until(), opinion, actor, scope);
			case HOLD_REQUEST -> approvals.requestHold(id, version, form.until(), opinion, actor, scope);
			case HOLD_APPROVE -> approvals.approveHold(id, version, opinion, actor, scope);
			case RESUME -> approvals.resume(id, version, opinion, actor, scope);
			default -> cases.act(id, version, action, opinion, photos, actor, scope);
		}
	}

	private static long required(@Nullable Long value) {
		if (value == null) {
			throw new CaseTransitionException("caseflow.error.form");
		}
		return value;
	}

	private static boolean has(Authentication user, String authority) {
		return user.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
	}
}
