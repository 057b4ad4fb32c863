package org.chengguan.home;

import java.util.Map;
import java.util.stream.Collectors;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.grid.GridManagement;
import org.chengguan.grid.RegionLevel;
import org.chengguan.staff.CurrentStaff;
import org.chengguan.staff.StaffManagement;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Each person's home: who they are, their grids and certificate, their 辖区 at a glance, and what needs doing. */
@Controller
class HomeController {

	private final CurrentStaff currentStaff;

	private final StaffManagement staff;

	private final GridManagement grids;

	private final WorkingCalendar calendar;

	HomeController(CurrentStaff currentStaff, StaffManagement staff, GridManagement grids, WorkingCalendar calendar) {
		this.currentStaff = currentStaff;
		this.staff = staff;
		this.grids = grids;
		this.calendar = calendar;
	}

	@GetMapping("/")
	String home(Model model) {
		var me = currentStaff.require();
		var authorities = me.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
		var scope = currentStaff.scope();
		model.addAttribute("me", me);
		model.addAttribute("roles", authorities.stream()
			.filter(a -> a.startsWith("ROLE_"))
			.map(a -> a.substring(5))
			.sorted()
			.toList());
		model.addAttribute("scope", scope);
		model.addAttribute("certificate", staff.certificateOf(me.getId()));
		model.addAttribute("myGrids", grids.gridsOf(me.getId()));
		if (authorities.contains("grid:view")) {
			var regions = grids.regions(scope)
				.stream()
				.filter(row -> scope.coversRegion(row.region().getCode()))
				.toList();
			Map<RegionLevel, Long> counts = regions.stream()
				.collect(Collectors.groupingBy(row -> row.region().getLevel(), Collectors.counting()));
			model.addAttribute("regionCounts", counts);
			model.addAttribute("unitGrids", regions.stream().mapToLong(r -> r.unitGrids()).sum());
			model.addAttribute("responsibilityGrids", grids.responsibilityGrids(scope));
		}
		if (authorities.contains("calendar:manage")) {
			model.addAttribute("missingYears", calendar.missingYears());
		}
		return "home/index";
	}
}
