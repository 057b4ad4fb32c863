package org.chengguan.grid;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.chengguan.grid.GeoJsonFeatures.Feature;
import org.chengguan.grid.GridImportCheck.Plan;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;

/** Stores a checked import plan; runs inside the caller's transaction, so it is all or nothing. */
@Component
class GridImporter {

	private final RegionRepository regions;

	private final UnitGridRepository unitGrids;

	private final ResponsibilityGridRepository responsibilityGrids;

	GridImporter(RegionRepository regions, UnitGridRepository unitGrids,
			ResponsibilityGridRepository responsibilityGrids) {
		this.regions = regions;
		this.unitGrids = unitGrids;
		this.responsibilityGrids = responsibilityGrids;
	}

	/** What is stored already, for the checks: regions of the affected codes and grids of the affected communities. */
	GridImportCheck.Existing existing(List<Feature> features) {
		var codes = new HashSet<String>();
		for (var f : features) {
			for (var level : RegionLevel.values()) {
				if (level != RegionLevel.UNIT_GRID && f.code().length() >= level.codeLength()) {
					codes.add(f.code().substring(0, level.codeLength()));
				}
			}
		}
		Map<RegionLevel, Map<String, Geometry>> byLevel = new HashMap<>();
		var affected = regions.findByCodeIn(codes);
		affected.forEach(r -> byLevel.computeIfAbsent(r.getLevel(), l -> new HashMap<>())
			.put(r.getCode(), Geometries.read(r.getGeometry())));
		// Siblings at each level may overlap a new feature: load the stored ones under the same parents.
		for (var level : List.of(RegionLevel.DISTRICT, RegionLevel.STREET, RegionLevel.COMMUNITY)) {
			regions.findByLevel(level)
				.forEach(r -> byLevel.computeIfAbsent(level, l -> new HashMap<>())
					.putIfAbsent(r.getCode(), Geometries.read(r.getGeometry())));
		}
		var communityIds = affected.stream()
			.filter(r -> r.getLevel() == RegionLevel.COMMUNITY)
			.map(Region::getId)
			.filter(Objects::nonNull)
			.toList();
		unitGrids.findByCommunityIdIn(communityIds)
			.forEach(g -> byLevel.computeIfAbsent(RegionLevel.UNIT_GRID, l -> new HashMap<>())
				.put(g.getCode(), Geometries.read(g.getGeometry())));
		return new GridImportCheck.Existing(byLevel, new HashSet<>(responsibilityGrids.findAllCodes()));
	}

	void store(Plan plan, LocalDate validFrom) {
		var ids = new HashMap<String, Long>();
		for (var f : plan.regions()) {
			var parentLevel = Objects.requireNonNull(f.level()).parent();
			Long parentId = parentLevel == null ? null : idOf(f.code().substring(0, parentLevel.codeLength()), ids);
			var geometry = Objects.requireNonNull(f.geometry());
			var saved = regions.save(new Region(f.code(), f.name(), f.level(), parentId, Geometries.wkb(geometry),
					Geometries.areaM2(geometry)));
			ids.put(f.code(), saved.getId());
		}
		var gridIds = new HashMap<String, Long>();
		for (var f : plan.unitGrids()) {
			var geometry = Objects.requireNonNull(f.geometry());
			var centroid = geometry.getInteriorPoint();
			var saved = unitGrids.save(new UnitGrid(f.code(), idOf(f.code().substring(0, 12), ids),
					Geometries.wkb(geometry), Geometries.areaM2(geometry), centroid.getX(), centroid.getY(), validFrom));
			gridIds.put(f.code(), saved.getId());
		}
		for (var group : plan.responsibilityGrids().values()) {
			var members = new HashSet<Long>();
			group.unitGridCodes().forEach(code -> members.add(gridIds.get(code)));
			responsibilityGrids.save(new ResponsibilityGrid(group.code(), group.name(),
					idOf(group.streetCode(), ids), members));
		}
		unitGrids.bumpIndexVersion();
	}

	private long idOf(String code, Map<String, Long> ids) {
		var id = ids.get(code);
		if (id != null) {
			return id;
		}
		var stored = regions.findByCode(code).orElseThrow(() -> new IllegalStateException("No region " + code));
		ids.put(code, stored.getId());
		return Objects.requireNonNull(stored.getId());
	}
}
