package org.chengguan.duty;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the roster page shows. */
public final class DutyViews {

	private DutyViews() {
	}

	/** A shift as the roster shows it: its leader, each member's 报备 and last place, its coverage. */
	public record ShiftRow(DutyShift shift, String leader, List<MemberRow> members, DutyManagement.Coverage coverage) {
	}

	/** A member of a shift: name, 报备 (none yet) and where last seen. */
	public record MemberRow(String name, @Nullable Attendance attendance, DutyManagement.@Nullable LastSeen seen) {
	}
}
