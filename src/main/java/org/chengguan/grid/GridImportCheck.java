package org.chengguan.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.chengguan.grid.GeoJsonFeatures.Feature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Checks a whole import against the grid rules (domain.md §3.1) and the regions already stored: code formats, unique
 * codes, valid non-self-intersecting polygons, each feature inside its parent, no overlaps at one level, responsibility
 * grids within one street. Pure: the caller supplies what exists.
 */
final class GridImportCheck {

	/** Overlaps and protrusions below this share of the smaller area are rounding, not errors. */
	static final double TOLERANCE = 0.001;

	private GridImportCheck() {
	}

	/** What is already stored: geometries by code, per level, and the responsibility-grid codes in use. */
	record Existing(Map<RegionLevel, Map<String, Geometry>> byLevel, Set<String> responsibilityGridCodes) {

		static Existing none() {
			return new Existing(Map.of(), Set.of());
		}

		Map<String, Geometry> at(RegionLevel level) {
			return byLevel.getOrDefault(level, Map.of());
		}
	}

	/** A checked import, features ordered parents first. */
	record Plan(List<Feature> regions, List<Feature> unitGrids, Map<String, ResponsibilityGroup> responsibilityGrids) {
	}

	record ResponsibilityGroup(String code, String name, String streetCode, List<String> unitGridCodes) {
	}

	static Plan check(List<Feature> features, Existing existing, List<ImportProblem> problems) {
		var byCode = new LinkedHashMap<String, Feature>();
		var valid = new ArrayList<Feature>();
		for (var f : features) {
			if (checkFeature(f, byCode, existing, problems)) {
				valid.add(f);
			}
		}
		var parents = new HashMap<String, PreparedGeometry>();
		var validCodes = valid.stream().map(Feature::code).collect(java.util.stream.Collectors.toSet());
		for (var f : valid) {
			checkParent(f, byCode, existing, validCodes, parents, problems);
		}
		for (var level : RegionLevel.values()) {
			checkOverlaps(level, valid.stream().filter(f -> f.level() == level).toList(), existing.at(level), problems);
		}
		var groups = responsibilityGroups(byCode.values(), existing, problems);
		var ordered = byCode.values()
			.stream()
			.filter(f -> f.level() != null)
			.sorted(Comparator.comparing((Feature f) -> f.level()).thenComparing(Feature::code))
			.toList();
		return new Plan(ordered.stream().filter(f -> f.level() != RegionLevel.UNIT_GRID).toList(),
				ordered.stream().filter(f -> f.level() == RegionLevel.UNIT_GRID).toList(), groups);
	}

	/** Checks one feature on its own; true when it is fit for the spatial checks. */
	private static boolean checkFeature(Feature f, Map<String, Feature> byCode, Existing existing,
			List<ImportProblem> problems) {
		var level = f.level();
		if (level != null && !f.code().matches("\\d{" + level.codeLength() + "}")) {
			problems.add(ImportProblem.of(f.ref(), "grid.import.badCode", level.codeLength()));
		}
		if (f.name().isEmpty() && level != RegionLevel.UNIT_GRID) {
			problems.add(ImportProblem.of(f.ref(), "grid.import.noName"));
		}
		if (f.name().length() > 100) {
			problems.add(ImportProblem.of(f.ref(), "grid.import.nameTooLong"));
		}
		if (level != null && existing.at(level).containsKey(f.code())) {
			problems.add(ImportProblem.of(f.ref(), "grid.import.codeExists"));
		}
		var unique = f.code().isEmpty() || byCode.putIfAbsent(f.code(), f) == null;
		if (!unique) {
			problems.add(ImportProblem.of(f.ref(), "grid.import.duplicateCode"));
		}
		var geometry = f.geometry();
		if (geometry == null) {
			return false;
		}
		var error = new IsValidOp(geometry).getValidationError();
		if (error != null) {
			var at = error.getCoordinate();
			// JTS names the fault in English; the page names it in the reader's language (JTS's words as a fallback).
			var fault = new DefaultMessageSourceResolvable(
					new String[] { "grid.import.fault.%d".formatted(error.getErrorType()) }, error.getMessage());
			problems.add(ImportProblem.of(f.ref(), "grid.import.invalidPolygon", fault,
					at == null ? "" : String.format(Locale.ROOT, "%.6f, %.6f", at.x, at.y)));
		}
		return error == null && unique && level != null && f.code().length() == level.codeLength();
	}

	private static void checkParent(Feature f, Map<String, Feature> byCode, Existing existing,
			Set<String> validCodes, Map<String, PreparedGeometry> prepared, List<ImportProblem> problems) {
		var parentLevel = f.level().parent();
		if (parentLevel == null) {
			return;
		}
		var parentCode = f.code().substring(0, parentLevel.codeLength());
		var inFile = byCode.get(parentCode);
		var parent = inFile != null && inFile.level() == parentLevel ? inFile.geometry()
				: existing.at(parentLevel).get(parentCode);
		if (parent == null) {
			problems.add(ImportProblem.of(f.ref(), "grid.import.noParent", parentCode));
			return;
		}
		// An invalid parent in the file has its own problem already; stored parents were checked when imported.
		if (inFile != null && !validCodes.contains(parentCode) || prepared.computeIfAbsent(parentCode, c -> PreparedGeometryFactory.prepare(parent))
			.covers(f.geometry())) {
			return;
		}
		try {
			var outside = f.geometry().difference(parent).getArea() / f.geometry().getArea();
			if (outside > TOLERANCE) {
				problems.add(ImportProblem.of(f.ref(), "grid.import.outsideParent", parentCode,
						String.format(Locale.ROOT, "%.1f", outside * 100)));
			}
		}
		catch (TopologyException ex) {
			problems.add(ImportProblem.of(f.ref(), "grid.import.topology", parentCode));
		}
	}

