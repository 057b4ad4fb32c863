package org.chengguan.grid;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON FeatureCollection of regions and grids. Each feature has {@code properties.level} (DISTRICT,
 * STREET, COMMUNITY or UNIT_GRID), {@code code} and {@code name}; a unit grid may name its responsibility grid in
 * {@code responsibilityGrid} and {@code responsibilityGridName}. Geometry is a Polygon or MultiPolygon in lon/lat.
 */
final class GeoJsonFeatures {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private GeoJsonFeatures() {
	}

	/** One parsed feature; {@code geometry} is null when it could not be read (a problem says why). */
	record Feature(String ref, @Nullable RegionLevel level, String code, String name, @Nullable Geometry geometry,
			@Nullable String responsibilityGrid, @Nullable String responsibilityGridName) {
	}

	record Parsed(List<Feature> features, List<ImportProblem> problems) {
	}

	static Parsed parse(byte[] json) {
		var problems = new ArrayList<ImportProblem>();
		JsonNode root;
		try {
			root = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			return new Parsed(List.of(), List.of(ImportProblem.of("—", "grid.import.notJson")));
		}
		if (root == null || !"FeatureCollection".equals(root.path("type").asString(""))
				|| !root.path("features").isArray()) {
			return new Parsed(List.of(), List.of(ImportProblem.of("—", "grid.import.notFeatureCollection")));
		}
		var features = new ArrayList<Feature>();
		var index = 0;
		for (var node : root.path("features")) {
			index++;
			features.add(feature(node, index, problems));
		}
		if (features.isEmpty()) {
			problems.add(ImportProblem.of("—", "grid.import.empty"));
		}
		return new Parsed(features, problems);
	}

	private static Feature feature(JsonNode node, int index, List<ImportProblem> problems) {
		var properties = node.path("properties");
		var code = properties.path("code").asString("").trim();
		var ref = code.isEmpty() ? "#" + index : code;
		var name = properties.path("name").asString("").trim();
		RegionLevel level = null;
		try {
			level = RegionLevel.valueOf(properties.path("level").asString(""));
		}
		catch (IllegalArgumentException ex) {
			problems.add(ImportProblem.of(ref, "grid.import.badLevel", properties.path("level").asString("")));
		}
		var geometry = geometry(node.path("geometry"), ref, problems);
		var rg = properties.path("responsibilityGrid").asString("").trim();
		var rgName = properties.path("responsibilityGridName").asString("").trim();
		return new Feature(ref, level, code, name, geometry, rg.isEmpty() ? null : rg, rgName.isEmpty() ? null : rgName);
	}

	private static @Nullable Geometry geometry(JsonNode node, String ref, List<ImportProblem> problems) {
		var type = node.path("type").asString("");
		var coordinates = node.path("coordinates");
		if (!coordinates.isArray()) {
			problems.add(ImportProblem.of(ref, "grid.import.badGeometryType", type));
			return null;
		}
		if (type.equals("Polygon")) {
			return polygon(coordinates, ref, problems);
		}
		if (type.equals("MultiPolygon")) {
			var polygons = new ArrayList<Polygon>();
			for (var p : coordinates) {
				var polygon = polygon(p, ref, problems);
				if (polygon == null) {
					return null;
				}
				polygons.add(polygon);
			}
			return polygons.isEmpty() ? null : Geometries.FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
		}
		problems.add(ImportProblem.of(ref, "grid.import.badGeometryType", type));
		return null;
	}

	private static @Nullable Polygon polygon(JsonNode rings, String ref, List<ImportProblem> problems) {
		var parsed = new ArrayList<LinearRing>();
		var r = 0;
		for (var ring : rings) {
			r++;
			var coordinates = new ArrayList<Coordinate>();
			for (var position : ring) {
				if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
						|| !position.get(1).isNumber()) {
					problems.add(ImportProblem.of(ref, "grid.import.badPosition", r));
					return null;
				}
				var lon = position.get(0).asDouble();
				var lat = position.get(1).asDouble();
				if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
					problems.add(ImportProblem.of(ref, "grid.import.outOfRange", lon, lat));
					return null;
				}
				coordinates.add(new Coordinate(lon, lat));
			}
			if (coordinates.size() < 4) {
				problems.add(ImportProblem.of(ref, "grid.import.tooFewPoints", r));
				return null;
			}
			if (!coordinates.get(0).equals2D(coordinates.get(coordinates.size() - 1))) {
				problems.add(ImportProblem.of(ref, "grid.import.notClosed", r));
				return null;
			}
			parsed.add(Geometries.FACTORY.createLinearRing(coordinates.toArray(Coordinate[]::new)));
		}
		if (parsed.isEmpty()) {
			problems.add(ImportProblem.of(ref, "grid.import.tooFewPoints", 1));
			return null;
		}
		return Geometries.FACTORY.createPolygon(parsed.get(0), parsed.subList(1, parsed.size()).toArray(LinearRing[]::new));
	}
}
