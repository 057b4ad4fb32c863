package org.chengguan.caseflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.intake.Channel;
import org.chengguan.staff.CurrentStaff;
import org.chengguan.staff.OrgManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 案卷查询 and the desks built on it: 受理台 (待受理/核实/待立案), 派遣台 (待派遣), 处置任务, 核查结案 — each due first
 * with its count — and each person's 我的任务.
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

	/** Which states are whose tasks, by the authority that acts on them: field tasks, and the unit's work. */
	static final Map<String, CaseStatus> FIELD_TASKS = Map.of("case:verify", CaseStatus.VERIFYING, "case:check",
			CaseStatus.CHECKING);

	static final Map<String, CaseStatus> UNIT_TASKS = Map.of("case:sign", CaseStatus.DISPATCHED, "case:dispose",
			CaseStatus.DISPOSING);

	private final CaseSearch search;

	private final CaseFilters filters;

	private final CurrentStaff currentStaff;

	private final WorkingCalendar calendar;

	private final OrgManagement org;

	CaseListController(CaseSearch search, CaseFilters filters, CurrentStaff currentStaff, WorkingCalendar calendar,
			OrgManagement org) {
		this.search = search;
		this.filters = filters;
		this.currentStaff = currentStaff;
		this.calendar = calendar;
		this.org = org;
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
		var ignored = new ArrayList<CaseFilters.Ignored>();
		var filter = filters.filter(queue, status, source, category, region, from, to, overdue, q, unit, level,
				ignored);
		var scope = currentStaff.scope();
		var order = queue != null ? CaseSearch.Order.DUE : CaseSearch.Order.NEWEST;
		model.addAttribute("page", search.search(filter, order, after, scope, calendar.zone(), calendar.now()));
		model.addAttribute("total", queue != null ? search.count(filter, scope, calendar.zone(), calendar.now()) : null);
		model.addAttribute("ignored", ignored);
		model.addAttribute("queue", queue);
		model.addAttribute("queues", Queue.values());
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("sources", Channel.values());
		model.addAttribute("units", org.tree().stream().map(r -> r.unit()).filter(u -> u.getType().handlesCases()).toList());
		model.addAttribute("unitNames", unitNames());
		model.addAttribute("now", calendar.now());
		model.addAttribute("zone", calendar.zone());
		return "case/list";
	}

	/**
	 * 我的任务 for the phone: the 核实 and 核查 sent to the signed-in person (or to nobody in particular, in their
	 * grids), and the 签收 and 处置 of their own unit — due first.
	 */
	@GetMapping("/tasks")
	String tasks(Authentication user, @RequestParam(required = false) @Nullable String after, Model model) {
		var principal = currentStaff.require();
		var tasks = new CaseSearch.Tasks(principal.getId(), principal.getOrgUnitId(), held(user, FIELD_TASKS),
				held(user, UNIT_TASKS));
		model.addAttribute("page", search.tasks(tasks, after, currentStaff.scope()));
		model.addAttribute("zone", calendar.zone());
		model.addAttribute("now", calendar.now());
		return "case/tasks";
	}

	/** 超期清单: per handling unit, the open cases at each warning level, linked to the list of them. */
	@GetMapping("/cases/overdue")
	String overdue(Model model) {
		model.addAttribute("rows", search.overdueByUnit(currentStaff.scope()));
		model.addAttribute("unitNames", unitNames());
		return "case/overdue";
	}

	private Map<Long, String> unitNames() {
		return org.tree()
			.stream()
			.collect(Collectors.toMap(r -> Objects.requireNonNull(r.unit().getId()), r -> r.unit().getName()));
	}

	private static Set<CaseStatus> held(Authentication user, Map<String, CaseStatus> tasks) {
		var states = EnumSet.noneOf(CaseStatus.class);
		tasks.forEach((authority, state) -> {
			if (user.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()))) {
				states.add(state);
			}
		});
		return states;
	}
}
