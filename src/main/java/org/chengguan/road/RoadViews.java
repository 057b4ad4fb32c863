package org.chengguan.road;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the road pages and the modules above read. */
public final class RoadViews {

	private RoadViews() {
	}

	/** A segment with its 路长 as a case page or a 共治码 page names them (the chief's work phone, if any). */
	public record Chief(long segmentId, String code, String name, long chiefId, String chiefName,
			@Nullable String chiefPhone) {
	}

	/** A segment in the list: its length, the grids it crosses and its open cases. */
	public record Row(long id, String code, String name, int lengthMetres, String chiefName, List<String> grids,
			int openCases) {
	}
}