	/**
	 * Overlaps among siblings (same parent). Each feature already lies inside its parent and parents do not overlap, so
	 * siblings are all that can overlap. A group whose areas add up to the area of their union has no overlap; only a
	 * group that does not is checked pair by pair, to name the culprits.
	 */
	private static void checkOverlaps(RegionLevel level, List<Feature> added, Map<String, Geometry> stored,
			List<ImportProblem> problems) {
		var parentLength = level.parent() == null ? 0 : level.parent().codeLength();
		var groups = new HashMap<String, List<Object[]>>();
		added.forEach(f -> groups.computeIfAbsent(f.code().substring(0, parentLength), k -> new ArrayList<>())
			.add(new Object[] { f.code(), f.geometry(), f }));
		stored.forEach((code, g) -> {
			var group = groups.get(code.substring(0, Math.min(parentLength, code.length())));
			if (group != null) {
				group.add(new Object[] { code, g, null });
			}
		});
		for (var group : groups.values()) {
			var geometries = group.stream().map(o -> (Geometry) o[1]).toList();
			var sum = geometries.stream().mapToDouble(Geometry::getArea).sum();
			try {
				if (sum - CascadedPolygonUnion.union(geometries).getArea() <= TOLERANCE * sum / group.size()) {
					continue;
				}
			}
			catch (TopologyException ex) {
				// Fall through to the pairwise check, which names the feature.
			}
			pairwise(group, problems);
		}
	}

	private static void pairwise(List<Object[]> group, List<ImportProblem> problems) {
		var index = new STRtree();
		group.forEach(o -> index.insert(((Geometry) o[1]).getEnvelopeInternal(), o));
		for (var item : group) {
			var f = (Feature) item[2];
			if (f == null) {
				continue;
			}
			var prepared = PreparedGeometryFactory.prepare(f.geometry());
			for (var hit : index.query(f.geometry().getEnvelopeInternal())) {
				var other = (Object[]) hit;
				var otherCode = (String) other[0];
				var otherGeometry = (Geometry) other[1];
				// Report each pair once: from the added feature with the smaller code, or against a stored one.
				var reportHere = other[2] == null || f.code().compareTo(otherCode) < 0;
				if (!reportHere || otherCode.equals(f.code()) || !prepared.intersects(otherGeometry)) {
					continue;
				}
				try {
					var shared = f.geometry().intersection(otherGeometry).getArea();
					if (shared > TOLERANCE * Math.min(f.geometry().getArea(), otherGeometry.getArea())) {
						problems.add(ImportProblem.of(f.ref(), "grid.import.overlaps", otherCode));
					}
				}
				catch (TopologyException ex) {
					problems.add(ImportProblem.of(f.ref(), "grid.import.topology", otherCode));
				}
			}
		}
	}

	private static Map<String, ResponsibilityGroup> responsibilityGroups(Iterable<Feature> features,
			Existing existing, List<ImportProblem> problems) {
		var codes = new LinkedHashMap<String, List<Feature>>();
		for (var f : features) {
			if (f.responsibilityGrid() == null) {
				continue;
			}
			if (f.level() != RegionLevel.UNIT_GRID || !f.responsibilityGrid().matches("[A-Za-z0-9_-]{1,32}")) {
				problems.add(ImportProblem.of(f.ref(), "grid.import.badResponsibilityGrid", f.responsibilityGrid()));
				continue;
			}
			codes.computeIfAbsent(f.responsibilityGrid(), k -> new ArrayList<>()).add(f);
		}
		var groups = new LinkedHashMap<String, ResponsibilityGroup>();
		codes.forEach((code, members) -> {
			var streets = new HashSet<String>();
			members.forEach(m -> streets.add(m.code().length() >= 9 ? m.code().substring(0, 9) : m.code()));
			var name = members.stream().map(Feature::responsibilityGridName).filter(n -> n != null).findFirst();
			if (existing.responsibilityGridCodes().contains(code)) {
				problems.add(ImportProblem.of(code, "grid.import.responsibilityGridExists"));
			}
			else if (streets.size() > 1) {
				// 责任网格不跨街道 (domain.md §3.1).
				problems.add(ImportProblem.of(code, "grid.import.responsibilityGridCrossesStreet", streets.size()));
			}
			else if (name.isEmpty()) {
				problems.add(ImportProblem.of(code, "grid.import.responsibilityGridNoName"));
			}
			else {
				groups.put(code, new ResponsibilityGroup(code, name.get(), streets.iterator().next(),
						members.stream().map(Feature::code).toList()));
			}
		});
		return groups;
	}

}
