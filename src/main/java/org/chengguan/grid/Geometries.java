package org.chengguan.grid;

import java.util.Locale;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/** Polygons in WGS84 lon/lat: storage as WKB, approximate area in m², GeoJSON text for the map. */
final class Geometries {

	static final int WGS84 = 4326;

	static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), WGS84);

	private static final double METRES_PER_DEGREE_LAT = 110_574;

	private static final double METRES_PER_DEGREE_LON_AT_EQUATOR = 111_320;

	private Geometries() {
	}

	static byte[] wkb(Geometry geometry) {
		return new WKBWriter().write(geometry);
	}

	static Geometry read(byte[] wkb) {
		try {
			return new WKBReader(FACTORY).read(wkb);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Stored geometry is not valid WKB", ex);
		}
	}

	/** Area in m², projecting lon/lat onto a plane at the geometry's latitude: good to a fraction of a percent for grids. */
	static double areaM2(Geometry geometry) {
		var latitude = geometry.getEnvelopeInternal().centre().y;
		var xScale = METRES_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(latitude));
		var projected = geometry.copy();
		projected.apply((Coordinate c) -> {
			c.x = c.x * xScale;
			c.y = c.y * METRES_PER_DEGREE_LAT;
		});
		projected.geometryChanged();
		return projected.getArea();
	}

	/** GeoJSON geometry text (Polygon or MultiPolygon) with 6 decimals, about 0.1 m. */
	static String geoJson(Geometry geometry) {
		var out = new StringBuilder();
		if (geometry instanceof MultiPolygon multi) {
			out.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
			for (var i = 0; i < multi.getNumGeometries(); i++) {
				out.append(i == 0 ? "" : ",");
				rings(out, (Polygon) multi.getGeometryN(i));
			}
			return out.append("]}").toString();
		}
		out.append("{\"type\":\"Polygon\",\"coordinates\":");
		rings(out, (Polygon) geometry);
		return out.append('}').toString();
	}

	private static void rings(StringBuilder out, Polygon polygon) {
		out.append('[');
		for (var r = 0; r <= polygon.getNumInteriorRing(); r++) {
			var ring = r == 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r - 1);
			out.append(r == 0 ? "[" : ",[");
			var coordinates = ring.getCoordinates();
			for (var i = 0; i < coordinates.length; i++) {
				out.append(i == 0 ? "" : ",")
					.append(String.format(Locale.ROOT, "[%.6f,%.6f]", coordinates[i].x, coordinates[i].y));
			}
			out.append(']');
		}
		out.append(']');
	}
}
