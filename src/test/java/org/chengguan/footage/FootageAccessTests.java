package org.chengguan.footage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeing is not acting, as a matrix: a device's footage is seen by its unit and by whoever's 辖区 covers the unit; it
 * is brought in only by the device's holder — or, for a unit's pool device, by a member of the unit — and never from a
 * disabled device.
 */
class FootageAccessTests {

	static final long SQUAD = 7;

	static final long OTHER = 8;

	static final Actor HOLDER = new Actor(1, "officer01", "持有人");

	static final Actor COLLEAGUE = new Actor(2, "enforcer01", "同中队");

	static final Actor STRANGER = new Actor(3, "officer02", "他中队");

	static Device device(Long holder) {
		return new Device(new DeviceManagement.NewDevice("ZFJLY-1", Device.Kind.BODY_CAMERA, "执法记录仪", "V9", SQUAD,
				holder, "示城管审〔2026〕7号", LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 20)), "enforcement",
				Instant.EPOCH);
	}

	@Test
	void aHeldCameraIsBroughtInByItsHolderOnly() {
		var camera = device(HOLDER.id());
		assertThat(DeviceManagement.mayImport(camera, HOLDER, SQUAD)).isTrue();
		assertThat(DeviceManagement.mayImport(camera, COLLEAGUE, SQUAD)).isFalse();
		assertThat(DeviceManagement.mayImport(camera, STRANGER, OTHER)).isFalse();
	}

	@Test
	void aPoolDeviceIsBroughtInByItsUnitAndNothingFromADisabledOne() {
		var drone = device(null);
		assertThat(DeviceManagement.mayImport(drone, COLLEAGUE, SQUAD)).isTrue();
		assertThat(DeviceManagement.mayImport(drone, STRANGER, OTHER)).isFalse();
		drone.disable();
		assertThat(DeviceManagement.mayImport(drone, COLLEAGUE, SQUAD)).isFalse();
		var held = device(HOLDER.id());
		held.disable();
		assertThat(DeviceManagement.mayImport(held, HOLDER, SQUAD)).isFalse();
	}

	@Test
	void theUnitAndThoseWhoseAreaCoversItSeeTheFootage() {
		var camera = device(HOLDER.id());
		var squadScope = new DataScope(false, Set.of(SQUAD), Set.of(), Set.of());
		var otherScope = new DataScope(false, Set.of(OTHER), Set.of(), Set.of());
		assertThat(DeviceManagement.sees(camera, otherScope, SQUAD)).isTrue();
		assertThat(DeviceManagement.sees(camera, squadScope, OTHER)).isTrue();
		assertThat(DeviceManagement.sees(camera, DataScope.everything(), 1)).isTrue();
		assertThat(DeviceManagement.sees(camera, otherScope, OTHER)).isFalse();
	}
}
