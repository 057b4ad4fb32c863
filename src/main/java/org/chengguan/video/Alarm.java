package org.chengguan.video;

import java.math.BigDecimal;
import java.time.Instant;

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
 * One alarm as a platform sent it. The first of a camera and category opens a case and becomes the lead; later ones
 * within the window join it (D4); the lead follows its case to 属实, 误报 or closed.
 */
@Entity
@Table(name = "video_alarm")
class Alarm {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long platformId;

	private String alarmId;

	private long cameraId;

	private String alarmCode;

	private String mergeKey;

	private @Nullable Long categoryId;

	private Instant occurredAt;

	private Instant receivedAt;

	private @Nullable BigDecimal confidence;

	private double lon;

	private double lat;

	private @Nullable Long snapshotEvidenceId;

	private @Nullable String snapshotUrl;

	@Enumerated(EnumType.STRING)
	private AlarmStatus status = AlarmStatus.PENDING;

	private @Nullable Long reportId;

	private @Nullable Long leadId;

	private Instant lastSeenAt;

	private int mergedCount;

	private @Nullable String dismissReason;

	@Version
	private long version;

	protected Alarm() {
		this.alarmId = "";
		this.alarmCode = "";
		this.mergeKey = "";
		this.occurredAt = Instant.EPOCH;
		this.receivedAt = Instant.EPOCH;
		this.lastSeenAt = Instant.EPOCH;
	}

	Alarm(long platformId, VideoAlarm incoming, long cameraId, String mergeKey, @Nullable Long categoryId, double lon,
			double lat, @Nullable Long snapshotEvidenceId, Instant receivedAt) {
		this.platformId = platformId;
		this.alarmId = incoming.alarmId();
		this.cameraId = cameraId;
		this.alarmCode = incoming.alarmCode();
		this.mergeKey = mergeKey;
		this.categoryId = categoryId;
		this.occurredAt = incoming.occurredAt().toInstant();
		this.receivedAt = receivedAt;
		this.confidence = incoming.confidence() == null ? null : BigDecimal.valueOf(incoming.confidence());
		this.lon = lon;
		this.lat = lat;
		this.snapshotEvidenceId = snapshotEvidenceId;
		this.snapshotUrl = incoming.snapshotUrl();
		this.lastSeenAt = this.occurredAt;
	}

	/** Opened a case through this report: the alarm is now a lead waiting for verification. */
	void lead(long reportId) {
		this.reportId = reportId;
		this.status = AlarmStatus.PENDING;
	}

	/** D4: joins an open lead of the same camera and category; the lead's window runs from the latest alarm. */
	void join(Alarm lead) {
		if (!lead.status.isOpenLead()) {
			throw new IllegalStateException("Alarm " + lead.id + " is not an open lead");
		}
		this.leadId = lead.getId();
		this.status = AlarmStatus.MERGED;
		lead.mergedCount++;
		if (occurredAt.isAfter(lead.lastSeenAt)) {
			lead.lastSeenAt = occurredAt;
		}
	}

	void filter() {
		this.status = AlarmStatus.FILTERED;
	}

	/** The case was verified on site (核实属实). */
	void confirm() {
		if (status == AlarmStatus.PENDING) {
			status = AlarmStatus.CONFIRMED;
		}
	}

	/** 误报: the case was found untrue on site, with the verifier's reason. */
	void dismiss(@Nullable String reason) {
		this.status = AlarmStatus.DISMISSED;
		this.dismissReason = reason;
	}

	/** The case ended some other way: no further alarm joins it. */
	void close() {
		if (status.isOpenLead()) {
			status = AlarmStatus.CLOSED;
		}
	}

	/** Its id, once {@link AlarmRows} has written it. */
	void written(long id) {
		if (this.id != null) {
			throw new IllegalStateException("Alarm " + this.id + " written already");
		}
		this.id = id;
	}

	long getId() {
		if (id == null) {
			throw new IllegalStateException("Alarm not saved yet");
		}
		return id;
	}

	AlarmStatus getStatus() {
		return status;
	}

	@Nullable Long getReportId() {
		return reportId;
	}

	@Nullable Long getLeadId() {
		return leadId;
	}

	@Nullable String getSnapshotUrl() {
		return snapshotUrl;
	}

	long getPlatformId() {
		return platformId;
	}

	String getAlarmId() {
		return alarmId;
	}

	long getCameraId() {
		return cameraId;
	}

	String getAlarmCode() {
		return alarmCode;
	}

	String getMergeKey() {
		return mergeKey;
	}

	@Nullable Long getCategoryId() {
		return categoryId;
	}

	Instant getOccurredAt() {
		return occurredAt;
	}

	Instant getReceivedAt() {
		return receivedAt;
	}

	@Nullable BigDecimal getConfidence() {
		return confidence;
	}

	double getLon() {
		return lon;
	}

	double getLat() {
		return lat;
	}

	@Nullable Long getSnapshotEvidenceId() {
		return snapshotEvidenceId;
	}

	Instant getLastSeenAt() {
		return lastSeenAt;
	}

	int getMergedCount() {
		return mergedCount;
	}

	@Nullable String getDismissReason() {
		return dismissReason;
	}

	long getVersion() {
		return version;
	}
}
