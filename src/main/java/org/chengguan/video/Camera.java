package org.chengguan.video;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A registered camera: where it looks (alarms without coordinates are placed here) and whether it is an enforcement
 * device whose records may become penalty evidence (行政处罚法 Art. 41).
 */
@Entity
@Table(name = "video_camera")
class Camera {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long platformId;

	private String code;

	private String name;

	private double lon;

	private double lat;

	private boolean enforcementDevice;

	private @Nullable LocalDate reviewApprovedOn;

	private @Nullable LocalDate publishedOn;

	private boolean enabled = true;

	@Version
	private long version;

	protected Camera() {
		this.code = "";
		this.name = "";
	}

	Camera(long platformId, String code, String name, double lon, double lat) {
		this.platformId = platformId;
		this.code = code;
		this.name = name;
		this.lon = lon;
		this.lat = lat;
	}

	/**
	 * 行政处罚法 Art. 41: a device whose records serve as evidence passed legal and technical review and has its
	 * location published.
	 */
	void registerAsEnforcementDevice(LocalDate reviewApprovedOn, LocalDate publishedOn) {
		this.enforcementDevice = true;
		this.reviewApprovedOn = reviewApprovedOn;
		this.publishedOn = publishedOn;
	}

	long getId() {
		if (id == null) {
			throw new IllegalStateException("Camera not saved yet");
		}
		return id;
	}

	public long getPlatformId() {
		return platformId;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public double getLon() {
		return lon;
	}

	public double getLat() {
		return lat;
	}

	public boolean isEnforcementDevice() {
		return enforcementDevice;
	}

	boolean isEnabled() {
		return enabled;
	}
}
