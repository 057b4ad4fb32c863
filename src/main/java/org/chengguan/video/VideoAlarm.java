package org.chengguan.video;

import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.chengguan.evidence.EvidenceManagement;
import org.chengguan.intake.JsonInput;
import org.jspecify.annotations.Nullable;

/**
 * An alarm as a video platform pushes it to {@code POST /api/video/alarms}, read field by field so that every problem
 * is reported at once. The snapshot arrives decoded and known to be a JPEG or PNG.
 */
record VideoAlarm(String platform, String alarmId, String cameraId, String alarmCode, OffsetDateTime occurredAt,
		@Nullable Double lon, @Nullable Double lat, @Nullable Double confidence, byte @Nullable [] snapshot,
		@Nullable String snapshotUrl) {

	static final int SNAPSHOT_MAX_BYTES = 5 * 1024 * 1024;

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final Set<String> SNAPSHOT_TYPES = Set.of("image/jpeg", "image/png");

	/** Reads and checks an alarm; {@code platformCode} is the platform the API key belongs to. */
	static VideoAlarm read(JsonInput in, String platformCode) {
		var platform = in.text("platform", true, 40);
		if (platform != null && !platform.equals(platformCode)) {
			in.problem("platform", "video.error.platform");
		}
		var alarmId = identifier(in, "alarmId", 64);
		var cameraId = identifier(in, "cameraId", 64);
		var alarmCode = identifier(in, "alarmCode", 40);
		var occurredAt = in.dateTime("occurredAt", true);
		var lon = in.number("lon", false, -180, 180);
		var lat = in.number("lat", false, -90, 90);
		if (in.has("lon") != in.has("lat")) {
			in.problem(in.has("lon") ? "lat" : "lon", "hotline.error.pointHalf");
		}
		var confidence = in.number("confidence", false, 0, 1);
		var snapshot = snapshot(in);
		var snapshotUrl = in.text("snapshotUrl", false, 1000);
		if (snapshotUrl != null && !snapshotUrl.matches("(?i)https?://\\S+")) {
			in.problem("snapshotUrl", "hotline.error.url");
		}
		if (!in.has("snapshot") && !in.has("snapshotUrl")) {
			in.problem("snapshot", "video.error.snapshotMissing");
		}
		in.throwIfInvalid();
		return new VideoAlarm(Objects.requireNonNull(platform), Objects.requireNonNull(alarmId),
				Objects.requireNonNull(cameraId), Objects.requireNonNull(alarmCode), Objects.requireNonNull(occurredAt),
				lon, lat, confidence, snapshot, snapshotUrl);
	}

	private static @Nullable String identifier(JsonInput in, String field, int maxLength) {
		var value = in.text(field, true, maxLength);
		if (value != null && !value.matches("[A-Za-z0-9_.:-]+")) {
			in.problem(field, "video.error.identifier");
			return null;
		}
		return value;
	}

	/** Base64 (optionally a {@code data:} URI) of a JPEG or PNG of at most 5 MB, as detected from its bytes. */
	private static byte @Nullable [] snapshot(JsonInput in) {
		var text = in.text("snapshot", false, Integer.MAX_VALUE);
		if (text == null) {
			return null;
		}
		var comma = text.startsWith("data:") ? text.indexOf(',') : -1;
		var encoded = text.substring(comma + 1);
		if (encoded.length() > (SNAPSHOT_MAX_BYTES + 2) / 3 * 4 + 1024) {
			in.problem("snapshot", "video.error.snapshotTooLarge", SNAPSHOT_MAX_BYTES / 1024 / 1024);
			return null;
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(WHITESPACE.matcher(encoded).replaceAll(""));
		}
		catch (IllegalArgumentException ex) {
			in.problem("snapshot", "video.error.snapshotBase64");
			return null;
		}
		if (bytes.length == 0) {
			in.problem("snapshot", "video.error.snapshotBase64");
			return null;
		}
		if (bytes.length > SNAPSHOT_MAX_BYTES) {
			in.problem("snapshot", "video.error.snapshotTooLarge", SNAPSHOT_MAX_BYTES / 1024 / 1024);
			return null;
		}
		if (EvidenceManagement.mediaTypeOf(bytes).filter(SNAPSHOT_TYPES::contains).isEmpty()) {
			in.problem("snapshot", "video.error.snapshotType");
			return null;
		}
		return bytes;
	}
}
