package org.chengguan.road;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chengguan.caseflow.CaseFactManagement;
import org.chengguan.grid.GridManagement;
import org.chengguan.grid.Shapes;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.StaffManagement;
import org.chengguan.staff.StaffSummary;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.LineString;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The road module's API: set a segment up with its 路长, hand it over, list the segments a 辖区 covers, name the 路长 of
 * a case or a place, and give a segment's open cases and the cases received on each segment in a period (the monthly
 * assessment). Who may set a segment up: a holder of {@code road:manage} whose 辖区 covers its street.
 */
@Service
@Transactional(readOnly = true)
public class RoadManagement {

	static final String MANAGE = "hasAuthority('road:manage')";

	/** A segment is a stretch of a road, not a city: longer than this is a typing error. */
	static final double MAX_EXTENT_METRES = 5_000;

	private final RoadSegmentRepository segments;

	private final JdbcTemplate jdbc;

	private final RoadIndex index;

	private final GridManagement grids;

	private final StaffManagement staff;

	private final CaseFactManagement facts;

	private final Clock clock;

	private final MessageSource messages;

	RoadManagement(RoadSegmentRepository segments, JdbcTemplate jdbc, GridManagement grids, StaffManagement staff,
			CaseFactManagement facts, Clock clock, MessageSource messages, RoadIndex index) {
		this.messages = messages;
		this.index = index;
		this.segments = segments;
		this.jdbc = jdbc;
		this.grids = grids;
		this.staff = staff;
		this.facts = facts;
		this.clock = clock;
	}

	/**
	 * Sets a segment up: a line within the grids, in a street the person's 辖区 covers, with a 路长 who has an enabled
	 * account; the unit grids it crosses are kept with it.
	 */
	@Transactional
	@PreAuthorize(MANAGE)
	public RoadSegment register(NewRoad incoming, DataScope scope, Actor actor) {
		if (incoming.name() == null || incoming.name().isBlank() || incoming.name().strip().length() > 100) {
			throw new RoadRuleException("road.error.name");
		}
		LineString line;
		try {
			var shape = Shapes.parse(incoming.centreLine() == null ? "" : incoming.centreLine(), MAX_EXTENT_METRES);
			if (!(shape instanceof LineString parsed)) {
				throw new RoadRuleException("road.error.line");
			}
			line = parsed;
		}
		catch (Shapes.ShapeException ex) {
			throw new RoadRuleException(ex.getMessage());
		}
		var reach = incoming.reach() == null ? 15 : incoming.reach();
		if (reach < 5 || reach > 100) {
			throw new RoadRuleException("road.error.reach");
		}
		var chief = chief(incoming.chief());
		var crossed = new LinkedHashSet<String>();
		String street = null;
		for (var point : Shapes.along(line, 20)) {
			var grid = grids.gridAt(point.getX(), point.getY()).orElse(null);
			if (grid != null) {
				crossed.add(grid.unitGridCode());
				street = street == null ? grid.streetCode() : street;
			}
		}
		if (street == null) {
			throw new RoadRuleException("road.error.outsideGrids");
		}
		if (!scope.coversRegion(street)) {
			throw new RoadRuleException("road.error.outsideScope");
		}
		var prefix = "LZ" + street;
		Integer last = jdbc.queryForObject("""
				select coalesce(max(cast(substring(code from ?) as int)), 0) from road_segment where code like ?""",
				Integer.class, prefix.length() + 1, prefix + "%");
		var duties = duties();
		var segment = segments.save(new RoadSegment(prefix + String.format("%03d", (last == null ? 0 : last) + 1),
				incoming.name().strip(), line, reach, street, chief.id(), new String[] {
						or(incoming.dutyAppearance(), duties[0]), or(incoming.dutySanitation(), duties[1]),
						or(incoming.dutyFacilities(), duties[2]) }, actor.username(), clock.instant()));
		for (var code : crossed) {
			jdbc.update("insert into road_segment_grid (segment_id, unit_grid_code) values (?, ?)", segment.getId(), code);
		}
		index.added();
		return segment;
	}

	/**
	 * The standard wording of a 路长's three duties (市容市貌, 环境卫生, 市政设施, messages.properties
	 * {@code road.duty.default.*}), for a segment set up without its own.
	 */
	public String[] duties() {
		return new String[] { stored("road.duty.default.appearance"), stored("road.duty.default.sanitation"),
				stored("road.duty.default.facilities") };
	}

	private String stored(String key) {
		return messages.getMessage(key, null, java.util.Locale.SIMPLIFIED_CHINESE);
	}

	/** 路长 交接: another person answers for the segment from now on. */
	@Transactional
	@PreAuthorize(MANAGE)
	public void handOver(long id, String chiefUsername, DataScope scope) {
		var segment = get(id, scope);
		segment.handOver(chief(chiefUsername).id());
	}

	/** The 路长 named by username: someone with an enabled account. */
	private StaffSummary chief(@Nullable String username) {
		if (username == null || username.isBlank()) {
			throw new RoadRuleException("road.error.chief");
		}
		return staff.byUsername(username).orElseThrow(() -> new RoadRuleException("road.error.chief"));
	}

	public RoadSegment get(long id, DataScope scope) {
		return segments.findById(id).filter(s -> visible(s, scope)).orElseThrow(() -> new RoadNotFoundException(id));
	}

