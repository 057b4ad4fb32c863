package org.chengguan.video;

import java.util.EnumSet;

import org.chengguan.intake.Channel;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.intake.JsonInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/** {@code POST /api/video/alarms}: video and AI camera platforms push their alarms here. */
@RestController
class AlarmController {

	/**
	 * The 201 body: the case the alarm opened or joined ({@code null} when filtered out), its state and unit grid,
	 * and the alarm's own state ({@code PENDING} lead, {@code MERGED} into an open lead, {@code FILTERED}).
	 */
	record Answer(@Nullable String caseNo, @Nullable String status, @Nullable String gridCode, String alarmStatus) {
	}

	private final VideoManagement video;

	private final IntakeManagement intake;

	private final ObjectMapper json;

	AlarmController(VideoManagement video, IntakeManagement intake, ObjectMapper json) {
		this.video = video;
		this.intake = intake;
		this.json = json;
	}

	@PostMapping(path = "/api/video/alarms", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Answer> receive(@RequestHeader(name = "X-Api-Key", required = false) @Nullable String apiKey,
			@RequestBody(required = false) byte @Nullable [] body) {
		var client = intake.requireClient(apiKey, EnumSet.of(Channel.VIDEO_AI));
		var alarm = VideoAlarm.read(JsonInput.parse(body, json), client.code());
		var receipt = video.receive(client, alarm);
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Idempotent-Replayed", String.valueOf(receipt.replayed()))
			.body(new Answer(receipt.caseNo(), receipt.caseStatus(), receipt.gridCode(), receipt.alarmStatus().name()));
	}
}
