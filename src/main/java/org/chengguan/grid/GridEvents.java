package org.chengguan.grid;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Events of the grid module. */
public final class GridEvents {

	private GridEvents() {
	}

	/** A GeoJSON import was stored; every instance rebuilds its point index. */
	public record Imported(Instant at, String actor, int regions, int unitGrids, int responsibilityGrids) {
	}

	/** An administrator's change: {@code grid.member.add}, {@code grid.member.remove}. */
	public record AdminChanged(Instant at, String actor, String action, String target, @Nullable String before,
			@Nullable String after) {
	}
}