	/** A 辖区 sees a segment in a street it covers, or crossing one of its grids. */
	private boolean visible(RoadSegment segment, DataScope scope) {
		return scope.coversRegion(segment.getStreetCode()) || gridsOf(segment.getId()).stream().anyMatch(scope::coversRegion);
	}

	public List<String> gridsOf(long segmentId) {
		return jdbc.queryForList("select unit_grid_code from road_segment_grid where segment_id = ? order by 1",
				String.class, segmentId);
	}

	/** The segments a 辖区 sees, with their 路长, grids and open cases. */
	public List<RoadViews.Row> list(DataScope scope) {
		var visible = segments.findByActiveTrueOrderByCode().stream().filter(s -> visible(s, scope)).toList();
		var names = names(visible.stream().map(RoadSegment::getChiefId).collect(java.util.stream.Collectors.toSet()));
		var open = new HashMap<Long, Integer>();
		jdbc.query("""
				select r.segment_id, count(*) from road_case r join caseflow_case c on c.id = r.case_id
				where c.status not in ('CLOSED', 'REJECTED', 'DECLINED', 'CANCELLED', 'MERGED') group by 1""",
				rs -> {
					open.put(rs.getLong(1), rs.getInt(2));
				});
		return visible.stream()
			.map(s -> new RoadViews.Row(s.getId(), s.getCode(), s.getName(), s.getLengthMetres(),
					names.getOrDefault(s.getChiefId(), ""), gridsOf(s.getId()), open.getOrDefault(s.getId(), 0)))
			.toList();
	}

	/** The segments a person is 路长 of. */
	public List<RoadSegment> ledBy(long staffId) {
		return segments.findByChiefIdAndActiveTrueOrderByCode(staffId);
	}

	/** The 路长 of the segment a case was found on. */
	public Optional<RoadViews.Chief> chiefOfCase(long caseId) {
		return jdbc.queryForList("select segment_id from road_case where case_id = ?", Long.class, caseId)
			.stream()
			.findFirst()
			.flatMap(segments::findById)
			.map(this::chief);
	}

	/** The segment a point lies on: the nearest whose reach covers it. */
	public Optional<Long> segmentAt(double lon, double lat) {
		return nearest(lon, lat, 0);
	}

	/** The 路长 of the nearest segment whose road reaches the point (a frontage's road). */
	public Optional<RoadViews.Chief> chiefAt(double lon, double lat) {
		return nearest(lon, lat, 30).flatMap(segments::findById).map(this::chief);
	}

	/** A segment's 路长, with their name and work phone. */
	public RoadViews.Chief chiefOfSegment(RoadSegment segment) {
		return chief(segment);
	}

	private RoadViews.Chief chief(RoadSegment segment) {
		var name = names(Set.of(segment.getChiefId())).getOrDefault(segment.getChiefId(), "");
		return new RoadViews.Chief(segment.getId(), segment.getCode(), segment.getName(), segment.getChiefId(), name,
				staff.phoneOf(segment.getChiefId()).orElse(null));
	}

	/** The open cases found on a segment, as the 辖区 lets the viewer see them, newest first. */
	public List<CaseFactManagement.Listing> openCases(long segmentId, DataScope scope) {
		var ids = jdbc.queryForList("""
				select r.case_id from road_case r join caseflow_case c on c.id = r.case_id
				where r.segment_id = ? and c.status not in ('CLOSED', 'REJECTED', 'DECLINED', 'CANCELLED', 'MERGED')
				order by r.received_at desc limit 200""", Long.class, segmentId);
		return facts.listings(ids, scope);
	}

	/** Every active segment with the cases received on it in the period: what its monthly figures are summed from. */
	public Map<RoadSegment, List<Long>> casesReceived(Instant from, Instant to) {
		var byId = new HashMap<Long, List<Long>>();
		jdbc.query("select segment_id, case_id from road_case where received_at >= ? and received_at < ?",
				rs -> {
					byId.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
				}, Timestamp.from(from), Timestamp.from(to));
		var result = new java.util.LinkedHashMap<RoadSegment, List<Long>>();
		for (var segment : segments.findByActiveTrueOrderByCode()) {
			result.put(segment, byId.getOrDefault(segment.getId(), List.of()));
		}
		return result;
	}

	/** The cases found on these segments and received in [from, to), by case id. */
	public Map<Long, Instant> casesOn(Set<Long> segmentIds, Instant from, Instant to) {
		var found = new HashMap<Long, Instant>();
		if (!segmentIds.isEmpty()) {
			jdbc.query("""
					select case_id, received_at from road_case
					where segment_id = any(?) and received_at >= ? and received_at < ?""", rs -> {
				found.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
			}, segmentIds.toArray(Long[]::new), Timestamp.from(from), Timestamp.from(to));
		}
		return found;
	}

	/** The names of the 路长, by staff id. */
	public Map<Long, String> names(Set<Long> ids) {
		var names = new HashMap<Long, String>();
		staff.summaries(ids).forEach(s -> names.put(s.id(), s.name()));
		return names;
	}

	/** The active segment nearest to a point whose reach (plus {@code margin} metres) covers it. */
	Optional<Long> nearest(double lon, double lat, double margin) {
		return index.nearest(lon, lat, margin);
	}

	private static String or(@Nullable String text, String fallback) {
		return text == null || text.isBlank() ? fallback : text.strip();
	}
}
