package org.chengguan.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/** The office-hour windows of a working day, in order and not overlapping. */
record OfficeHours(List<Window> windows) {

	record Window(LocalTime start, LocalTime end) {

		Window {
			if (!end.isAfter(start)) {
				throw new IllegalArgumentException("Office-hour window must end after it starts: " + start + "-" + end);
			}
		}

		Duration length() {
			return Duration.between(start, end);
		}
	}

	/** When the office closes: the end of the last window. */
	LocalTime close() {
		return windows.get(windows.size() - 1).end();
	}

	OfficeHours {
		windows = List.copyOf(windows);
		if (windows.isEmpty()) {
			throw new IllegalArgumentException("At least one office-hour window is needed");
		}
		for (var i = 1; i < windows.size(); i++) {
			if (windows.get(i).start().isBefore(windows.get(i - 1).end())) {
				throw new IllegalArgumentException("Office-hour windows overlap or are out of order: " + windows);
			}
		}
	}
}
