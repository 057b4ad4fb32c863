package org.chengguan.staff;

/** Who performs a change: recorded in history rows and audit entries. */
public record Actor(long id, String username, String name) {
}
