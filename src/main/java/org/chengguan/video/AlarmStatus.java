package org.chengguan.video;

/** Where an alarm stands. Only a lead (an alarm that opened a case) is ever confirmed, dismissed or closed. */
enum AlarmStatus {

	/** 待核实: its case waits for someone on site. */
	PENDING,
	/** 核实属实: the case goes on; later alarms still join it while it is open. */
	CONFIRMED,
	/** 误报: dismissed on site with a reason; counted against the camera. */
	DISMISSED,
	/** The case ended otherwise (closed, cancelled, merged). */
	CLOSED,
	/** Joined an open lead of the same camera and category (D4). */
	MERGED,
	/** Below the alarm type's confidence threshold: recorded, no case. */
	FILTERED;

	boolean isOpenLead() {
		return this == PENDING || this == CONFIRMED;
	}
}
