package org.chengguan.frontage;

import java.util.ArrayList;
import java.util.Locale;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * A frontage in WGS84 lon/lat: written as {@code lon,lat;lon,lat;…} (one point, a line along the kerb, or a closed
 * ring), stored as WKB, measured in metres on a plane at its latitude (good to well under a metre at this size).
 */
final class FrontageGeometry {

	static final int WGS84 = 4326;

	private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), WGS84);

	private static final double METRES_PER_DEGREE_LAT = 110_574;

	private static final double METRES_PER_DEGREE_LON_AT_EQUATOR = 111_320;

	/** A 门前 is a shop's front, not a street: longer than this is a typing error. */
	static final double MAX_EXTENT_METRES = 300;

	private FrontageGeometry() {
	}

	/**
	 * The frontage written as {@code lon,lat;lon,lat;…}: one point, a line, or a ring that ends where it starts (a
	 * polygon). Refused with {@code frontage.error.geometry} when it is none of these or lies outside China.
	 */
	static Geometry parse(String text) {
		var coordinates = new ArrayList<Coordinate>();
		for (var pair : text.strip().split("\\s*[;；]\\s*")) {
			if (pair.isBlank()) {
				continue;
			}
			var parts = pair.split("\\s*[,，]\\s*");
			if (parts.length != 2) {
				throw new FrontageRuleException("frontage.error.geometry");
			}
			try {
				var lon = Double.parseDouble(parts[0].strip());
				var lat = Double.parseDouble(parts[1].strip());
				if (!(lon >= 73 && lon <= 136 && lat >= 3 && lat <= 54)) {
					throw new FrontageRuleException("frontage.error.geometry");
				}
				coordinates.add(new Coordinate(lon, lat));
			}
			catch (NumberFormatException ex) {
				throw new FrontageRuleException("frontage.error.geometry");
			}
		}
		var geometry = of(coordinates);
		if (extentMetres(geometry) > MAX_EXTENT_METRES) {
			throw new FrontageRuleException("frontage.error.geometryExtent");
		}
		return geometry;
	}

	private static Geometry of(ArrayList<Coordinate> coordinates) {
		if (coordinates.isEmpty() || coordinates.size() > 200) {
			throw new FrontageRuleException("frontage.error.geometry");
		}
		if (coordinates.size() == 1) {
			return FACTORY.createPoint(coordinates.get(0));
		}
		var array = coordinates.toArray(Coordinate[]::new);
		if (array.length >= 4 && array[0].equals2D(array[array.length - 1])) {
			Polygon polygon = FACTORY.createPolygon(array);
			if (!polygon.isValid() || polygon.getArea() == 0) {
				throw new FrontageRuleException("frontage.error.geometry");
			}
			return polygon;
		}
		LineString line = FACTORY.createLineString(array);
		if (line.getLength() == 0) {
			throw new FrontageRuleException("frontage.error.geometry");
		}
		return line;
	}

	static Point point(double lon, double lat) {
		return FACTORY.createPoint(new Coordinate(lon, lat));
	}

	/** The {@code lon,lat;…} text of a frontage, 6 decimals (about 0.1 m). */
	static String text(Geometry geometry) {
		var out = new StringBuilder();
		for (var c : geometry.getCoordinates()) {
			out.append(out.isEmpty() ? "" : ";").append(String.format(Locale.ROOT, "%.6f,%.6f", c.x, c.y));
		}
		return out.toString();
	}

	/** GeoJSON geometry text of a frontage, for the map. */
	static String geoJson(Geometry geometry) {
		var positions = new StringBuilder();
		for (var c : geometry.getCoordinates()) {
			positions.append(positions.isEmpty() ? "" : ",").append(String.format(Locale.ROOT, "[%.6f,%.6f]", c.x, c.y));
		}
		if (geometry instanceof Point) {
			return "{\"type\":\"Point\",\"coordinates\":" + positions + "}";
		}
		if (geometry instanceof Polygon) {
			return "{\"type\":\"Polygon\",\"coordinates\":[[" + positions + "]]}";
		}
		return "{\"type\":\"LineString\",\"coordinates\":[" + positions + "]}";
	}

	/** The distance in metres from a point to the frontage (0 inside a polygon). */
	static double metresTo(Geometry geometry, double lon, double lat) {
		var latitude = geometry.getEnvelopeInternal().centre().y;
		return projected(geometry, latitude).distance(projected(point(lon, lat), latitude));
	}

	/** The longest side of the frontage's envelope in metres. */
	static double extentMetres(Geometry geometry) {
		var envelope = projected(geometry, geometry.getEnvelopeInternal().centre().y).getEnvelopeInternal();
		return Math.max(envelope.getWidth(), envelope.getHeight());
	}

	/** Degrees of latitude and longitude that {@code metres} span at {@code lat}: the search box of a point. */
	static double[] degrees(double metres, double lat) {
		return new double[] { metres / (METRES_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(lat))),
				metres / METRES_PER_DEGREE_LAT };
	}

	private static Geometry projected(Geometry geometry, double latitude) {
		var xScale = METRES_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(latitude));
		var copy = geometry.copy();
		copy.apply((Coordinate c) -> {
			c.x = c.x * xScale;
			c.y = c.y * METRES_PER_DEGREE_LAT;
		});
		copy.geometryChanged();
		return copy;
	}

	static byte[] wkb(Geometry geometry) {
		return new WKBWriter().write(geometry);
	}

	static Geometry read(byte[] wkb) {
		try {
			return new WKBReader(FACTORY).read(wkb);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Stored frontage is not valid WKB", ex);
		}
	}
}
