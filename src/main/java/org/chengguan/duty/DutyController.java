package org.chengguan.duty;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.grid.GridManagement;
import org.chengguan.staff.CurrentStaff;
import org.chengguan.staff.OrgManagement;
import org.chengguan.staff.OrgUnitType;
import org.chengguan.staff.StaffManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 勤务: the roster of a unit's day (who is on duty where), and the officer's own shifts with 上岗/下岗 and the track. */
@Controller
@RequestMapping("/duty")
class DutyController {

	private final DutyManagement duty;

	private final StaffManagement staff;

	private final OrgManagement org;

	private final GridManagement grids;

	private final CurrentStaff currentStaff;

	private final WorkingCalendar calendar;

	DutyController(DutyManagement duty, StaffManagement staff, OrgManagement org, GridManagement grids,
			CurrentStaff currentStaff, WorkingCalendar calendar) {
		this.duty = duty;
		this.staff = staff;
		this.org = org;
		this.grids = grids;
		this.currentStaff = currentStaff;
		this.calendar = calendar;
	}

	/** 值班: a unit's shifts of a day with each member's 报备, last place and the shift's coverage; a new shift. */
	@GetMapping
	@PreAuthorize(DutyManagement.ROSTER)
	String roster(@RequestParam(required = false) @Nullable Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
			Model model) {
		var scope = currentStaff.scope();
		var units = org.tree().stream()
			.map(r -> r.unit())
			.filter(u -> (u.getType() == OrgUnitType.SQUAD || u.getType() == OrgUnitType.BRIGADE)
					&& scope.coversOrgUnit(Objects.requireNonNull(u.getId())))
			.toList();
		var chosen = unit != null ? unit
				: units.stream().map(u -> Objects.requireNonNull(u.getId()))
					.filter(id -> id == staff.orgUnitOf(currentStaff.id()))
					.findFirst()
					.orElse(units.isEmpty() ? -1L : Objects.requireNonNull(units.get(0).getId()));
		var date = day == null ? calendar.today() : day;
		model.addAttribute("units", units);
		model.addAttribute("unit", chosen);
		model.addAttribute("day", date);
		model.addAttribute("zone", calendar.zone());
		if (chosen < 0) {
			model.addAttribute("shifts", List.of());
			return "duty/roster";
		}
		var shifts = duty.roster(chosen, date, scope);
		var attendance = duty.attendanceOf(shifts);
		var members = staff.summaries(Set.copyOf(staff.membersOf(chosen)));
		var names = members.stream().collect(Collectors.toMap(m -> m.id(), m -> m.name()));
		model.addAttribute("shifts", shifts.stream().map(s -> {
			var seen = duty.lastSeen(s);
			var byMember = attendance.getOrDefault(s.getId(), java.util.Map.of());
			var rows = s.getMembers().stream()
				.map(m -> new DutyViews.MemberRow(names.getOrDefault(m, String.valueOf(m)), byMember.get(m), seen.get(m)))
				.toList();
			return new DutyViews.ShiftRow(s, names.getOrDefault(s.getLeaderId(), ""), rows, duty.coverage(s, scope));
		}).toList());
		model.addAttribute("members", members);
		model.addAttribute("grids", grids.responsibilityGrids(scope));
		return "duty/roster";
	}

