package org.chengguan.frontage;

import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.evidence.EvidenceManagement;
import org.chengguan.evidence.EvidenceSource;
import org.chengguan.evidence.Upload;
import org.chengguan.grid.GridLocation;
import org.chengguan.grid.GridManagement;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.OrgManagement;
import org.chengguan.staff.OrgUnitType;
import org.chengguan.grid.Shapes;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The frontage module's API: sign a unit up (from the form or a 台账 row), keep its 责任书, list and show the units a
 * person's 辖区 covers, and tell the record of a unit — the cases found at it and how many in the repeat window — to
 * the 裁量 and the party's history. Who may change a unit: a holder of {@code frontage:manage} whose 辖区 covers its
 * grid ({@link #mayManage}).
 */
@Service
@Transactional(readOnly = true)
public class FrontageManagement {

	static final String MANAGE = "hasAuthority('frontage:manage')";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final FrontageUnitRepository units;

	private final JdbcTemplate jdbc;

	private final FrontageIndex index;

	private final GridManagement grids;

	private final OrgManagement org;

	private final EvidenceManagement evidence;

	private final FrontageProperties properties;

	private final WorkingCalendar calendar;

	private final Clock clock;

	private final MessageSource messages;

	FrontageManagement(FrontageUnitRepository units, JdbcTemplate jdbc, GridManagement grids, OrgManagement org,
			EvidenceManagement evidence, FrontageProperties properties, WorkingCalendar calendar, Clock clock,
			MessageSource messages, FrontageIndex index) {
		this.messages = messages;
		this.index = index;
		this.units = units;
		this.jdbc = jdbc;
		this.grids = grids;
		this.org = org;
		this.evidence = evidence;
		this.properties = properties;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * Signs a unit up: checked ({@link FrontageRules}), placed in the unit grid its frontage lies in, which the
	 * person's 辖区 must cover, given the next 责任牌 number of its street and an unguessable 共治码 token.
	 */
	@Transactional
	@PreAuthorize(MANAGE)
	public FrontageUnit register(NewFrontage incoming, DataScope scope, Actor actor) {
		var checked = FrontageRules.check(incoming, wording(), calendar.today());
		return save(checked, place(checked.frontage(), scope), actor);
	}

	/**
	 * Signs up every row of a 台账 or none: each row is checked as the form is, and one with a problem keeps the whole
	 * sheet out (the squad fixes the rows listed and sends it again).
	 */
	@Transactional
	@PreAuthorize(MANAGE)
	public FrontageImport.Result importRows(List<FrontageImport.Row> rows, DataScope scope, Actor actor) {
		var problems = new ArrayList<FrontageImport.Problem>();
		var today = calendar.today();
		var placed = new ArrayList<FrontageUnit.Checked>();
		var locations = new ArrayList<GridLocation>();
		for (var row : rows) {
			var found = new ArrayList<>(row.problems());
			found.addAll(FrontageRules.problems(row.unit(), today));
			GridLocation location = null;
			if (row.unit().frontage() != null) {
				try {
					location = place(Shapes.parse(row.unit().frontage(), FrontageRules.MAX_EXTENT_METRES), scope);
				}
				catch (Shapes.ShapeException ex) {
					// listed by the rules already
				}
				catch (FrontageRuleException ex) {
					found.add(ex.getMessage());
				}
			}
			found.forEach(key -> problems.add(new FrontageImport.Problem(row.number(), key)));
			if (found.isEmpty() && location != null) {
				placed.add(FrontageRules.check(row.unit(), wording(), today));
				locations.add(location);
			}
		}
		if (!problems.isEmpty() || rows.isEmpty()) {
			return new FrontageImport.Result(0, rows.size(), problems);
		}
		for (var i = 0; i < placed.size(); i++) {
			save(placed.get(i), locations.get(i), actor);
		}
		return new FrontageImport.Result(placed.size(), rows.size(), List.of());
	}

	/** The unit grid the frontage's centre lies in; the 辖区 must cover it. */
	private GridLocation place(Geometry frontage, DataScope scope) {
		var centre = frontage.getEnvelopeInternal().centre();
		var grid = grids.gridAt(centre.x, centre.y)
			.orElseThrow(() -> new FrontageRuleException("frontage.error.outsideGrids"));
		if (!scope.coversRegion(grid.unitGridCode())) {
			throw new FrontageRuleException("frontage.error.outsideScope");
		}
		return grid;
	}

	private FrontageUnit save(FrontageUnit.Checked checked, GridLocation grid, Actor actor) {
		var prefix = "MQ" + grid.streetCode();
		Integer last = jdbc.queryForObject("""
				select coalesce(max(cast(substring(code from ?) as int)), 0) from frontage_unit
				where code like ?""", Integer.class, prefix.length() + 1, prefix + "%");
		var code = prefix + String.format("%04d", (last == null ? 0 : last) + 1);
		var unit = units.save(new FrontageUnit(code, token(), checked, grid.unitGridCode(), squadOf(grid.unitGridCode()),
				actor.username(), clock.instant()));
		index.added();
		return unit;
	}

	/** The signed 责任书, scanned (PDF or image), into the evidence store; it replaces none: a new scan is a new file. */
	@Transactional
	@PreAuthorize(MANAGE)
	public void pledge(long id, Upload scan, LocalDate signedOn, DataScope scope, Actor actor) {
		var unit = get(id, scope);
		if (!mayManage(unit, scope)) {
			throw new FrontageRuleException("frontage.error.outsideScope");
		}
		if (signedOn.isAfter(calendar.today())) {
			throw new FrontageRuleException("frontage.error.signedOn");
		}
		try (var content = scan.content().getInputStream()) {
			var file = evidence.store(content, scan.name(),
					new EvidenceSource("FRONTAGE", null, actor.username()));
			unit.pledge(file.getId(), signedOn);
		}
		catch (IOException ex) {
			throw new FrontageRuleException("frontage.error.pledgeFile");
		}
	}

	/** The bureau's wording of the three 包: as configured, else the standard wording of messages.properties. */
	public FrontageViews.Wording wording() {
		var configured = properties.duties();
		return new FrontageViews.Wording(or(configured.appearance(), "frontage.duty.default.appearance"),
				or(configured.sanitation(), "frontage.duty.default.sanitation"),
				or(configured.order(), "frontage.duty.default.order"));
	}

	private String or(@Nullable String configured, String key) {
		return configured != null && !configured.isBlank() ? configured.strip()
				: messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

	/** Seeing is not acting: the unit's grid must lie in the 辖区 of the person who changes it. */
	public boolean mayManage(FrontageUnit unit, DataScope scope) {
		return scope.coversRegion(unit.getUnitGridCode());
	}

	public FrontageUnit get(long id, DataScope scope) {
		return units.findById(id)
			.filter(u -> scope.coversRegion(u.getUnitGridCode()))
			.orElseThrow(() -> new FrontageNotFoundException(String.valueOf(id)));
	}

	/** The unit a 共治码 names, for the public page (no account). */
	public Optional<FrontageUnit> byToken(String token) {
		return token.matches("[A-Za-z0-9_-]{16,24}") ? units.findByToken(token) : Optional.empty();
	}

	/** The units of the 辖区, by number, whose name, address or number contains the keyword; 50 a page. */
	public List<FrontageViews.Row> list(DataScope scope, String keyword, int page) {
		var args = new ArrayList<Object>();
		args.add(Timestamp.from(windowStart(clock.instant())));
		var sql = new StringBuilder("""
				select u.id, u.code, u.name, u.address, u.unit_grid_code, u.signed_on, u.pledge_file_id is not null,
				       u.min_lon = u.max_lon and u.min_lat = u.max_lat,
				       (select count(*) from frontage_violation v where v.unit_id = u.id and v.found_at >= ?)
				from frontage_unit u where u.active""");
		if (!scope.citywide()) {
			sql.append(" and (u.unit_grid_code like any(?) or u.unit_grid_code = any(?))");
			args.add(scope.regionPrefixes().stream().map(p -> p + "%").toArray(String[]::new));
			args.add(scope.gridCodes().toArray(String[]::new));
		}
		var text = keyword.strip();
		if (!text.isEmpty()) {
			sql.append(" and (strpos(u.name, ?) > 0 or strpos(u.address, ?) > 0 or strpos(u.code, upper(?)) > 0)");
			args.add(text);
			args.add(text);
			args.add(text);
		}
		sql.append(" order by u.code limit 51 offset ?");
		args.add(Math.max(0, page) * 50);
		return jdbc.query(sql.toString(), (rs, i) -> new FrontageViews.Row(rs.getLong(1), rs.getString(2),
				rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getBoolean(7),
				rs.getBoolean(8), rs.getInt(9)), args.toArray());
	}

	/** The active units of the 辖区 whose frontage lies within {@code metres} of a line (a road's shops), by number. */
	public List<FrontageUnit> along(Geometry line, double metres, DataScope scope) {
		var envelope = line.getEnvelopeInternal();
		var box = Shapes.degrees(metres, envelope.centre().y);
		return jdbc.queryForList("""
				select id from frontage_unit where active and min_lat <= ? and max_lat >= ? and min_lon <= ? and max_lon >= ?
				order by code""", Long.class, envelope.getMaxY() + box[1], envelope.getMinY() - box[1],
				envelope.getMaxX() + box[0], envelope.getMinX() - box[0])
			.stream()
			.map(id -> units.findById(id).orElseThrow())
			.filter(u -> scope.coversRegion(u.getUnitGridCode()))
			.filter(u -> Shapes.metresTo(line, u.getCentreLon(), u.getCentreLat()) <= metres)
			.toList();
	}

	/** The cases found at a unit, newest first. */
	public List<FrontageViews.Violation> violations(long unitId) {
		return jdbc.query("""
				select case_id, case_number, category_key, found_at, link from frontage_violation
				where unit_id = ? order by found_at desc, id desc""",
				(rs, i) -> new FrontageViews.Violation(rs.getLong(1), rs.getString(2), rs.getString(3),
						rs.getTimestamp(4).toInstant(), rs.getString(5)), unitId);
	}

	/**
	 * The record of the unit a case was found at, as of that case: how many problems were found there in the repeat
	 * window up to it, this one included (the second in 12 months is 较重 under the bands of domain.md §8.18).
	 */
	public Optional<FrontageViews.Record> ofCase(long caseId) {
		return jdbc.query("select unit_id, found_at from frontage_violation where case_id = ?",
				(rs, i) -> record(rs.getLong(1), rs.getTimestamp(2).toInstant()), caseId).stream().findFirst();
	}

	/** The units of an organisation (by 统一社会信用代码) with their record as of now: the party's history. */
	public List<FrontageViews.Record> ofCreditCode(String creditCode) {
		return units.findByCreditCodeOrderByCode(creditCode.strip()).stream()
			.map(u -> record(u.getId(), clock.instant()))
			.toList();
	}

	/** A unit's record as of now. */
	public FrontageViews.Record recordOf(long unitId) {
		return record(unitId, clock.instant());
	}

	/** Whether the 辖区 covers the unit (the case page shows a unit only to those who may see it). */
	public boolean visible(long unitId, DataScope scope) {
		return units.findById(unitId).filter(u -> scope.coversRegion(u.getUnitGridCode())).isPresent();
	}

	private FrontageViews.Record record(long unitId, Instant asOf) {
		var unit = units.findById(unitId).orElseThrow(() -> new FrontageNotFoundException(String.valueOf(unitId)));
		var from = windowStart(asOf);
		var all = violations(unitId);
		var repeats = (int) all.stream().filter(v -> !v.foundAt().isBefore(from) && !v.foundAt().isAfter(asOf)).count();
		return new FrontageViews.Record(unitId, unit.getCode(), unit.getName(), unit.getCreditCode(), repeats,
				properties.repeatMonths(), all);
	}

	private Instant windowStart(Instant asOf) {
		return ZonedDateTime.ofInstant(asOf, calendar.zone()).minusMonths(properties.repeatMonths()).toInstant();
	}

	/** The squad whose regions cover the unit grid (the most specific one), if any. */
	@Nullable Long squadOf(String unitGridCode) {
		Long squad = null;
		var longest = 0;
		for (var row : org.tree()) {
			var unit = row.unit();
			if (unit.getType() != OrgUnitType.SQUAD) {
				continue;
			}
			for (var region : unit.getRegionCodes()) {
				if (unitGridCode.startsWith(region) && region.length() > longest) {
					longest = region.length();
					squad = unit.getId();
				}
			}
		}
		return squad;
	}

	private static String token() {
		var bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
