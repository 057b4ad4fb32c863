package org.chengguan.intake;

/** How a report's location was found. */
public enum LocationMethod {

	/** Coordinates sent with the report (GPS, the platform's map pin). */
	COORDINATES,
	/** The address names a community; the point is that community's representative point, approximate. */
	ADDRESS,
	/** The registered location of the camera that raised the alarm. */
	CAMERA,
	/** Pinned on the map by a 受理员 (待定位 queue). */
	PINNED,
	/** Not located yet: waits in the 待定位 queue. */
	NONE
}
