package org.chengguan.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * The demo's clock: the system clock, except on the thread that writes the demo history, where time stands at the
 * moment of the step it is taking — so that a year of cases goes through the real case loop at the times it would
 * have, while every other thread (requests, timer jobs) lives in the present.
 */
final class DemoClock extends Clock {

	private static final ThreadLocal<@Nullable Instant> PINNED = new ThreadLocal<>();

	private final Clock system;

	DemoClock(Clock system) {
		this.system = system;
	}

	/** This thread's time stands at {@code at} until {@link #release()}. */
	static void pin(Instant at) {
		PINNED.set(at);
	}

	static void release() {
		PINNED.remove();
	}

	/** The present, wherever this thread's time stands. */
	Instant present() {
		return system.instant();
	}

	@Override
	public Instant instant() {
		var pinned = PINNED.get();
		return pinned != null ? pinned : system.instant();
	}

	@Override
	public ZoneId getZone() {
		return system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new DemoClock(system.withZone(zone));
	}
}
