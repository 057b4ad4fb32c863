package org.chengguan.duty;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * 单兵勤务报备 of one member in one shift: 上岗 with the position, then 下岗. Its state moves only forward, in
 * {@link #off}: on duty until off, never on again in the same shift.
 */
@Entity
@Table(name = "duty_attendance")
public class Attendance {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long shiftId;

	private long staffId;

	private Instant onAt;

	private @Nullable Double onLon;

	private @Nullable Double onLat;

	private @Nullable Instant offAt;

	private @Nullable Double offLon;

	private @Nullable Double offLat;

	@Version
	private long version;

	protected Attendance() {
		this.onAt = Instant.EPOCH;
	}

	Attendance(long shiftId, long staffId, Instant onAt, @Nullable Double lon, @Nullable Double lat) {
		this.shiftId = shiftId;
		this.staffId = staffId;
		this.onAt = onAt;
		this.onLon = lon;
		this.onLat = lat;
	}

	/** 下岗: once, after 上岗. */
	void off(Instant at, @Nullable Double lon, @Nullable Double lat) {
		if (offAt != null) {
			throw new DutyRuleException("duty.error.alreadyOff");
		}
		this.offAt = at.isBefore(onAt) ? onAt : at;
		this.offLon = lon;
		this.offLat = lat;
	}

	public boolean isOnDuty() {
		return offAt == null;
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("Not saved yet");
		}
		return id;
	}

	public long getShiftId() {
		return shiftId;
	}

	public long getStaffId() {
		return staffId;
	}

	public Instant getOnAt() {
		return onAt;
	}

	public @Nullable Double getOnLon() {
		return onLon;
	}

	public @Nullable Double getOnLat() {
		return onLat;
	}

	public @Nullable Instant getOffAt() {
		return offAt;
	}
}
