package org.chengguan.grid;

import org.jspecify.annotations.Nullable;

/** Levels of the grid hierarchy, with the length of their codes (domain.md §3.1). */
public enum RegionLevel {
	/** 区/县: the 6-digit national division code. */
	DISTRICT(6),
	/** 街道/乡镇: district code + 3 digits. */
	STREET(9),
	/** 社区/村: street code + 3 digits. */
	COMMUNITY(12),
	/** 单元网格: community code + 3-digit sequence, west→east, north→south. */
	UNIT_GRID(15);

	private final int codeLength;

	RegionLevel(int codeLength) {
		this.codeLength = codeLength;
	}

	public int codeLength() {
		return codeLength;
	}

	/** The level above, or null for a district. */
	@Nullable RegionLevel parent() {
		return switch (this) {
			case DISTRICT -> null;
			case STREET -> DISTRICT;
			case COMMUNITY -> STREET;
			case UNIT_GRID -> COMMUNITY;
		};
	}
}
