package org.chengguan.grid;

/**
 * Where a point lies: its unit grid and the regions above it, for other modules to store on their records
 * (denormalised, domain.md §3.1).
 */
public record GridLocation(long unitGridId, String unitGridCode, String communityCode, String communityName,
		String streetCode, String streetName, String districtCode, String districtName) {
}
