package org.chengguan.supervision;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.caseflow.CaseManagement;
import org.chengguan.evidence.EvidenceManagement;
import org.chengguan.evidence.EvidenceRejectedException;
import org.chengguan.staff.CurrentStaff;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 监管通知单: the list with the 问题整改率, issuing one, the unit's reply and the 督查股's verification. */
@Controller
@PreAuthorize("hasAnyAuthority('supervision:view', 'case:dispose')")
class NoticeController {

	private final NoticeManagement notices;

	private final CaseManagement cases;

	private final CurrentStaff currentStaff;

	private final Names names;

	private final WorkingCalendar calendar;

	private final EvidenceManagement evidence;

	NoticeController(NoticeManagement notices, CaseManagement cases, CurrentStaff currentStaff, Names names,
			WorkingCalendar calendar, EvidenceManagement evidence) {
		this.notices = notices;
		this.cases = cases;
		this.currentStaff = currentStaff;
		this.names = names;
		this.calendar = calendar;
		this.evidence = evidence;
	}

	@GetMapping("/supervision/notices")
	String list(Model model) {
		var today = calendar.today();
		model.addAttribute("notices", notices.visibleTo(Asker.of(currentStaff)));
		model.addAttribute("rate", notices.rate(today.withDayOfYear(1), today.plusDays(1)).figure());
		model.addAttribute("units", names.units());
		model.addAttribute("zone", calendar.zone());
		return "supervision/notices";
	}

	@GetMapping("/supervision/notices/new")
	@PreAuthorize("hasAuthority('supervision:manage')")
	String showIssueForm(Model model) {
		model.addAttribute("units", cases.dispatchUnits());
		model.addAttribute("rows", NoticeForm.ROWS);
		model.addAttribute("deadline", calendar.today().plusDays(7));
		return "supervision/notice-new";
	}

	@PostMapping("/supervision/notices")
	@PreAuthorize("hasAuthority('supervision:manage')")
	String issue(@RequestParam(required = false) @Nullable Long targetUnitId,
			@RequestParam(defaultValue = "") String title, @RequestParam MultiValueMap<String, String> form,
			@RequestParam MultiValueMap<String, MultipartFile> files, RedirectAttributes flash) {
		List<NoticeManagement.NewItem> items;
		try {
			items = NoticeForm.items(form, files, calendar.today());
		}
		catch (NoticeRuleException refused) {
			flash.addFlashAttribute("problem", refused.getMessage());
			return "redirect:/supervision/notices/new";
		}
		if (targetUnitId == null || title.isBlank() || title.length() > 200 || items.isEmpty()) {
			flash.addFlashAttribute("problem", "supervision.notice.error.form");
			return "redirect:/supervision/notices/new";
		}
		try {
			var id = notices.issue(targetUnitId, title.strip(), items, Asker.of(currentStaff));
			flash.addFlashAttribute("notice", "supervision.notice.done.ISSUE");
			return "redirect:/supervision/notices/" + id;
		}
		catch (NoticeRuleException refused) {
			flash.addFlashAttribute("problem", refused.getMessage());
			return "redirect:/supervision/notices/new";
		}
		catch (EvidenceRejectedException photo) {
			flash.addFlashAttribute("problem", photo.getMessageKey());
			return "redirect:/supervision/notices/new";
		}
	}

	@GetMapping("/supervision/notices/{id}")
	String show(@PathVariable long id, Model model) {
		var asker = Asker.of(currentStaff);
		var notice = notices.get(id, asker);
		model.addAttribute("n", notice);
		model.addAttribute("mayReply", NoticeAction.REPLY.allows(asker.holds("case:dispose"), asker.orgUnitId(), notice));
		model.addAttribute("mayVerify", NoticeAction.VERIFY.allows(asker.holds("supervision:manage"),
				asker.orgUnitId(), notice));
		model.addAttribute("units", names.units());
		model.addAttribute("zone", calendar.zone());
		return "supervision/notice";
	}

	/** A photo of an item, to those who may see the notice, and only if it belongs to one of its items. */
	@GetMapping("/supervision/notices/{id}/photos/{evidenceId}")
	ResponseEntity<InputStreamResource> photo(@PathVariable long id, @PathVariable long evidenceId)
			throws IOException {
		var notice = notices.get(id, Asker.of(currentStaff));
		var belongs = notice.getItems().stream().anyMatch(i -> Arrays.asList(i.photoIds()).contains(evidenceId));
		var file = evidence.find(evidenceId).filter(f -> belongs).orElseThrow(() -> new NoticeNotFoundException(id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getMediaType()))
			.contentLength(file.getSizeBytes())
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(new InputStreamResource(evidence.open(file)));
	}

	@PostMapping("/supervision/notices/{id}/{action}")
	String act(@PathVariable long id, @PathVariable NoticeAction action, @RequestParam long rowVersion,
			@RequestParam Map<String, String> form, RedirectAttributes flash) {
		try {
			if (action == NoticeAction.REPLY) {
				var text = Objects.requireNonNullElse(form.get("reply"), "").strip();
				if (text.isEmpty() || text.length() > 2000) {
					throw new NoticeRuleException("supervision.notice.error.reply");
				}
				var rectified = new HashMap<Integer, Boolean>();
				form.forEach((k, v) -> position(k, "rectified").ifPresent(p -> rectified.put(p, "true".equals(v))));
				notices.reply(id, rowVersion, rectified, text, Asker.of(currentStaff));
			}
			else {
				var results = new HashMap<Integer, SupervisionNotice.Verification>();
				var notes = new HashMap<Integer, String>();
				form.forEach((k, v) -> {
					position(k, "result").ifPresent(p -> results.put(p, SupervisionNotice.Verification.valueOf(v)));
					position(k, "note").filter(p -> !v.isBlank()).ifPresent(p -> notes.put(p, v.strip()));
				});
				if (notes.values().stream().anyMatch(n -> n.length() > 500)) {
					throw new NoticeRuleException("supervision.notice.error.note");
				}
				notices.verify(id, rowVersion, results, notes, Asker.of(currentStaff));
			}
			flash.addFlashAttribute("notice", "supervision.notice.done." + action);
		}
		catch (NoticeRuleException refused) {
			flash.addFlashAttribute("problem", refused.getMessage());
		}
		catch (IllegalArgumentException badResult) {
			flash.addFlashAttribute("problem", "supervision.notice.error.verifyAll");
		}
		return "redirect:/supervision/notices/" + id;
	}

	/** The item position of a form field named {@code prefix + position}. */
	private static java.util.Optional<Integer> position(String field, String prefix) {
		return field.matches(prefix + "\\d{1,2}") ? java.util.Optional.of(Integer.parseInt(field.substring(prefix.length())))
				: java.util.Optional.empty();
	}

}
