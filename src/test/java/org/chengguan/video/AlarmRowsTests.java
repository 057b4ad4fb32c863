package org.chengguan.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.chengguan.ChengguanJpaTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** A lead written by hand has exactly the row the persistence context writes, and lives on in JPA. */
@ChengguanJpaTest
@Import(AlarmRows.class)
class AlarmRowsTests {

	@Autowired
	AlarmRows rows;

	@Autowired
	AlarmRepository alarms;

	@Autowired
	EntityManager entities;

	@Autowired
	JdbcTemplate jdbc;

	long platform;

	long camera;

	@BeforeEach
	void platformWithACamera() {
		var client = jdbc.queryForObject("""
				insert into intake_api_client (code, name, channel, key_hash)
				values ('video-rows', '视频平台', 'VIDEO_AI', repeat('b', 64)) returning id""", Long.class);
		platform = jdbc.queryForObject("insert into video_platform (client_id, vendor) values (?, 'HIK') returning id",
				Long.class, client);
		camera = jdbc.queryForObject("""
				insert into video_camera (platform_id, code, name, lon, lat)
				values (?, 'CAM-1', '和平街口', 116.4, 39.9) returning id""", Long.class, platform);
	}

	long report() {
		return jdbc.queryForObject("""
				insert into intake_report (source, reported_at, received_at, urgent, description, location_method)
				values ('VIDEO_AI', now(), now(), false, '占道经营', 'COORDINATES') returning id""", Long.class);
	}

	Alarm lead(@Nullable Double confidence, @Nullable String snapshotUrl) {
		var incoming = new VideoAlarm("HIK", UUID.randomUUID().toString(), "CAM-1", "A101",
				OffsetDateTime.parse("2026-12-04T10:00:00+08:00"), null, null, confidence, null, snapshotUrl);
		var alarm = new Alarm(platform, incoming, camera, "code:A101", null, 116.4, 39.9, null,
				Instant.parse("2026-12-04T02:00:03Z"));
		alarm.lead(report());
		return alarm;
	}

	Map<String, Object> row(long id) {
		var found = jdbc.queryForMap("select * from video_alarm where id = ?", id);
		found.keySet().removeAll(List.of("id", "alarm_id", "report_id"));
		return found;
	}

	@ParameterizedTest
	@CsvSource({ ", ", "0.873, https://platform.example/s/1.jpg" })
	void theRowIsTheOneTheEntityMaps(@Nullable Double confidence, @Nullable String snapshotUrl) {
		var byJpa = alarms.saveAndFlush(lead(confidence, snapshotUrl));
		var byHand = lead(confidence, snapshotUrl);

		rows.insert(byHand);

		assertThat(row(byHand.getId())).isEqualTo(row(byJpa.getId()));
	}

	@Test
	void aLeadWrittenByHandIsJoinedThroughItsRepository() {
		var byHand = lead(0.9, null);
		rows.insert(byHand);
		entities.clear();

		var found = alarms.findOpenLead(camera, "code:A101", byHand.getOccurredAt().minusSeconds(60),
				byHand.getOccurredAt().plusSeconds(60), org.springframework.data.domain.Limit.of(1));
		assertThat(found).extracting(Alarm::getId).containsExactly(byHand.getId());
		var later = new Alarm(platform, new VideoAlarm("HIK", UUID.randomUUID().toString(), "CAM-1", "A101",
				OffsetDateTime.parse("2026-12-04T10:05:00+08:00"), null, null, 0.9, null, null), camera, "code:A101",
				null, 116.4, 39.9, null, Instant.parse("2026-12-04T02:05:03Z"));
		later.join(found.get(0));
		alarms.saveAndFlush(later);

		assertThat(jdbc.queryForMap("select merged_count, version from video_alarm where id = ?", byHand.getId()))
			.containsEntry("merged_count", 1)
			.containsEntry("version", 1L);
	}

	@Test
	void onlyALeadIsWrittenByHand() {
		var filtered = new Alarm(platform, new VideoAlarm("HIK", UUID.randomUUID().toString(), "CAM-1", "A101",
				OffsetDateTime.parse("2026-12-04T10:00:00+08:00"), null, null, 0.1, null, null), camera, "code:A101",
				null, 116.4, 39.9, null, Instant.parse("2026-12-04T02:00:03Z"));
		filtered.filter();

		assertThatThrownBy(() -> rows.insert(filtered)).isInstanceOf(IllegalStateException.class);
	}
}
