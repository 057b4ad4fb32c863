package org.chengguan.intake;

import java.util.Objects;

import org.chengguan.system.SqlArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a report just received — its row and its attachments — in one statement rather than through the persistence
 * context (issue 14 §1: every intake request writes one). The columns are the ones the entity maps. The report stays
 * unmanaged; {@link IntakeManagement#report(long)} reads it into the persistence context when something is to change
 * it. A second report with the same source, platform and external reference fails on the unique key as a
 * {@link org.springframework.dao.DuplicateKeyException}, as it did through JPA.
 */
@Component
class ReportRows {

	private static final String REPORT = """
			with r as (insert into intake_report (source, external_ref, client_id, reported_at, received_at, category_id,
			category_text, urgent, description, address, lon, lat, location_method, unit_grid_code, community_code,
			street_code, district_code, reporter_name, reporter_phone, reporter_phone_hash, reported_by, self_disposed,
			merge_into)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id)""";

	private static final String ATTACHMENTS = """
			, a as (insert into intake_attachment (report_id, position, stage, evidence_id, url, name)
			select r.id, v.* from r, (values %s) v)""";

	private static final String ATTACHMENT = "(?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	ReportRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the received report and gives it its id. */
	void insert(Report report) {
		var attachments = report.getAttachments();
		var sql = new StringBuilder(REPORT);
		if (!attachments.isEmpty()) {
			sql.append(ATTACHMENTS.formatted(SqlArguments.rows(ATTACHMENT, attachments.size())));
		}
		sql.append(" select id from r");
		var args = new SqlArguments();
		var place = report.getPlace();
		args.text(report.getSource())
			.text(report.getExternalRef())
			.number(report.getClientId())
			.instant(report.getReportedAt())
			.instant(report.getReceivedAt())
			.number(report.getCategoryId())
			.text(report.getCategoryText())
			.flag(report.isUrgent())
			.text(report.getDescription())
			.text(report.getAddress())
			.real(place.lon())
			.real(place.lat())
			.text(report.getLocationMethod())
			.text(place.unitGridCode())
			.text(place.communityCode())
			.text(place.streetCode())
			.text(place.districtCode())
			.text(report.getReporterName())
			.text(report.getReporterPhone())
			.text(report.getReporterPhoneHash())
			.number(report.getReportedBy())
			.flag(report.isSelfDisposed())
			.text(report.getMergeInto());
		for (var i = 0; i < attachments.size(); i++) {
			var attachment = attachments.get(i);
			args.count(i)
				.text(attachment.stage())
				.number(attachment.evidenceId())
				.text(attachment.url())
				.text(attachment.name());
		}
		report.written(Objects.requireNonNull(jdbc.queryForObject(sql.toString(), Long.class, args.toArray())));
	}
}
