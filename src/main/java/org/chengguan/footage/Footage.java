package org.chengguan.footage;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A video or photo from an enforcement device, kept in the evidence store (its content and SHA-256 never change);
 * this row says which device recorded it, when and where, who wore or flew the device, and how it came in.
 */
@Entity
@Table(name = "footage")
public class Footage {

	/** How it came in. */
	public enum Via {
		UPLOAD, FOLDER
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long deviceId;

	private long evidenceId;

	private Instant capturedAt;

	private @Nullable Double lon;

	private @Nullable Double lat;

	private long capturedById;

	private @Nullable String description;

	@Enumerated(EnumType.STRING)
	private Via importedVia;

	private String importedBy;

	private Instant importedAt;

	private @Nullable Long flightId;

	protected Footage() {
		this.capturedAt = Instant.EPOCH;
		this.importedVia = Via.UPLOAD;
		this.importedBy = "";
		this.importedAt = Instant.EPOCH;
	}

	Footage(long deviceId, long evidenceId, FootageManagement.Capture capture, Via via, String importedBy,
			Instant importedAt) {
		this.deviceId = deviceId;
		this.evidenceId = evidenceId;
		this.capturedAt = capture.capturedAt();
		this.lon = capture.lon();
		this.lat = capture.lat();
		this.capturedById = capture.capturedById();
		this.description = capture.description();
		this.flightId = capture.flightId();
		this.importedVia = via;
		this.importedBy = importedBy;
		this.importedAt = importedAt;
	}

	public Long getId() {
		if (id == null) {
			throw new IllegalStateException("Footage not saved yet");
		}
		return id;
	}

	public long getDeviceId() {
		return deviceId;
	}

	public long getEvidenceId() {
		return evidenceId;
	}

	public Instant getCapturedAt() {
		return capturedAt;
	}

	public @Nullable Double getLon() {
		return lon;
	}

	public @Nullable Double getLat() {
		return lat;
	}

	public long getCapturedById() {
		return capturedById;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public Via getImportedVia() {
		return importedVia;
	}

	public String getImportedBy() {
		return importedBy;
	}

	public Instant getImportedAt() {
		return importedAt;
	}

	public @Nullable Long getFlightId() {
		return flightId;
	}
}
