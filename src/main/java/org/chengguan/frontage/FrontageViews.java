package org.chengguan.frontage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the frontage pages and the modules above read: rows of the list, the cases found at a unit, its record. */
public final class FrontageViews {

	private FrontageViews() {
	}

	/** 包市容、包环境卫生、包秩序: the wording a 责任书 and a 责任牌 print for a unit signed up without its own. */
	public record Wording(String appearance, String sanitation, String order) {
	}

	/** A unit in the 台账 list, with the problems found at it in the repeat window. */
	public record Row(long id, String code, String name, String address, String unitGridCode,
			@Nullable LocalDate signedOn, boolean pledged, boolean pointOnly, int recent) {
	}

	/** A case found at a frontage: how it was linked (by place and category, through the 共治码, by hand). */
	public record Violation(long caseId, String caseNumber, @Nullable String categoryKey, Instant foundAt,
			String link) {
	}

	/**
	 * A unit's record as the 裁量 and the party's history read it: how many problems were found at it in the
	 * {@code months} before (and including) the day asked about.
	 */
	public record Record(long unitId, String code, String name, @Nullable String creditCode, int repeats, int months,
			List<Violation> violations) {
	}
}
