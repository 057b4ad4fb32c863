package org.chengguan.footage;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * An enforcement device: a body camera (执法记录仪) issued to a person or a unit's pool, or a drone (无人机). Only a
 * device that passed its legal and technical review, and whose use was published, is registered at all
 * (《行政处罚法》第四十一条), so that what it records can serve as evidence.
 */
@Entity
@Table(name = "footage_device")
public class Device {

	/** What kind of device. */
	public enum Kind {
		BODY_CAMERA, DRONE
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String code;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String name;

	private String model;

	private long unitId;

	private @Nullable Long holderId;

	private String reviewRef;

	private LocalDate reviewApprovedOn;

	private LocalDate publishedOn;

	private boolean enabled = true;

	private String createdBy;

	private Instant createdAt;

	@Version
	private long version;

	protected Device() {
		this.code = "";
		this.kind = Kind.BODY_CAMERA;
		this.name = "";
		this.model = "";
		this.reviewRef = "";
		this.reviewApprovedOn = LocalDate.EPOCH;
		this.publishedOn = LocalDate.EPOCH;
		this.createdBy = "";
		this.createdAt = Instant.EPOCH;
	}

	Device(DeviceManagement.NewDevice d, String createdBy, Instant createdAt) {
		this.code = d.code();
		this.kind = d.kind();
		this.name = d.name();
		this.model = d.model();
		this.unitId = d.unitId();
		this.holderId = d.holderId();
		this.reviewRef = d.reviewRef();
		this.reviewApprovedOn = d.reviewApprovedOn();
		this.publishedOn = d.publishedOn();
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** 停用 (lost, broken, retired): nothing more is imported from it; what it recorded stays evidence. */
	void disable() {
		enabled = false;
	}

	public Long getId() {
		if (id == null) {
			throw new IllegalStateException("Device not saved yet");
		}
		return id;
	}

	public String getCode() {
		return code;
	}

	public Kind getKind() {
		return kind;
	}

	public String getName() {
		return name;
	}

	public String getModel() {
		return model;
	}

	public long getUnitId() {
		return unitId;
	}

	public @Nullable Long getHolderId() {
		return holderId;
	}

	public String getReviewRef() {
		return reviewRef;
	}

	public LocalDate getReviewApprovedOn() {
		return reviewApprovedOn;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public long getVersion() {
		return version;
	}
}
