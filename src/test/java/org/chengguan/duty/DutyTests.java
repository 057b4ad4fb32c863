package org.chengguan.duty;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestLogins;
import org.chengguan.staff.Actor;
import org.chengguan.staff.StaffManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chengguan.TestLogins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 勤务 against the real database and the demo bureau: a squad's roster has only its own people and grids its 辖区
 * sees; 上岗 before 下岗, once each, by the shift's members; the patrol track only with the member's consent and only
 * while on duty; a shift's coverage from the grids its track passed; old points deleted after the retention.
 */
@ChengguanIntegrationTest
class DutyTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	DutyManagement duty;

	@Autowired
	StaffManagement staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AttendanceManagement attendance;

	Actor actor(String username) {
		return new Actor(jdbc.queryForObject("select id from staff_member where username = ?", Long.class, username),
				username, username);
	}

	long unitOf(String username) {
		return jdbc.queryForObject("select org_unit_id from staff_member where username = ?", Long.class, username);
	}

	long responsibilityGrid(String street) {
		return jdbc.queryForObject("""
				select g.id from grid_responsibility_grid g join grid_region r on r.id = g.street_id
				where r.code = ? order by g.code limit 1""", Long.class, street);
	}

	/** A shift of squad NN running now (from an hour ago for eight hours). */
	DutyShift shiftNow(String nn, String... members) {
		var now = java.time.LocalDateTime.now(ZONE).truncatedTo(ChronoUnit.MINUTES);
		var starts = now.minusHours(1);
		var ids = new java.util.LinkedHashSet<Long>();
		for (var m : members) {
			ids.add(actor(m).id());
		}
		var leader = actor("squad" + nn);
		return TestLogins.withAuthorities(() -> duty.plan(new DutyManagement.NewShift(unitOf("squad" + nn), "测试班",
				starts.toLocalDate(), starts.toLocalTime(), starts.plusHours(8).toLocalTime(), ids.iterator().next(), ids,
				Set.of(responsibilityGrid("9901010" + nn))), staff.scopeOf(leader.id()), leader), "duty:roster",
				"grid:view");
	}

	static <T> T call(String authority, java.util.function.Supplier<T> call) {
		return TestLogins.withAuthorities(call, authority, "grid:view");
	}

	static void run(String authority, Runnable call) {
		TestLogins.withAuthorities(() -> {
			call.run();
			return null;
		}, authority, "grid:view");
	}

	@Test
	void aRosterHasOnlyTheUnitsOwnPeopleAndGridsItsAreaSees() {
		var leader = actor("squad03");
		var scope = staff.scopeOf(leader.id());
		var day = LocalDate.now(ZONE);
		var grid = responsibilityGrid("990101003");
		var own = Set.of(actor("officer03").id(), actor("aux03").id());
		call("duty:roster", () -> duty.plan(new DutyManagement.NewShift(unitOf("squad03"), "早班", day, LocalTime.of(8, 0),
				LocalTime.of(16, 0), actor("officer03").id(), own, Set.of(grid)), scope, leader));
		assertThatThrownBy(() -> call("duty:roster", () -> duty.plan(new DutyManagement.NewShift(unitOf("squad03"), "早班",
				day, LocalTime.of(8, 0), LocalTime.of(16, 0), actor("officer04").id(), Set.of(actor("officer04").id()),
				Set.of()), scope, leader))).hasMessage("duty.error.members");
		assertThatThrownBy(() -> call("duty:roster", () -> duty.plan(new DutyManagement.NewShift(unitOf("squad03"), "早班",
				day, LocalTime.of(8, 0), LocalTime.of(16, 0), actor("squad03").id(), own, Set.of()), scope, leader)))
			.hasMessage("duty.error.leader");
		assertThatThrownBy(() -> call("duty:roster", () -> duty.plan(new DutyManagement.NewShift(unitOf("squad03"), "早班",
				day, LocalTime.of(8, 0), LocalTime.of(16, 0), actor("officer03").id(), own,
				Set.of(responsibilityGrid("990101004"))), scope, leader))).hasMessage("duty.error.grid");
		// a night shift runs into the next day; one of 17 hours does not exist
		var night = call("duty:roster", () -> duty.plan(new DutyManagement.NewShift(unitOf("squad03"), "夜班", day,
				LocalTime.of(22, 0), LocalTime.of(6, 0), actor("officer03").id(), own, Set.of(grid)), scope, leader));
		assertThat(night.getEndsAt()).isEqualTo(day.plusDays(1).atTime(6, 0).atZone(ZONE).toInstant());
		assertThatThrownBy(() -> call("duty:roster", () -> duty.plan(new DutyManagement.NewShift(unitOf("squad03"), "长班",
				day, LocalTime.of(6, 0), LocalTime.of(23, 0), actor("officer03").id(), own, Set.of()), scope, leader)))
			.hasMessage("duty.error.times");
		var other = actor("squad04");
		assertThatThrownBy(() -> call("duty:roster", () -> duty.plan(new DutyManagement.NewShift(unitOf("squad03"), "早班",
				day, LocalTime.of(8, 0), LocalTime.of(16, 0), actor("officer03").id(), own, Set.of()),
				staff.scopeOf(other.id()), other))).hasMessage("duty.error.outsideScope");
	}

	@Test
	void membersReportOnThenOffOnceEach() {
		var shift = shiftNow("05", "officer05", "aux05");
		call("duty:report", () -> duty.reportOn(shift.getId(), 113.61, 34.72, actor("officer05")));
		assertThatThrownBy(() -> call("duty:report", () -> duty.reportOn(shift.getId(), null, null, actor("officer05"))))
			.hasMessage("duty.error.alreadyOn");
		assertThatThrownBy(() -> run("duty:report", () -> duty.reportOff(shift.getId(), null, null, actor("aux05"))))
			.hasMessage("duty.error.notOn");
		assertThatThrownBy(() -> call("duty:report", () -> duty.reportOn(shift.getId(), null, null, actor("grid05"))))
			.hasMessage("duty.error.notMember");
		run("duty:report", () -> duty.reportOff(shift.getId(), 113.61, 34.72, actor("officer05")));
		assertThatThrownBy(() -> run("duty:report", () -> duty.reportOff(shift.getId(), null, null, actor("officer05"))))
			.hasMessage("duty.error.alreadyOff");
	}

	@Test
	void theTrackIsRecordedOnlyWithConsentAndOnlyWhileOnDuty() throws Exception {
		var shift = shiftNow("06", "officer06");
		var officer = actor("officer06");
		var grid = jdbc.queryForMap("select code, centroid_lon, centroid_lat from grid_unit_grid where code like '990101006%' order by code limit 1");
		double lon = (Double) grid.get("centroid_lon");
		double lat = (Double) grid.get("centroid_lat");
		run("duty:report", () -> duty.withdraw(officer));
		// not on duty yet, and no consent
		assertThatThrownBy(() -> run("duty:report", () -> duty.track(shift.getId(), lon, lat, 10, officer)))
			.hasMessage("duty.error.noConsent");
		run("duty:report", () -> duty.consent(officer));
		assertThatThrownBy(() -> run("duty:report", () -> duty.track(shift.getId(), lon, lat, 10, officer)))
			.hasMessage("duty.error.notOnDuty");
		call("duty:report", () -> duty.reportOn(shift.getId(), null, null, officer));
		run("duty:report", () -> duty.track(shift.getId(), lon, lat, 10, officer));
		assertThat(duty.trackPoints(shift)).isOne();
		// withdrawn: refused through the page too, with the reason, and nothing kept
		mvc.perform(post("/duty/me/consent").param("agree", "false").with(as(users, "officer06")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/duty/me/shifts/{id}/track", shift.getId()).param("lon", String.valueOf(lon))
			.param("lat", String.valueOf(lat)).with(as(users, "officer06")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string("duty.error.noConsent"));
		run("duty:report", () -> duty.consent(officer));
		run("duty:report", () -> duty.reportOff(shift.getId(), null, null, officer));
		assertThatThrownBy(() -> run("duty:report", () -> duty.track(shift.getId(), lon, lat, 10, officer)))
			.hasMessage("duty.error.notOnDuty");
		assertThat(duty.trackPoints(shift)).isOne();
		assertThat(jdbc.queryForObject("select count(*) from duty_track_consent where staff_id = ?", Long.class,
				officer.id())).isGreaterThanOrEqualTo(2);
	}

	/** What a 协管员's appraisal reads: shifts rostered and kept, and the planned grids their own track passed. */
	@Test
	void aMembersDutyCountsKeptShiftsAndThePlannedGridsTheirOwnTrackPassed() {
		var aux = actor("aux02");
		var absent = actor("enforcer02");
		var today = LocalDate.now(ZONE);
		var until = Instant.now().plus(10, ChronoUnit.HOURS);
		var people = Set.of(aux.id(), absent.id());
		var before = attendance.of(people, today.minusDays(1), today.plusDays(2), until);
		var shift = shiftNow("02", "grid02", "aux02", "enforcer02");
		run("duty:report", () -> duty.consent(aux));
		call("duty:report", () -> duty.reportOn(shift.getId(), null, null, aux));
		var planned = call("grid:view", () -> duty.coverage(shift, staff.scopeOf(actor("squad02").id()))).planned();
		for (var code : planned.stream().limit(2).toList()) {
			var at = jdbc.queryForMap("select centroid_lon, centroid_lat from grid_unit_grid where code = ?", code);
			run("duty:report", () -> duty.track(shift.getId(), (Double) at.get("centroid_lon"),
					(Double) at.get("centroid_lat"), 8, aux));
		}
		run("duty:report", () -> duty.reportOff(shift.getId(), null, null, aux));
		var after = attendance.of(people, today.minusDays(1), today.plusDays(2), until);
		var none = new AttendanceManagement.MemberDuty(0, 0, 0, 0);
		var was = before.getOrDefault(aux.id(), none);
		assertThat(after.get(aux.id())).isEqualTo(new AttendanceManagement.MemberDuty(was.planned() + 1,
				was.kept() + 1, was.gridsPlanned() + planned.size(), was.gridsVisited() + Math.min(2, planned.size())));
		var away = before.getOrDefault(absent.id(), none);
		assertThat(after.get(absent.id())).isEqualTo(new AttendanceManagement.MemberDuty(away.planned() + 1,
				away.kept(), away.gridsPlanned() + planned.size(), away.gridsVisited()));
		// a shift still to end is not yet counted
		assertThat(attendance.of(people, today.minusDays(1), today.plusDays(2), Instant.now()).getOrDefault(aux.id(), none)
			.planned())
			.isLessThan(after.get(aux.id()).planned());
	}

	@Test
	void aShiftCoversTheGridsItsTrackPassedAndOldPointsAreDeleted() {
		var shift = shiftNow("07", "grid07");
		var member = actor("grid07");
		run("duty:report", () -> duty.consent(member));
		call("duty:report", () -> duty.reportOn(shift.getId(), null, null, member));
		var scope = staff.scopeOf(actor("squad07").id());
		var planned = call("grid:view", () -> duty.coverage(shift, scope)).planned();
		assertThat(planned).isNotEmpty();
		var two = planned.stream().limit(2).toList();
		for (var code : two) {
			var at = jdbc.queryForMap("select centroid_lon, centroid_lat from grid_unit_grid where code = ?", code);
			run("duty:report", () -> duty.track(shift.getId(), (Double) at.get("centroid_lon"),
					(Double) at.get("centroid_lat"), 8, member));
		}
		var coverage = call("grid:view", () -> duty.coverage(shift, scope));
		assertThat(coverage.visited()).containsAll(two);
		assertThat(coverage.percent()).isEqualTo(two.size() * 100 / planned.size());
		assertThat(duty.lastSeen(shift).get(member.id()).unitGridCode()).isEqualTo(two.get(two.size() - 1));

		jdbc.update("""
				update duty_track_point set at = ? where id = (select min(p.id) from duty_track_point p
				join duty_attendance a on a.id = p.attendance_id where a.shift_id = ?)""",
				Timestamp.from(Instant.now().minus(200, ChronoUnit.DAYS)), shift.getId());
		duty.purgeTracks();
		assertThat(duty.trackPoints(shift)).isEqualTo(two.size() - 1);
	}

	@Test
	void theRosterIsTheLeadersAndTheShiftLeadersAndMyDutyEveryPatrollers() throws Exception {
		mvc.perform(get("/duty").with(as(users, "squad01"))).andExpect(status().isOk());
		mvc.perform(get("/duty").with(as(users, "shift"))).andExpect(status().isOk());
		// another squad's roster is not found; a unit that is no number is a bad request
		mvc.perform(get("/duty").param("unit", String.valueOf(unitOf("squad02"))).with(as(users, "squad01")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/duty").param("unit", "x").with(as(users, "squad01"))).andExpect(status().isBadRequest());
		mvc.perform(get("/duty").with(as(users, "aux01"))).andExpect(status().isForbidden());
		mvc.perform(get("/duty/me").with(as(users, "aux01"))).andExpect(status().isOk());
		mvc.perform(get("/duty/me").with(as(users, "finance"))).andExpect(status().isForbidden());
	}
}
