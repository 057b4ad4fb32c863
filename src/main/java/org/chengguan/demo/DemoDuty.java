package org.chengguan.demo;

import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.duty.DutyManagement;
import org.chengguan.grid.GridManagement;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.StaffSummary;
import org.springframework.stereotype.Component;

/**
 * 排班 of the demo squads for today and tomorrow: a 早班 (08:00–16:00) led by the 中队长 with the grid officer and the
 * 协管员 over the street's first responsibility grids, and a 晚班 (16:00–24:00) led by the officer with the second
 * officer, over the others.
 */
@Component
class DemoDuty {

	private final DutyManagement duty;

	private final GridManagement grids;

	private final WorkingCalendar calendar;

	DemoDuty(DutyManagement duty, GridManagement grids, WorkingCalendar calendar) {
		this.duty = duty;
		this.grids = grids;
		this.calendar = calendar;
	}

	void load(DemoCity.City city, List<StaffSummary> people, Actor loader) {
		var responsibility = grids.responsibilityGrids(DataScope.everything());
		for (var s = 0; s < city.streets().size(); s++) {
			var street = city.streets().get(s).code();
			var nn = String.format("%02d", s + 1);
			var own = responsibility.stream()
				.filter(g -> g.street().getCode().equals(street))
				.map(g -> Objects.requireNonNull(g.grid().getId()))
				.toList();
			var unit = id(people, "squad" + nn).orgUnitId();
			for (var day = calendar.today(); !day.isAfter(calendar.today().plusDays(1)); day = day.plusDays(1)) {
				duty.plan(new DutyManagement.NewShift(unit, "早班", day, LocalTime.of(8, 0), LocalTime.of(16, 0),
						id(people, "squad" + nn).id(), ids(people, "squad" + nn, "grid" + nn, "aux" + nn),
						Set.copyOf(own.subList(0, Math.min(2, own.size())))), DataScope.everything(), loader);
				duty.plan(new DutyManagement.NewShift(unit, "晚班", day, LocalTime.of(16, 0), LocalTime.of(0, 0),
						id(people, "officer" + nn).id(), ids(people, "officer" + nn, "enforcer" + nn),
						Set.copyOf(own.subList(Math.min(2, own.size()), own.size()))), DataScope.everything(), loader);
			}
		}
	}

	private static StaffSummary id(List<StaffSummary> people, String username) {
		return people.stream().filter(p -> p.username().equals(username)).findFirst().orElseThrow();
	}

	private static Set<Long> ids(List<StaffSummary> people, String... usernames) {
		var ids = new LinkedHashSet<Long>();
		for (var username : usernames) {
			ids.add(id(people, username).id());
		}
		return ids;
	}
}
