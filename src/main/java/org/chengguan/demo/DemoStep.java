package org.chengguan.demo;

import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.jspecify.annotations.Nullable;

/** A step of one person on a case of the demo history, given the case's version. */
@FunctionalInterface
interface DemoStep {

	void take(long version, Actor actor, DataScope scope);

	/** The case's history stops here: it is still open today, or a step was refused. */
	final class Stop extends RuntimeException {

		final boolean refused;

		Stop(boolean refused, @Nullable Throwable cause) {
			super(null, cause, false, false);
			this.refused = refused;
		}
	}
}
