package org.chengguan.caseflow;

import org.chengguan.grid.GridMemberRole;

/** A grid member a 核实 or 核查 may be sent to, with their role in the grid (一格多员). */
public record FieldWorker(long staffId, String name, GridMemberRole role) {
}
