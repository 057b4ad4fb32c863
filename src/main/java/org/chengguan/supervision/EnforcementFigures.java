package org.chengguan.supervision;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.chengguan.penalty.PenaltyCountManagement;
import org.chengguan.penalty.PenaltyCounts;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.StaffManagement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * 执法办案统计 per unit (domain.md §9.1, §9.4): 处罚率 = 处罚决定 / (普通程序立案 + 当场处罚), 人均立案量 = the same cases
 * per certified officer, each next to 不予处罚 and 首违不罚 — counts only (《行政处罚法》第七十四条).
 */
@Component
@PreAuthorize("hasAuthority('supervision:view')")
class EnforcementFigures {

	/** One unit's row: its counts, its certified officers, and the two quotients. */
	record Row(String name, PenaltyCounts counts, long officers, Figure penaltyRate, Figure perOfficer) {
	}

	private final PenaltyCountManagement penalties;

	private final StaffManagement staff;

	private final Names names;

	EnforcementFigures(PenaltyCountManagement penalties, StaffManagement staff, Names names) {
		this.penalties = penalties;
		this.staff = staff;
		this.names = names;
	}

	/** The units of the 辖区 with a proceeding filed or decided in the period. */
	List<Row> rows(Period period, ZoneId zone, DataScope scope) {
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
		return rows;
	}
}
