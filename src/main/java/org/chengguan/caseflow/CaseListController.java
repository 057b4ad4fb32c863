package org.chengguan.caseflow;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.intake.Channel;
import org.chengguan.staff.CurrentStaff;
import org.springframework.security.core.Authentication;
import org.chengguan.staff.OrgManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 案卷查询 and the work queues built on it: 受理台 (待受理/核实/待立案), 派遣台 (待派遣), 待核查, and the unit's
 * own task list.
 */
@Controller
@PreAuthorize("hasAuthority('case:view')")
class CaseListController {

	/** The desks: each a fixed set of states. */
	enum Queue {

		INTAKE(EnumSet.of(CaseStatus.REPORTED, CaseStatus.VERIFYING, CaseStatus.ACCEPTED)),
		DISPATCH(EnumSet.of(CaseStatus.REGISTERED)),
		UNIT(EnumSet.of(CaseStatus.DISPATCHED, CaseStatus.DISPOSING, CaseStatus.HELD)),
		CHECK(EnumSet.of(CaseStatus.DISPOSED, CaseStatus.CHECKING, CaseStatus.CHECKED));

		final Set<CaseStatus> statuses;

		Queue(Set<CaseStatus> statuses) {
			this.statuses = statuses;
		}
	}

	private final CaseSearch search;

	private final CurrentStaff currentStaff;

	private final WorkingCalendar calendar;

	private final OrgManagement org;

	CaseListController(CaseSearch search, CurrentStaff currentStaff, WorkingCalendar calendar, OrgManagement org) {
		this.org = org;
		this.search = search;
		this.currentStaff = currentStaff;
		this.calendar = calendar;
	}

	@GetMapping("/cases")
	String list(@RequestParam(required = false) @Nullable Queue queue,
			@RequestParam(required = false) @Nullable CaseStatus status,
			@RequestParam(required = false) @Nullable Channel source,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Long unit, @RequestParam(required = false) @Nullable OverdueLevel level,
			@RequestParam(required = false) @Nullable String after, Model model) {
		var statuses = status != null ? EnumSet.of(status)
				: queue != null ? queue.statuses : EnumSet.noneOf(CaseStatus.class);
		var filter = new CaseSearch.Filter(statuses, source, clean(category, "[EC]\\d{5}"),
				clean(region, "\\d{6,15}"), from, to, overdue, clean(q, ".{1,50}"), unit, level);
		model.addAttribute("page", search.search(filter, after, currentStaff.scope(), calendar.zone(), calendar.now()));
		model.addAttribute("queue", queue);
		model.addAttribute("queues", Queue.values());
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("sources", Channel.values());
		model.addAttribute("zone", calendar.zone());
		model.addAttribute("now", calendar.now());
		model.addAttribute("invalidRange", from != null && to != null && to.isBefore(from));
		return "case/list";
	}

	/**
	 * 我的任务 for the phone: what the signed-in person acts on next — 核实 and 核查 tasks for grid staff, 签收 and 处置
	 * for the unit's handlers — within their 辖区, newest first.
	 */
	@GetMapping("/tasks")
	String tasks(Authentication user, Model model) {
		var statuses = EnumSet.noneOf(CaseStatus.class);
		TASKS.forEach((authority, states) -> {
			if (user.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()))) {
				statuses.addAll(states);
			}
		});
		var filter = new CaseSearch.Filter(statuses, null, null, null, null, null, false, null, null, null);
		model.addAttribute("page", statuses.isEmpty() ? new CaseSearch.Page(List.of(), null)
				: search.search(filter, null, currentStaff.scope(), calendar.zone(), calendar.now()));
		model.addAttribute("zone", calendar.zone());
		model.addAttribute("now", calendar.now());
		return "case/tasks";
	}

	/** Which states are whose tasks, by the authority that acts on them. */
	static final Map<String, Set<CaseStatus>> TASKS = Map.of("case:verify", EnumSet.of(CaseStatus.VERIFYING),
			"case:check", EnumSet.of(CaseStatus.CHECKING), "case:sign", EnumSet.of(CaseStatus.DISPATCHED),
			"case:dispose", EnumSet.of(CaseStatus.DISPOSING));

	/** 超期清单: per handling unit, the open cases at each warning level, linked to the list of them. */
	@GetMapping("/cases/overdue")
	String overdue(Model model) {
		model.addAttribute("rows", search.overdueByUnit(currentStaff.scope()));
		model.addAttribute("unitNames", org.tree()
			.stream()
			.collect(Collectors.toMap(r -> Objects.requireNonNull(r.unit().getId()), r -> r.unit().getName())));
		return "case/overdue";
	}

	/** A filter value, or null when blank or malformed (the form shows it was ignored). */
	private static @Nullable String clean(@Nullable String value, String pattern) {
		if (value == null || value.isBlank()) {
			return null;
		}
		var trimmed = value.strip();
		return trimmed.matches(pattern) ? trimmed : null;
	}
}
