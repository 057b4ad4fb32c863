package org.chengguan.calendar;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Events of the calendar module. */
public final class CalendarEvents {

	private CalendarEvents() {
	}

	/** An administrator (by username) changed the holiday data ({@code calendar.addDay}, {@code calendar.removeDay}, {@code calendar.loadYear}). */
	public record AdminChanged(Instant at, String actor, String action, String target,
			@Nullable String before, @Nullable String after) {
	}
}
