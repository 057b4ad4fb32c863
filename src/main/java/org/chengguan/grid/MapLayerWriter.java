package org.chengguan.grid;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Writes the map's layers as one JSON object {level: FeatureCollection}, read by {@code grid-map.js}. */
final class MapLayerWriter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private MapLayerWriter() {
	}

	static GridViews.MapLayers write(List<Region> regions, List<UnitGrid> grids) {
		Map<RegionLevel, StringBuilder> layers = new EnumMap<>(RegionLevel.class);
		for (var level : RegionLevel.values()) {
			layers.put(level, new StringBuilder());
		}
		for (var r : regions) {
			feature(layers.get(r.getLevel()), r.getCode(), r.getName(), Geometries.read(r.getGeometry()));
		}
		for (var g : grids) {
			feature(layers.get(RegionLevel.UNIT_GRID), g.getCode(), "", Geometries.read(g.getGeometry()));
		}
		var out = new StringBuilder("{");
		layers.forEach((level, features) -> out.append(out.length() > 1 ? "," : "")
			.append('"')
			.append(level.name())
			.append("\":{\"type\":\"FeatureCollection\",\"features\":[")
			.append(features)
			.append("]}"));
		return new GridViews.MapLayers(out.append('}').toString(), grids.size());
	}

	private static void feature(StringBuilder out, String code, String name,
			org.locationtech.jts.geom.Geometry geometry) {
		out.append(out.isEmpty() ? "" : ",")
			.append("{\"type\":\"Feature\",\"properties\":{\"code\":")
			.append(JSON.writeValueAsString(code))
			.append(",\"name\":")
			.append(JSON.writeValueAsString(name))
			.append("},\"geometry\":")
			.append(Geometries.geoJson(geometry))
			.append('}');
	}
}
