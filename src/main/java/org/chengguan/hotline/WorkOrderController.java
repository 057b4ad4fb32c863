package org.chengguan.hotline;

import java.util.EnumSet;

import org.chengguan.intake.Channel;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.intake.JsonInput;
import org.chengguan.intake.PlatformClient;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/** {@code POST /api/hotline/work-orders}: the 12345 and 12319 platforms push their orders here. */
@RestController
class WorkOrderController {

	/** The 201 body: our case number, its state and unit grid ({@code null} while unlocated). */
	record Answer(String caseNo, String status, @Nullable String gridCode) {
	}

	/** The 200 body of a 回访 or a decision: the order's state afterwards ({@code VISITED}, {@code REOPENED} …). */
	record OrderAnswer(String orderNo, String status) {
	}

	private final HotlineManagement hotline;

	private final IntakeManagement intake;

	private final ObjectMapper json;

	WorkOrderController(HotlineManagement hotline, IntakeManagement intake, ObjectMapper json) {
		this.hotline = hotline;
		this.intake = intake;
		this.json = json;
	}

	@PostMapping(path = "/api/hotline/work-orders", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Answer> receive(@RequestHeader(name = "X-Api-Key", required = false) @Nullable String apiKey,
			@RequestBody(required = false) byte @Nullable [] body) {
		var client = intake.requireClient(apiKey, EnumSet.of(Channel.HOTLINE_12345, Channel.HOTLINE_12319));
		var platformOfKey = platformOf(client);
		var order = WorkOrder.read(JsonInput.parse(body, json), platformOfKey);
		var receipt = hotline.receive(client, order);
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Idempotent-Replayed", String.valueOf(receipt.replayed()))
			.body(new Answer(receipt.caseNo(), receipt.status(), receipt.gridCode()));
	}

	@PostMapping(path = "/api/hotline/work-orders/{orderNo}/visits", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	OrderAnswer visit(@RequestHeader(name = "X-Api-Key", required = false) @Nullable String apiKey,
			@PathVariable String orderNo, @RequestBody(required = false) byte @Nullable [] body) {
		var platform = platformOf(intake.requireClient(apiKey, EnumSet.of(Channel.HOTLINE_12345, Channel.HOTLINE_12319)));
		var visit = Visit.read(JsonInput.parse(body, json), platform);
		return new OrderAnswer(orderNo, hotline.visit(platform, orderNo, visit).name());
	}

	/** The platform's answer to our 退单 or 延期 request; 200 with the order's state afterwards. */
	@PostMapping(path = "/api/hotline/work-orders/{orderNo}/decisions", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	OrderAnswer decide(@RequestHeader(name = "X-Api-Key", required = false) @Nullable String apiKey,
			@PathVariable String orderNo, @RequestBody(required = false) byte @Nullable [] body) {
		var platform = platformOf(intake.requireClient(apiKey, EnumSet.of(Channel.HOTLINE_12345, Channel.HOTLINE_12319)));
		var decision = Decision.read(JsonInput.parse(body, json), platform);
		return new OrderAnswer(orderNo, hotline.decide(platform, orderNo, decision).name());
	}

	private static String platformOf(PlatformClient client) {
		return HotlineManagement.platformOf(client);
	}
}
