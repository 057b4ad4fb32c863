package org.chengguan.footage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.StaffManagement;
import org.chengguan.staff.StaffSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of enforcement devices: a device is registered only after its legal and technical review; who sees a
 * device and its footage (its unit, and whoever's 辖区 covers the unit) and who brings footage in from it (its holder,
 * or a member of its unit for a pool device) are decided here.
 */
@Component
@Transactional
public class DeviceManagement {

	static final String MANAGE = "hasAuthority('footage:manage')";

	private final DeviceRepository devices;

	private final StaffManagement staff;

	private final Clock clock;

	DeviceManagement(DeviceRepository devices, StaffManagement staff, Clock clock) {
		this.devices = devices;
		this.staff = staff;
		this.clock = clock;
	}

	/** A device as registered, with its Art. 41 review. */
	public record NewDevice(String code, Device.Kind kind, String name, String model, long unitId,
			@Nullable Long holderId, String reviewRef, LocalDate reviewApprovedOn, LocalDate publishedOn) {
	}

	/** 登记 a device after its review (《行政处罚法》第四十一条): the review's reference, approval and publication. */
	@PreAuthorize(MANAGE)
	public Device register(NewDevice incoming, DataScope scope, Actor actor) {
		var code = incoming.code().strip();
		if (!code.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,39}")) {
			throw new FootageRuleException("footage.device.error.code");
		}
		if (blank(incoming.name(), 60) || blank(incoming.model(), 60)) {
			throw new FootageRuleException("footage.device.error.name");
		}
		// 《行政处罚法》第四十一条：经过法制和技术审核……设置地点应当向社会公布
		if (blank(incoming.reviewRef(), 60) || incoming.publishedOn().isBefore(incoming.reviewApprovedOn())
				|| incoming.publishedOn().isAfter(LocalDate.now(clock))) {
			throw new FootageRuleException("footage.device.error.review");
		}
		if (!scope.coversOrgUnit(incoming.unitId())) {
			throw new FootageRuleException("footage.device.error.unit");
		}
		if (incoming.holderId() != null && !staff.membersOf(incoming.unitId()).contains(incoming.holderId())) {
			throw new FootageRuleException("footage.device.error.holder");
		}
		if (devices.findByCode(code).isPresent()) {
			throw new FootageRuleException("footage.device.error.duplicate");
		}
		return devices.save(new Device(new NewDevice(code, incoming.kind(), incoming.name().strip(),
				incoming.model().strip(), incoming.unitId(), incoming.holderId(), incoming.reviewRef().strip(),
				incoming.reviewApprovedOn(), incoming.publishedOn()), actor.username(), clock.instant()));
	}

	/** 停用: nothing more is imported from it. */
	@PreAuthorize(MANAGE)
	public void disable(long deviceId, DataScope scope, Actor actor) {
		var device = device(deviceId, scope, actor);
		device.disable();
	}

	/** The devices the person sees. */
	@Transactional(readOnly = true)
	public List<Device> devices(DataScope scope, Actor viewer) {
		var own = staff.orgUnitOf(viewer.id());
		return devices.findAllByOrderByKindAscCodeAsc().stream().filter(d -> sees(d, scope, own)).toList();
	}

	@Transactional(readOnly = true)
	public Device device(long id, DataScope scope, Actor viewer) {
		return devices.findById(id).filter(d -> sees(d, scope, staff.orgUnitOf(viewer.id())))
			.orElseThrow(() -> new FootageNotFoundException("device " + id));
	}

	/** The devices the person may bring footage in from: held by them, or their own unit's. */
	@Transactional(readOnly = true)
	public List<Device> importable(Actor actor) {
		var own = staff.orgUnitOf(actor.id());
		return devices.findAllByOrderByKindAscCodeAsc().stream().filter(d -> mayImport(d, actor, own)).toList();
	}

	/** Whether the person may bring footage in from this device: its holder, or a member of its unit. */
	static boolean mayImport(Device device, Actor actor, long actorUnit) {
		return device.isEnabled() && (Objects.equals(device.getHolderId(), actor.id())
				|| device.getHolderId() == null && device.getUnitId() == actorUnit);
	}

	/** Whether the person sees a device and its footage: their own unit's, or one in their 辖区. */
	static boolean sees(Device device, DataScope scope, long viewerUnit) {
		return device.getUnitId() == viewerUnit || scope.coversOrgUnit(device.getUnitId());
	}

	private static boolean blank(@Nullable String text, int max) {
		return text == null || text.isBlank() || text.strip().length() > max;
	}

	/** The people of a device's unit, who may be named as having captured its footage. */
	@Transactional(readOnly = true)
	public List<StaffSummary> peopleOf(Device device) {
		return staff.summaries(Set.copyOf(staff.membersOf(device.getUnitId())));
	}
}
