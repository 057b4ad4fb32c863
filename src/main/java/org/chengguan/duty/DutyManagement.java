package org.chengguan.duty;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.grid.GridManagement;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.StaffManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duty module's API: keep a unit's roster, take each member's 上岗/下岗 报备, record the patrol track — only with
 * the member's consent and only while on duty — and tell a shift's coverage. Who may keep a roster: a holder of
 * {@code duty:roster} whose 辖区 covers the unit; who reports: the shift's members themselves.
 */
@Service
@Transactional(readOnly = true)
public class DutyManagement {

	static final String ROSTER = "hasAuthority('duty:roster')";

	static final String REPORT = "hasAuthority('duty:report')";

	/** A shift as a roster sets it: an end at or before the start is the next day's (a night shift). */
	public record NewShift(long unitId, String name, LocalDate day, LocalTime starts, LocalTime ends, long leaderId,
			Set<Long> members, Set<Long> grids) {

		public NewShift {
			members = Set.copyOf(members);
			grids = Set.copyOf(grids);
		}
	}

	/** A shift's coverage: the unit grids of its responsibility grids, and those its members' tracks passed through. */
	public record Coverage(Set<String> planned, Set<String> visited) {

		public int percent() {
			if (planned.isEmpty()) {
				return 0;
			}
			return (int) (planned.stream().filter(visited::contains).count() * 100 / planned.size());
		}
	}

	/** Where a member on duty was last seen: the track's last point, else where they reported on. */
	public record LastSeen(@Nullable String unitGridCode, @Nullable Instant at) {
	}

	private final DutyShiftRepository shifts;

	private final AttendanceRepository attendance;

	private final JdbcTemplate jdbc;

	private final StaffManagement staff;

	private final GridManagement grids;

	private final DutyProperties properties;

	private final WorkingCalendar calendar;

	private final Clock clock;

