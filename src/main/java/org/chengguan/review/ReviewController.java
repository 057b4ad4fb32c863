package org.chengguan.review;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.staff.CurrentStaff;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 法制股's 案卷评查 desk: samples of closed files, each file's review against the checklist. */
@Controller
@RequestMapping("/reviews")
@PreAuthorize("hasAnyAuthority('penalty:approve:legal', 'penalty:principal')")
class ReviewController {

	private final ReviewManagement reviews;

	private final CurrentStaff currentStaff;

	private final WorkingCalendar calendar;

	ReviewController(ReviewManagement reviews, CurrentStaff currentStaff, WorkingCalendar calendar) {
		this.reviews = reviews;
		this.currentStaff = currentStaff;
		this.calendar = calendar;
	}

	@GetMapping
	String desk(Model model) {
		var batches = reviews.batches();
		model.addAttribute("batches", batches);
		model.addAttribute("summary", ReviewSummary.of(batches, reviews.filesOf(batches)));
		var today = calendar.today();
		model.addAttribute("from", today.withDayOfMonth(1).minusMonths(1));
		model.addAttribute("to", today.withDayOfMonth(1).minusDays(1));
		model.addAttribute("zone", calendar.zone());
		return "review/desk";
	}

	@PostMapping
	@PreAuthorize(ReviewManagement.REVIEWER)
	String draw(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Integer size, RedirectAttributes flash) {
		if (from == null || to == null || size == null) {
			flash.addFlashAttribute("problem", "review.error.sample");
			return "redirect:/reviews";
		}
		try {
			var batch = reviews.draw(from, to, size, currentStaff.actor());
			flash.addFlashAttribute("notice", "review.drawn");
			return "redirect:/reviews/" + batch.getId();
		}
		catch (ReviewRuleException ex) {
			flash.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/reviews";
		}
	}

	@GetMapping("/{id}")
	String batch(@PathVariable long id, Model model) {
		model.addAttribute("batch", reviews.batch(id));
		model.addAttribute("files", reviews.filesOf(id));
		return "review/batch";
	}

	@GetMapping("/files/{id}")
	String file(@PathVariable long id, Model model) {
		model.addAttribute("file", reviews.file(id));
		model.addAttribute("criteria", Criterion.values());
		model.addAttribute("zone", calendar.zone());
		return "review/file";
	}

	@PostMapping("/files/{id}")
	@PreAuthorize(ReviewManagement.REVIEWER)
	String review(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
		var scores = new EnumMap<Criterion, Integer>(Criterion.class);
		try {
			for (var criterion : Criterion.values()) {
				var given = form.get("score." + criterion.name());
				if (given != null && !given.isBlank()) {
					scores.put(criterion, Integer.valueOf(given.strip()));
				}
			}
			var version = Long.parseLong(form.getOrDefault("version", "-1"));
			reviews.review(id, version, scores, form.getOrDefault("findings", ""), currentStaff.actor());
			flash.addFlashAttribute("notice", "review.reviewed");
		}
		catch (NumberFormatException ex) {
			flash.addFlashAttribute("problem", "review.error.score");
		}
		catch (ReviewRuleException ex) {
			flash.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/reviews/files/" + id;
	}
}
