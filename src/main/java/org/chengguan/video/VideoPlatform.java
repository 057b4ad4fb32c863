package org.chengguan.video;

import java.time.Duration;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A video platform (one API client): whose alarm codes it sends and how long an alarm stays open for merging. */
@Entity
@Table(name = "video_platform")
class VideoPlatform {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long clientId;

	private String vendor;

	private int mergeWindowMinutes = 30;

	protected VideoPlatform() {
		this.vendor = "";
	}

	VideoPlatform(long clientId, String vendor) {
		this.clientId = clientId;
		this.vendor = vendor;
	}

	long getId() {
		if (id == null) {
			throw new IllegalStateException("Platform not saved yet");
		}
		return id;
	}

	long getClientId() {
		return clientId;
	}

	String getVendor() {
		return vendor;
	}

	Duration mergeWindow() {
		return Duration.ofMinutes(mergeWindowMinutes);
	}
}
