package org.chengguan.video;

import java.util.Objects;

import org.chengguan.system.SqlArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes an alarm that opened a case — a new lead — in one statement rather than through the persistence context
 * (issue 14 §1). The columns are the ones the entity maps; the alarm stays unmanaged, and whatever later changes it (an
 * alarm joining it, its case verified) reads it through {@link AlarmRepository}. Alarms that join a lead or are
 * filtered out are saved through the repository, with the lead they change.
 */
@Component
class AlarmRows {

	private static final String ALARM = """
			insert into video_alarm (platform_id, alarm_id, camera_id, alarm_code, merge_key, category_id, occurred_at,
			received_at, confidence, lon, lat, snapshot_evidence_id, snapshot_url, status, report_id, lead_id,
			last_seen_at, merged_count, dismiss_reason, version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""";

	private final JdbcTemplate jdbc;

	AlarmRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the new lead and gives it its id. */
	void insert(Alarm lead) {
		if (lead.getReportId() == null || lead.getLeadId() != null) {
			throw new IllegalStateException("Only a lead with its report is written by hand");
		}
		var args = new SqlArguments().number(lead.getPlatformId())
			.text(lead.getAlarmId())
			.number(lead.getCameraId())
			.text(lead.getAlarmCode())
			.text(lead.getMergeKey())
			.number(lead.getCategoryId())
			.instant(lead.getOccurredAt())
			.instant(lead.getReceivedAt())
			.decimal(lead.getConfidence())
			.real(lead.getLon())
			.real(lead.getLat())
			.number(lead.getSnapshotEvidenceId())
			.text(lead.getSnapshotUrl())
			.text(lead.getStatus())
			.number(lead.getReportId())
			.number(lead.getLeadId())
			.instant(lead.getLastSeenAt())
			.count(lead.getMergedCount())
			.text(lead.getDismissReason())
			.number(lead.getVersion());
		lead.written(Objects.requireNonNull(jdbc.queryForObject(ALARM, Long.class, args.toArray())));
	}
}
