package org.chengguan.staff;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Events of the staff module, recorded by {@code audit} in the full-process record. */
public final class StaffEvents {

	private StaffEvents() {
	}

	/** A successful sign-in. */
	public record SignedIn(Instant at, long staffId, String username, @Nullable String remoteAddress) {
	}

	/** A refused sign-in; {@code reason} is BAD_CREDENTIALS, UNKNOWN_USER, LOCKED or DISABLED. */
	public record SignInFailed(Instant at, String username, String reason, @Nullable String remoteAddress) {
	}

	/** The failure that locked an account. */
	public record LockedOut(Instant at, long staffId, String username, Instant lockedUntil,
			@Nullable String remoteAddress) {
	}

	/** A sign-out. */
	public record SignedOut(Instant at, String username) {
	}

	/**
	 * An administrator's change to the organisation, staff or roles.
	 *
	 * @param actor username of who made the change
	 *
	 * @param action for example {@code staff.create}, {@code role.update}
	 * @param target what was changed, for example {@code staff:42}
	 */
	public record AdminChanged(Instant at, String actor, String action, String target,
			@Nullable String before, @Nullable String after) {
	}
}
