package org.chengguan.video;

import org.jspecify.annotations.Nullable;

/**
 * A camera's record: alarms received, cases opened (leads), 误报 (leads dismissed on site) and leads found true.
 * The false-alarm rate counts only decided leads.
 */
record CameraStats(long cameraId, long alarms, long cases, long falseAlarms, long confirmed) {

	static CameraStats none(long cameraId) {
		return new CameraStats(cameraId, 0, 0, 0, 0);
	}

	/** 误报率 in percent of the leads verified either way; null before any was. */
	public @Nullable Integer falseRatePercent() {
		var decided = falseAlarms + confirmed;
		return decided == 0 ? null : (int) Math.round(100.0 * falseAlarms / decided);
	}
}
