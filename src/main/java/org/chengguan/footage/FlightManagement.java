package org.chengguan.footage;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.chengguan.caseflow.CaseManagement;
import org.chengguan.category.Category;
import org.chengguan.category.CategoryManagement;
import org.chengguan.intake.Channel;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.intake.NewReport;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.StaffManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 无人机巡查: a drone's flight with its pilot and purpose, and what was seen from above — each finding located, of a
 * category, with its area for a 违法建设 and the footage showing it — which opens a case through intake as a patrol
 * report of the pilot's, once.
 */
@Component
@Transactional
public class FlightManagement {

	/** A flight as listed. */
	public record Flight(long id, long deviceId, String deviceName, long unitId, long pilotId, String pilot,
			LocalDate flownOn, String purpose, int findings, int opened) {
	}

	/** A finding of a flight; {@code caseId} once it opened one. */
	public record Finding(long id, long flightId, double lon, double lat, long categoryId, String categoryName,
			String description, @Nullable BigDecimal areaM2, @Nullable Long footageId, @Nullable Long caseId,
			@Nullable String caseNumber) {
	}

	private static final String FLIGHTS = """
			select f.id, f.device_id, d.name, d.unit_id, f.pilot_id, m.name, f.flown_on, f.purpose,
			       (select count(*) from footage_finding g where g.flight_id = f.id),
			       (select count(*) from footage_finding g where g.flight_id = f.id and g.case_id is not null)
			from footage_flight f join footage_device d on d.id = f.device_id join staff_member m on m.id = f.pilot_id
			""";

	private final FootageManagement footage;

	private final DeviceRepository devices;

	private final DeviceManagement register;

	private final StaffManagement staff;

	private final CategoryManagement categories;

	private final IntakeManagement intake;

	private final CaseManagement cases;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final org.springframework.context.MessageSource messages;

