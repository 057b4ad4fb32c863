package org.chengguan.duty;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chengguan.grid.GridManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's record of duty over a period, for their appraisal: the shifts they were rostered for, those they kept
 * (上岗 and 下岗 reported), and the unit grids of those shifts that their own track or 上岗 position passed through.
 */
@Component
@Transactional(readOnly = true)
public class AttendanceManagement {

	/**
	 * One person's duty.
	 *
	 * @param planned shifts rostered that had ended by then
	 * @param kept of those, the ones with both 上岗 and 下岗 reported
	 * @param gridsPlanned the unit grids to be covered, summed over the shifts
	 * @param gridsVisited of those, the ones the person's own track passed, summed over the shifts
	 */
	public record MemberDuty(int planned, int kept, int gridsPlanned, int gridsVisited) {
	}

	private record Row(long staffId, long shiftId, @Nullable Long attendanceId, boolean kept, @Nullable Double onLon,
			@Nullable Double onLat) {
	}

	private final JdbcTemplate jdbc;

	private final GridManagement grids;

	AttendanceManagement(JdbcTemplate jdbc, GridManagement grids) {
		this.jdbc = jdbc;
		this.grids = grids;
	}

	/** Each person's duty on the days from {@code from} to {@code to} (exclusive), of the shifts ended by {@code until}. */
	public Map<Long, MemberDuty> of(Collection<Long> staffIds, LocalDate from, LocalDate to, Instant until) {
		var rows = jdbc.query("""
				select m.staff_id, s.id, a.id, a.on_at is not null and a.off_at is not null, a.on_lon, a.on_lat
				from duty_shift s join duty_shift_member m on m.shift_id = s.id
				left join duty_attendance a on a.shift_id = s.id and a.staff_id = m.staff_id
				where m.staff_id = any(?) and s.day >= ? and s.day < ? and s.ends_at <= ?""",
				(rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getBoolean(4),
						rs.getObject(5, Double.class), rs.getObject(6, Double.class)),
				staffIds.toArray(Long[]::new), from, to, Timestamp.from(until));
		var planned = plannedGrids(rows.stream().map(Row::shiftId).distinct().toList());
		var visited = visitedGrids(rows.stream().map(Row::attendanceId).filter(a -> a != null).toList());
		var duty = new HashMap<Long, MemberDuty>();
		for (var row : rows) {
			var toCover = planned.getOrDefault(row.shiftId(), Set.of());
			var seen = new HashSet<>(row.attendanceId() == null ? Set.of() : visited.getOrDefault(row.attendanceId(), Set.of()));
			if (row.onLon() != null && row.onLat() != null) {
				grids.gridAt(row.onLon(), row.onLat()).ifPresent(g -> seen.add(g.unitGridCode()));
			}
			seen.retainAll(toCover);
			var sum = duty.getOrDefault(row.staffId(), new MemberDuty(0, 0, 0, 0));
			duty.put(row.staffId(), new MemberDuty(sum.planned() + 1, sum.kept() + (row.kept() ? 1 : 0),
					sum.gridsPlanned() + toCover.size(), sum.gridsVisited() + seen.size()));
		}
		return duty;
	}

	private Map<Long, Set<String>> plannedGrids(List<Long> shiftIds) {
		var unitGrids = new HashMap<Long, Set<String>>();
		var planned = new HashMap<Long, Set<String>>();
		jdbc.query("select shift_id, responsibility_grid_id from duty_shift_grid where shift_id = any(?)", rs -> {
			var codes = unitGrids.computeIfAbsent(rs.getLong(2),
					id -> Set.copyOf(grids.unitGridCodesOf(id)));
			planned.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).addAll(codes);
		}, (Object) shiftIds.toArray(Long[]::new));
		return planned;
	}

	private Map<Long, Set<String>> visitedGrids(List<Long> attendanceIds) {
		var visited = new HashMap<Long, Set<String>>();
		jdbc.query("""
				select distinct attendance_id, unit_grid_code from duty_track_point
				where attendance_id = any(?) and unit_grid_code is not null""", rs -> {
			visited.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
		}, (Object) attendanceIds.toArray(Long[]::new));
		return visited;
	}
}