	@PostMapping("/shifts")
	@PreAuthorize(DutyManagement.ROSTER)
	String plan(@RequestParam MultiValueMap<String, String> form, RedirectAttributes flash) {
		var unit = form.getFirst("unit");
		var day = form.getFirst("day");
		try {
			var incoming = new DutyManagement.NewShift(Long.parseLong(Objects.requireNonNull(unit)),
					Objects.requireNonNullElse(form.getFirst("name"), ""), LocalDate.parse(Objects.requireNonNull(day)),
					LocalTime.parse(Objects.requireNonNull(form.getFirst("starts"))),
					LocalTime.parse(Objects.requireNonNull(form.getFirst("ends"))),
					Long.parseLong(Objects.requireNonNull(form.getFirst("leader"))), ids(form.get("members")),
					ids(form.get("grids")));
			duty.plan(incoming, currentStaff.scope(), currentStaff.actor());
			flash.addFlashAttribute("notice", "duty.planned");
		}
		catch (NullPointerException | NumberFormatException | DateTimeParseException ex) {
			flash.addFlashAttribute("problem", "duty.error.form");
		}
		catch (DutyRuleException ex) {
			flash.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/duty?unit=" + (unit == null ? "" : unit) + "&day=" + (day == null ? "" : day);
	}

	private static Set<Long> ids(@Nullable List<String> values) {
		var ids = new LinkedHashSet<Long>();
		if (values != null) {
			values.stream().filter(v -> !v.isBlank()).forEach(v -> ids.add(Long.valueOf(v.strip())));
		}
		return ids;
	}

	/** 我的勤务 on the phone: today's shifts with 上岗/下岗, the consent to the track, and the tracker. */
	@GetMapping("/me")
	@PreAuthorize(DutyManagement.REPORT)
	String mine(Model model) {
		var mine = duty.shiftsOf(currentStaff.id());
		var attendance = duty.attendanceOf(mine);
		model.addAttribute("shifts", mine);
		var own = new java.util.HashMap<Long, Attendance>();
		attendance.forEach((shift, byMember) -> {
			var a = byMember.get(currentStaff.id());
			if (a != null) {
				own.put(shift, a);
			}
		});
		model.addAttribute("own", own);
		model.addAttribute("consents", duty.consents(currentStaff.id()));
		model.addAttribute("interval", duty.trackInterval().toSeconds());
		model.addAttribute("zone", calendar.zone());
		return "duty/me";
	}

	@PostMapping("/me/shifts/{id}/on")
	@PreAuthorize(DutyManagement.REPORT)
	String on(@PathVariable long id, @RequestParam(required = false) @Nullable Double lon,
			@RequestParam(required = false) @Nullable Double lat, RedirectAttributes flash) {
		return act(() -> duty.reportOn(id, lon, lat, currentStaff.actor()), "duty.reportedOn", flash);
	}

	@PostMapping("/me/shifts/{id}/off")
	@PreAuthorize(DutyManagement.REPORT)
	String off(@PathVariable long id, @RequestParam(required = false) @Nullable Double lon,
			@RequestParam(required = false) @Nullable Double lat, RedirectAttributes flash) {
		return act(() -> duty.reportOff(id, lon, lat, currentStaff.actor()), "duty.reportedOff", flash);
	}

	@PostMapping("/me/consent")
	@PreAuthorize(DutyManagement.REPORT)
	String consent(@RequestParam(defaultValue = "false") boolean agree, RedirectAttributes flash) {
		if (agree) {
			duty.consent(currentStaff.actor());
			flash.addFlashAttribute("notice", "duty.consented");
		}
		else {
			duty.withdraw(currentStaff.actor());
			flash.addFlashAttribute("notice", "duty.withdrawn");
		}
		return "redirect:/duty/me";
	}

	/** One point of the track from the phone: 204 when kept, 409 with the reason when not (no consent, not on duty). */
	@PostMapping("/me/shifts/{id}/track")
	@PreAuthorize(DutyManagement.REPORT)
	ResponseEntity<String> track(@PathVariable long id, @RequestParam double lon, @RequestParam double lat,
			@RequestParam(required = false) @Nullable Integer accuracy) {
		try {
			duty.track(id, lon, lat, accuracy, currentStaff.actor());
			return ResponseEntity.noContent().build();
		}
		catch (DutyRuleException ex) {
			return ResponseEntity.status(HttpStatus.CONFLICT).body(ex.getMessage());
		}
	}

	private String act(Runnable action, String done, RedirectAttributes flash) {
		try {
			action.run();
			flash.addFlashAttribute("notice", done);
		}
		catch (DutyRuleException ex) {
			flash.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/duty/me";
	}
}