	FlightManagement(FootageManagement footage, DeviceManagement register, DeviceRepository devices, StaffManagement staff,
			CategoryManagement categories, IntakeManagement intake, CaseManagement cases, JdbcTemplate jdbc,
			Clock clock, org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.footage = footage;
		this.devices = devices;
		this.register = register;
		this.staff = staff;
		this.categories = categories;
		this.intake = intake;
		this.cases = cases;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** 登记飞行: a drone of the person's unit (or one they hold), flown by a member of its unit, not in the future. */
	@PreAuthorize(FootageManagement.UPLOAD)
	public long fly(long deviceId, long pilotId, LocalDate flownOn, String purpose, Actor actor) {
		var device = devices.findById(deviceId).orElseThrow(() -> new FootageNotFoundException("device " + deviceId));
		if (device.getKind() != Device.Kind.DRONE
				|| !DeviceManagement.mayImport(device, actor, staff.orgUnitOf(actor.id()))) {
			throw new FootageRuleException("footage.flight.error.device");
		}
		if (!staff.membersOf(device.getUnitId()).contains(pilotId)) {
			throw new FootageRuleException("footage.flight.error.pilot");
		}
		if (flownOn.isAfter(LocalDate.now(clock)) || flownOn.isBefore(device.getReviewApprovedOn())) {
			throw new FootageRuleException("footage.flight.error.date");
		}
		if (purpose.isBlank() || purpose.strip().length() > 200) {
			throw new FootageRuleException("footage.flight.error.purpose");
		}
		return Objects.requireNonNull(jdbc.queryForObject("""
				insert into footage_flight (device_id, pilot_id, flown_on, purpose, created_by, created_at)
				values (?, ?, ?, ?, ?, ?) returning id""", Long.class, deviceId, pilotId, flownOn, purpose.strip(),
				actor.username(), Timestamp.from(clock.instant())));
	}

	/** The flights of the drones the person sees, newest first. */
	@Transactional(readOnly = true)
	@PreAuthorize(FootageManagement.VIEW)
	public List<Flight> flights(DataScope scope, Actor viewer) {
		var visible = Set.copyOf(register.devices(scope, viewer).stream().map(Device::getId).toList());
		return jdbc.query(FLIGHTS + " order by f.flown_on desc, f.id desc", (rs, i) -> flight(rs)).stream()
			.filter(f -> visible.contains(f.deviceId()))
			.toList();
	}

	@Transactional(readOnly = true)
	@PreAuthorize(FootageManagement.VIEW)
	public Flight flight(long id, DataScope scope, Actor viewer) {
		var found = jdbc.query(FLIGHTS + " where f.id = ?", (rs, i) -> flight(rs), id).stream().findFirst()
			.orElseThrow(() -> new FootageNotFoundException("flight " + id));
		register.device(found.deviceId(), scope, viewer);
		return found;
	}

	@Transactional(readOnly = true)
	public List<Finding> findings(long flightId) {
		return jdbc.query("""
				select g.id, g.flight_id, g.lon, g.lat, g.category_id, c.name, g.description, g.area_m2, g.footage_id,
				       g.case_id, k.number
				from footage_finding g join category_item c on c.id = g.category_id
				left join caseflow_case k on k.id = g.case_id
				where g.flight_id = ? order by g.id""", (rs, i) -> new Finding(rs.getLong(1), rs.getLong(2),
				rs.getDouble(3), rs.getDouble(4), rs.getLong(5), rs.getString(6), rs.getString(7),
				rs.getBigDecimal(8), rs.getObject(9, Long.class), rs.getObject(10, Long.class), rs.getString(11)),
				flightId);
	}

	/** 记录发现: where, what, how large, and the footage of this flight that shows it. */
	@PreAuthorize(FootageManagement.UPLOAD)
	public long find(long flightId, double lon, double lat, long categoryId, String description,
			@Nullable BigDecimal areaM2, @Nullable Long footageId, DataScope scope, Actor actor) {
		var flight = acting(flightId, scope, actor);
		if (!(lon >= 73 && lon <= 136 && lat >= 3 && lat <= 54)) {
			throw new FootageRuleException("footage.error.position");
		}
		if (categories.find(categoryId).map(Category::getKind).isEmpty()) {
			throw new FootageRuleException("footage.flight.error.category");
		}
		if (description.isBlank() || description.strip().length() > 500) {
			throw new FootageRuleException("footage.flight.error.description");
		}
		if (areaM2 != null && (areaM2.signum() <= 0 || areaM2.compareTo(new BigDecimal("99999999")) > 0)) {
			throw new FootageRuleException("footage.flight.error.area");
		}
		if (footageId != null && !Objects.equals(footage.get(footageId, scope, actor).footage().getFlightId(),
				flight.id())) {
			throw new FootageRuleException("footage.flight.error.footage");
		}
		return Objects.requireNonNull(jdbc.queryForObject("""
				insert into footage_finding (flight_id, lon, lat, category_id, description, area_m2, footage_id,
				                             recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, flightId, lon, lat, categoryId,
				description.strip(), areaM2, footageId, actor.username(), Timestamp.from(clock.instant())));
	}

	/**
	 * 立案: the finding becomes a patrol report of the pilot's at its place (a case opens as for any patrol report), with
	 * its footage linked to the case; once only. The case's id.
	 */
	@PreAuthorize(FootageManagement.UPLOAD)
	public long open(long findingId, DataScope scope, Actor actor) {
		var finding = jdbc.query("select flight_id from footage_finding where id = ?", (rs, i) -> rs.getLong(1),
				findingId).stream().findFirst().orElseThrow(() -> new FootageNotFoundException("finding " + findingId));
		var flight = acting(finding, scope, actor);
		var found = findings(flight.id()).stream().filter(f -> f.id() == findingId).findFirst().orElseThrow();
		if (found.caseId() != null) {
			throw new FootageRuleException("footage.flight.error.opened");
		}
		var text = found.areaM2() == null ? found.description()
				: messages.getMessage("footage.finding.withArea", new Object[] { found.description(),
						found.areaM2().stripTrailingZeros().toPlainString() }, java.util.Locale.SIMPLIFIED_CHINESE);
		var report = intake.receive(new NewReport(Channel.PATROL, null, null, Instant.now(clock), found.categoryId(),
				null, false, text, null, found.lon(), found.lat(), null, flight.pilotId(), false, List.of()));
		var caseId = cases.byReport(report.getId()).orElseThrow().id();
		jdbc.update("update footage_finding set case_id = ? where id = ? and case_id is null", caseId, findingId);
		if (found.footageId() != null) {
			footage.link(found.footageId(), FootageManagement.Target.CASE, caseId, actor,
					cases.byReport(report.getId()).orElseThrow().number());
		}
		return caseId;
	}

	private Flight acting(long flightId, DataScope scope, Actor actor) {
		var flight = flight(flightId, scope, actor);
		var device = devices.findById(flight.deviceId()).orElseThrow();
		if (!DeviceManagement.mayImport(device, actor, staff.orgUnitOf(actor.id())) && flight.pilotId() != actor.id()) {
			throw new FootageRuleException("footage.flight.error.notYours");
		}
		return flight;
	}

	private static Flight flight(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Flight(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
				rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8), rs.getInt(9), rs.getInt(10));
	}
}
