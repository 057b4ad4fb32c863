package org.chengguan.staff;

import java.io.Serializable;
import java.util.Set;

import org.springframework.util.Assert;

/**
 * 辖区: what a person may see, resolved once per request and passed explicitly into every query over located or
 * organisational data. An empty scope that is not citywide sees nothing.
 *
 * @param citywide the whole bureau (authority {@code data:citywide})
 * @param orgUnitIds the person's org unit and everything under it
 * @param regionPrefixes administrative-division codes (district, street or community) assigned to those units
 * @param gridIds individual unit grids, when a person is scoped to grids only
 */
public record DataScope(boolean citywide, Set<Long> orgUnitIds, Set<String> regionPrefixes, Set<Long> gridIds)
		implements Serializable {

	public DataScope {
		// Prefixes become LIKE patterns: digits only, so no value can smuggle in % or _.
		regionPrefixes.forEach(p -> Assert.isTrue(p.matches("\\d{2,12}"), "region prefix must be digits"));
		orgUnitIds = Set.copyOf(orgUnitIds);
		regionPrefixes = Set.copyOf(regionPrefixes);
		gridIds = Set.copyOf(gridIds);
	}

	public static DataScope everything() {
		return new DataScope(true, Set.of(), Set.of(), Set.of());
	}

	public boolean coversRegion(String code) {
		return citywide || regionPrefixes.stream().anyMatch(code::startsWith);
	}

	public boolean coversOrgUnit(long orgUnitId) {
		return citywide || orgUnitIds.contains(orgUnitId);
	}
}
