package org.chengguan.supervision;

import java.util.ArrayList;
import java.util.Set;
import java.util.stream.Collectors;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.penalty.PenaltyCountManagement;
import org.chengguan.penalty.PenaltyCounts;
import org.chengguan.staff.CurrentStaff;
import org.chengguan.staff.StaffManagement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 执法办案统计: per unit, 立案 and 当场处罚, 处罚决定 next to 不予处罚 and 首违不罚, 处罚率 and 人均立案量 — counts only
 * (《行政处罚法》第七十四条: fines never drive appraisal; no amount is read here, and this table ranks no one).
 */
@Controller
@PreAuthorize("hasAuthority('supervision:view')")
class EnforcementController {

	/** One unit's row: its counts, its certified officers, and the two quotients. */
	record Row(String name, PenaltyCounts counts, long officers, Figure penaltyRate, Figure perOfficer) {
	}

	private final PenaltyCountManagement penalties;

	private final StaffManagement staff;

	private final Names names;

	private final CurrentStaff currentStaff;

	private final WorkingCalendar calendar;

	EnforcementController(PenaltyCountManagement penalties, StaffManagement staff, Names names,
			CurrentStaff currentStaff, WorkingCalendar calendar) {
		this.penalties = penalties;
		this.staff = staff;
		this.names = names;
		this.currentStaff = currentStaff;
		this.calendar = calendar;
	}

	@GetMapping("/supervision/enforcement")
	String counts(DashboardFilter.Form form, Model model) {
		var scope = currentStaff.scope();
		var filter = DashboardFilter.of(form, calendar.today(), scope);
		var zone = calendar.zone();
		var period = filter.period();
		// 持证执法人员: only officers with a valid 执法证 hold the enforcement authorities
		var officers = staff.summaries(Set.copyOf(staff.holders("penalty:handle", null))).stream()
			.collect(Collectors.groupingBy(s -> s.orgUnitId(), Collectors.counting()));
		var units = names.units();
		var rows = new ArrayList<Row>();
		for (var counts : penalties.byUnit(period.from().atStartOfDay(zone).toInstant(),
				period.to().atStartOfDay(zone).toInstant())) {
			if (scope.coversOrgUnit(counts.unitId())) {
				var cases = counts.filed() + counts.onSite();
				var held = officers.getOrDefault(counts.unitId(), 0L);
				rows.add(new Row(units.getOrDefault(counts.unitId(), String.valueOf(counts.unitId())), counts, held,
						new Figure(counts.penalised(), cases, false), new Figure(cases, held, true)));
			}
		}
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", Period.Kind.values());
		model.addAttribute("rows", rows);
		return "supervision/enforcement";
	}
}
