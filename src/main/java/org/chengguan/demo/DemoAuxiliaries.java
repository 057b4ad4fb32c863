package org.chengguan.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import jakarta.persistence.EntityManager;
import org.chengguan.appraisal.AppraisalAccess;
import org.chengguan.appraisal.AppraisalManagement;
import org.chengguan.appraisal.Complaint;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.duty.DutyManagement;
import org.chengguan.evidence.EvidenceSource;
import org.chengguan.evidence.Upload;
import org.chengguan.grid.GridManagement;
import org.chengguan.intake.Channel;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.intake.NewReport;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.StaffSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Last month of the first district's 协管员: every working day a 巡查班 (08:30–17:30) over the street's first
 * responsibility grid, which each of the squad's four auxiliaries keeps more or less faithfully — 上岗 and 下岗 reported
 * with the position, the patrol track (after their consent) through more or fewer of its unit grids, some
 * problems fixed on the spot — and a few complaints recorded by the 执法股, so that the month can be appraised. Each
 * step is taken as that person at the time it would have happened ({@link DemoClock}). The reports the desk decides
 * come with the case history ({@link DemoHistory}).
 */
@Component
class DemoAuxiliaries {

	/** How faithful each of a squad's four auxiliaries is: attendance, track points per shift, fixes per day. */
	private static final double[] PRESENT = { 0.98, 0.94, 0.88, 0.74 };

	private static final int[] POINTS = { 40, 28, 16, 5 };

	private static final double[] FIXES = { 0.30, 0.22, 0.15, 0.08 };

	private final DutyManagement duty;

	private final IntakeManagement intake;

	private final AppraisalManagement appraisals;

	private final GridManagement grids;

	private final WorkingCalendar calendar;

	private final JdbcTemplate jdbc;

	private final UserDetailsService users;

	private final EntityManager entityManager;

	private final Map<String, Authentication> signedIn = new HashMap<>();

	DemoAuxiliaries(DutyManagement duty, IntakeManagement intake, AppraisalManagement appraisals,
			GridManagement grids, WorkingCalendar calendar, JdbcTemplate jdbc, UserDetailsService users,
			EntityManager entityManager) {
		this.entityManager = entityManager;
		this.duty = duty;
		this.intake = intake;
		this.appraisals = appraisals;
		this.grids = grids;
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.users = users;
	}

	private record Spot(double lon, double lat) {
	}

	void load(DemoCity.City city, List<StaffSummary> people, Actor loader) {
		var loading = SecurityContextHolder.getContext().getAuthentication();
		var month = YearMonth.from(calendar.today()).minusMonths(1);
		var random = new Random(20261102L);
		var responsibility = grids.responsibilityGrids(DataScope.everything());
		try {
			for (var s = 0; s < Math.min(DemoBureau.AUXILIARY_SQUADS, city.streets().size()); s++) {
				var street = city.streets().get(s).code();
				var nn = String.format("%02d", s + 1);
				var own = responsibility.stream()
					.filter(g -> g.street().getCode().equals(street))
					.map(g -> Objects.requireNonNull(g.grid().getId()))
					.limit(1)
					.toList();
				var spots = spots(own);
				var leader = person(people, "squad" + nn);
				var auxiliaries = List.of(person(people, "aux" + nn), person(people, "aux" + nn + "b"),
						person(people, "aux" + nn + "c"), person(people, "aux" + nn + "d"));
				var members = new LinkedHashSet<Long>();
				members.add(leader.id());
				auxiliaries.forEach(a -> members.add(a.id()));
				for (var aux : auxiliaries) {
					as(aux, month.atDay(1).atTime(8, 0));
					duty.consent(actor(aux));
				}
				for (var day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
					if (!calendar.isWorkingDay(day)) {
						continue;
					}
					SecurityContextHolder.getContext().setAuthentication(loading);
					DemoClock.pin(at(day, LocalTime.of(7, 0)));
					var shift = duty.plan(new DutyManagement.NewShift(leader.orgUnitId(), "巡查班", day,
							LocalTime.of(8, 30), LocalTime.of(17, 30), leader.id(), members,
							new LinkedHashSet<>(own)), DataScope.everything(), loader).getId();
					for (var k = 0; k < auxiliaries.size(); k++) {
						patrol(auxiliaries.get(k), k, shift, day, spots, random);
					}
					// one transaction loads the city; a small persistence context keeps each flush cheap
					entityManager.flush();
					entityManager.clear();
				}
				complaints(auxiliaries, month);
			}
		}
		finally {
			DemoClock.release();
			SecurityContextHolder.getContext().setAuthentication(loading);
		}
	}