	DutyManagement(DutyShiftRepository shifts, AttendanceRepository attendance, JdbcTemplate jdbc, StaffManagement staff,
			GridManagement grids, DutyProperties properties, WorkingCalendar calendar, Clock clock) {
		this.shifts = shifts;
		this.attendance = attendance;
		this.jdbc = jdbc;
		this.staff = staff;
		this.grids = grids;
		this.properties = properties;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** 排班: a shift of the unit, its members the unit's own, led by one of them, over grids the 辖区 sees. */
	@Transactional
	@PreAuthorize(ROSTER)
	public DutyShift plan(NewShift incoming, DataScope scope, Actor actor) {
		if (incoming.name().isBlank() || incoming.name().strip().length() > 40) {
			throw new DutyRuleException("duty.error.name");
		}
		if (!scope.coversOrgUnit(incoming.unitId())) {
			throw new DutyRuleException("duty.error.outsideScope");
		}
		var own = new HashSet<>(staff.membersOf(incoming.unitId()));
		if (incoming.members().isEmpty() || !own.containsAll(incoming.members())) {
			throw new DutyRuleException("duty.error.members");
		}
		if (!incoming.members().contains(incoming.leaderId())) {
			throw new DutyRuleException("duty.error.leader");
		}
		for (var grid : incoming.grids()) {
			try {
				grids.responsibilityGrid(grid, scope);
			}
			catch (RuntimeException ex) {
				throw new DutyRuleException("duty.error.grid");
			}
		}
		var zone = calendar.zone();
		var starts = incoming.day().atTime(incoming.starts()).atZone(zone).toInstant();
		var endDay = incoming.ends().isAfter(incoming.starts()) ? incoming.day() : incoming.day().plusDays(1);
		var ends = endDay.atTime(incoming.ends()).atZone(zone).toInstant();
		if (Duration.between(starts, ends).compareTo(Duration.ofHours(16)) > 0) {
			throw new DutyRuleException("duty.error.times");
		}
		return shifts.save(new DutyShift(incoming.unitId(), incoming.name().strip(), incoming.day(), starts, ends,
				incoming.leaderId(), incoming.members(), incoming.grids(), actor.username(), clock.instant()));
	}

	/** A unit's shifts of a day; a unit outside the 辖区 is not found. */
	@PreAuthorize(ROSTER)
	public List<DutyShift> roster(long unitId, LocalDate day, DataScope scope) {
		if (!scope.coversOrgUnit(unitId)) {
			throw new DutyNotFoundException("unit " + unitId);
		}
		return shifts.findByUnitIdAndDayOrderByStartsAt(unitId, day);
	}

	public DutyShift shift(long id) {
		return shifts.findById(id).orElseThrow(() -> new DutyNotFoundException("shift " + id));
	}

	/** A person's shifts from yesterday (a night shift still running) to tomorrow. */
	public List<DutyShift> shiftsOf(long staffId) {
		var today = calendar.today();
		return shifts.findOfMember(staffId, today.minusDays(1), today.plusDays(1));
	}

	/** Each member's 报备 of these shifts, by shift and member. */
	public Map<Long, Map<Long, Attendance>> attendanceOf(List<DutyShift> of) {
		var byShift = new LinkedHashMap<Long, Map<Long, Attendance>>();
		attendance.findByShiftIdIn(of.stream().map(DutyShift::getId).toList())
			.forEach(a -> byShift.computeIfAbsent(a.getShiftId(), k -> new LinkedHashMap<>()).put(a.getStaffId(), a));
		return byShift;
	}

	/** 上岗报备: a member of the shift, once, from {@code report-early} before it starts until as long after it ends. */
	@Transactional
	@PreAuthorize(REPORT)
	public Attendance reportOn(long shiftId, @Nullable Double lon, @Nullable Double lat, Actor actor) {
		var shift = memberOf(shiftId, actor);
		var now = clock.instant();
		if (!shift.accepts(now, properties.reportEarly())) {
			throw new DutyRuleException("duty.error.notNow");
		}
		if (attendance.findByShiftIdAndStaffId(shiftId, actor.id()).isPresent()) {
			throw new DutyRuleException("duty.error.alreadyOn");
		}
		return attendance.save(new Attendance(shiftId, actor.id(), now, lon, lat));
	}

	/** 下岗报备, after 上岗. */
	@Transactional
	@PreAuthorize(REPORT)
	public void reportOff(long shiftId, @Nullable Double lon, @Nullable Double lat, Actor actor) {
		memberOf(shiftId, actor);
		attendance.findByShiftIdAndStaffId(shiftId, actor.id())
			.orElseThrow(() -> new DutyRuleException("duty.error.notOn"))
			.off(clock.instant(), lon, lat);
	}

	private DutyShift memberOf(long shiftId, Actor actor) {
		var shift = shift(shiftId);
		if (!shift.getMembers().contains(actor.id())) {
			throw new DutyRuleException("duty.error.notMember");
		}
		return shift;
	}

	/** Whether the person has agreed (and not withdrawn) that their patrol track is recorded while on duty. */
	public boolean consents(long staffId) {
		var open = jdbc.queryForObject(
				"select count(*) from duty_track_consent where staff_id = ? and withdrawn_at is null", Integer.class,
				staffId);
		return open != null && open > 0;
	}

	/** 同意记录巡查轨迹: the person's own, informed consent. */
	@Transactional
	@PreAuthorize(REPORT)
	public void consent(Actor actor) {
		if (!consents(actor.id())) {
			jdbc.update("insert into duty_track_consent (staff_id, given_at) values (?, ?)", actor.id(),
					Timestamp.from(clock.instant()));
		}
	}

	/** 撤回同意: no point is recorded from now on; those recorded stay until their retention ends. */
	@Transactional
	@PreAuthorize(REPORT)
	public void withdraw(Actor actor) {
		jdbc.update("update duty_track_consent set withdrawn_at = ? where staff_id = ? and withdrawn_at is null",
				Timestamp.from(clock.instant()), actor.id());
	}

	/**
	 * A point of the patrol track, timed by the server: only with the member's consent, only while they are on duty in
	 * this shift. Refused otherwise, and nothing is kept.
	 */
	@Transactional
	@PreAuthorize(REPORT)
	public void track(long shiftId, double lon, double lat, @Nullable Integer accuracy, Actor actor) {
		var shift = memberOf(shiftId, actor);
		if (!consents(actor.id())) {
			throw new DutyRuleException("duty.error.noConsent");
		}
		var on = attendance.findByShiftIdAndStaffId(shiftId, actor.id()).filter(Attendance::isOnDuty)
			.orElseThrow(() -> new DutyRuleException("duty.error.notOnDuty"));
		var now = clock.instant();
		if (!shift.accepts(now, properties.reportEarly())) {
			throw new DutyRuleException("duty.error.notOnDuty");
		}
		if (!(lon >= 73 && lon <= 136 && lat >= 3 && lat <= 54) || accuracy != null && (accuracy < 0 || accuracy > 10_000)) {
			throw new DutyRuleException("duty.error.position");
		}
		var grid = grids.gridAt(lon, lat).map(g -> g.unitGridCode()).orElse(null);
		jdbc.update("""
				insert into duty_track_point (attendance_id, at, lon, lat, accuracy_m, unit_grid_code)
				values (?, ?, ?, ?, ?, ?)""", on.getId(), Timestamp.from(now), lon, lat, accuracy, grid);
	}

	/** The unit grids a shift was to cover and those its members' tracks (and 报备 positions) passed through. */
	public Coverage coverage(DutyShift shift, DataScope scope) {
		var planned = new TreeSet<String>();
		for (var grid : shift.getGrids()) {
			try {
				planned.addAll(grids.responsibilityGrid(grid, scope).unitGridCodes());
			}
			catch (RuntimeException ex) {
				// a grid outside the viewer's 辖区 is not shown
			}
		}
		var visited = new TreeSet<>(jdbc.queryForList("""
				select distinct p.unit_grid_code from duty_track_point p join duty_attendance a on a.id = p.attendance_id
				where a.shift_id = ? and p.unit_grid_code is not null""", String.class, shift.getId()));
		for (var a : attendance.findByShiftIdIn(List.of(shift.getId()))) {
			if (a.getOnLon() != null && a.getOnLat() != null) {
				grids.gridAt(a.getOnLon(), a.getOnLat()).ifPresent(g -> visited.add(g.unitGridCode()));
			}
		}
		return new Coverage(planned, visited);
	}

	/** Where each member of a shift on duty was last seen. */
	public Map<Long, LastSeen> lastSeen(DutyShift shift) {
		var seen = new LinkedHashMap<Long, LastSeen>();
		for (var a : attendance.findByShiftIdIn(List.of(shift.getId()))) {
			var last = jdbc.query("""
					select unit_grid_code, at from duty_track_point where attendance_id = ? order by at desc limit 1""",
					(rs, i) -> new LastSeen(rs.getString(1), rs.getTimestamp(2).toInstant()), a.getId());
			Optional<LastSeen> onPosition = a.getOnLon() == null || a.getOnLat() == null ? Optional.empty()
					: Optional.of(new LastSeen(grids.gridAt(a.getOnLon(), a.getOnLat()).map(g -> g.unitGridCode())
						.orElse(null), a.getOnAt()));
			seen.put(a.getStaffId(), last.isEmpty() ? onPosition.orElse(new LastSeen(null, a.getOnAt())) : last.get(0));
		}
		return seen;
	}

	/** How many track points a shift has (the phone sends one each {@code track-interval} while on duty). */
	public int trackPoints(DutyShift shift) {
		var count = jdbc.queryForObject("""
				select count(*) from duty_track_point p join duty_attendance a on a.id = p.attendance_id
				where a.shift_id = ?""", Integer.class, shift.getId());
		return count == null ? 0 : count;
	}

	public Duration trackInterval() {
		return properties.trackInterval();
	}

	/** Track points older than the retention are deleted every night (个人信息保护法 第十九条: no longer than needed). */
	@Scheduled(cron = "0 40 3 * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = "duty-track-retention", lockAtMostFor = "PT30M")
	@Transactional
	public void purgeTracks() {
		jdbc.update("delete from duty_track_point where at < ?",
				Timestamp.from(clock.instant().minus(properties.trackRetention())));
	}
}
