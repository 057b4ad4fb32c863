package org.chengguan.penalty;

import java.time.LocalDate;

/**
 * A 集体讨论 as its chair records it.
 *
 * @param attendees the names of those present, one per line
 * @param members how many members the 班子 has
 * @param opinions each member's opinion, one per line
 */
public record DiscussionRecord(LocalDate heldOn, long chairId, String attendees, int members, String opinions,
		String conclusion) {

	/** How many were present. */
	int present() {
		return (int) attendees.lines().filter(line -> !line.isBlank()).count();
	}

	/** At least half of the members present (domain.md §8.6); the principal chairs, so is among them. */
	boolean quorate() {
		return members > 0 && present() * 2 >= members && present() <= members;
	}
}