	/** One auxiliary's day: 上岗, the track, perhaps a fix on the spot, 下岗 — or absent. */
	private void patrol(StaffSummary aux, int k, long shift, LocalDate day, List<Spot> spots, Random random) {
		if (random.nextDouble() >= PRESENT[k]) {
			return;
		}
		var actor = actor(aux);
		var start = spots.get(random.nextInt(spots.size()));
		as(aux, day.atTime(8, 20 + random.nextInt(15)));
		duty.reportOn(shift, start.lon(), start.lat(), actor);
		// a point every ten minutes of walking: the faithful walk most of the beat, the others part of it
		var points = POINTS[k] + random.nextInt(6);
		var offset = random.nextInt(spots.size());
		for (var p = 0; p < points; p++) {
			var spot = spots.get((offset + p) % spots.size());
			as(aux, day.atTime(8, 45).plusMinutes(10L * p));
			duty.track(shift, spot.lon() + 0.00005, spot.lat() + 0.00005, 8, actor);
		}
		if (random.nextDouble() < FIXES[k]) {
			var spot = spots.get(random.nextInt(spots.size()));
			var at = at(day, LocalTime.of(10, random.nextInt(60)));
			as(aux, day.atTime(10, 0));
			intake.receive(new NewReport(Channel.PATROL, null, null, at, null, "小广告", false, "巡查发现小广告，已现场清除",
					null, spot.lon(), spot.lat(), null, aux.id(), true, List.of()), List.of(photo()), List.of(photo()),
					new EvidenceSource("PATROL", at, aux.username()), null);
		}
		as(aux, day.atTime(17, 30 + random.nextInt(20)));
		duty.reportOff(shift, start.lon(), start.lat(), actor);
	}

	/** The 执法股 records a complaint found true against the least faithful, and one not found true. */
	private void complaints(List<StaffSummary> auxiliaries, YearMonth month) {
		var section = users.loadUserByUsername("enforcement");
		SecurityContextHolder.getContext().setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(section, null, section.getAuthorities()));
		DemoClock.pin(at(month.atDay(20), LocalTime.of(15, 0)));
		var viewer = new AppraisalAccess.Viewer(new Actor(0, "enforcement", "执法股"), 0, DataScope.everything(),
				section.getAuthorities().stream().map(GrantedAuthority::getAuthority)
					.collect(java.util.stream.Collectors.toSet()));
		appraisals.record(new AppraisalManagement.NewComplaint(auxiliaries.get(3).id(), month.atDay(18),
				Complaint.Source.HOTLINE, "市民反映协管员劝导时态度生硬", null, true), viewer);
		appraisals.record(new AppraisalManagement.NewComplaint(auxiliaries.get(1).id(), month.atDay(12),
				Complaint.Source.VISIT, "商户反映协管员拍照取证未出示工作证", null, false), viewer);
	}

	private List<Spot> spots(List<Long> responsibilityGrids) {
		var spots = new ArrayList<Spot>();
		for (var id : responsibilityGrids) {
			spots.addAll(jdbc.query("""
					select g.centroid_lon, g.centroid_lat from grid_unit_grid g
					join grid_responsibility_unit r on r.unit_grid_id = g.id
					where r.responsibility_grid_id = ? order by g.code""",
					(rs, i) -> new Spot(rs.getDouble(1), rs.getDouble(2)), id));
		}
		return spots;
	}

	/** From now on this thread acts as that person at that time. */
	private void as(StaffSummary person, java.time.LocalDateTime at) {
		SecurityContextHolder.getContext().setAuthentication(signedIn.computeIfAbsent(person.username(), u -> {
			var user = users.loadUserByUsername(u);
			return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		}));
		DemoClock.pin(at.atZone(calendar.zone()).toInstant());
	}

	private Instant at(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(calendar.zone()).toInstant();
	}

	private static Actor actor(StaffSummary person) {
		return new Actor(person.id(), person.username(), person.name());
	}

	private static StaffSummary person(List<StaffSummary> people, String username) {
		return people.stream().filter(p -> p.username().equals(username)).findFirst().orElseThrow();
	}

	private static Upload photo() {
		return new Upload("现场.png", new org.springframework.core.io.ByteArrayResource(DemoPhotos.PNG));
	}
}
