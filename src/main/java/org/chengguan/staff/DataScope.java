package org.chengguan.staff;

import java.io.Serializable;
import java.util.Set;

import org.springframework.util.Assert;

/**
 * 辖区: what a person may see, resolved once per request and passed explicitly into every query over located or
 * organisational data. An empty scope that is not citywide sees nothing. Seeing is not acting: who may act on a record
 * is decided by the module that owns it.
 *
 * @param citywide the whole bureau (authority {@code data:citywide})
 * @param orgUnitIds the person's org unit and everything under it (authority {@code data:unit})
 * @param regionPrefixes administrative-division codes (district, street or community) assigned to those units
 * @param gridCodes the unit grids of the responsibility grids the person is a member of (一格多员)
 */
public record DataScope(boolean citywide, Set<Long> orgUnitIds, Set<String> regionPrefixes, Set<String> gridCodes)
		implements Serializable {

	public DataScope {
		// Codes become SQL parameters and LIKE patterns: digits only, so no value can smuggle in % or _.
		regionPrefixes.forEach(p -> Assert.isTrue(p.matches("\\d{2,12}"), "region prefix must be digits"));
		gridCodes.forEach(g -> Assert.isTrue(g.matches("\\d{15}"), "unit grid code must be 15 digits"));
		orgUnitIds = Set.copyOf(orgUnitIds);
		regionPrefixes = Set.copyOf(regionPrefixes);
		gridCodes = Set.copyOf(gridCodes);
	}

	public static DataScope everything() {
		return new DataScope(true, Set.of(), Set.of(), Set.of());
	}

	/** Whether a region or unit grid code lies in the scope: under one of its regions, or one of its grids. */
	public boolean coversRegion(String code) {
		return citywide || regionPrefixes.stream().anyMatch(code::startsWith) || gridCodes.contains(code);
	}

	public boolean coversOrgUnit(long orgUnitId) {
		return citywide || orgUnitIds.contains(orgUnitId);
	}
}
