package org.chengguan.grid;

import java.util.ArrayList;
import java.util.List;
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
 * A place drawn on the map in WGS84 lon/lat — a shop's frontage, a road's centre line: written as
 * {@code lon,lat;lon,lat;…} (one point, a line, or a ring that ends where it starts), stored as WKB, measured in metres
 * on a plane at its latitude (good to well under a metre over a few kilometres).
 */
public final class Shapes {

	/** A shape that cannot be read; the message is a key of messages.properties. */
	public static final class ShapeException extends IllegalArgumentException {

		ShapeException(String key) {
			super(key);
		}
	}

	static final int WGS84 = 4326;

	private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), WGS84);

	private static final double METRES_PER_DEGREE_LAT = 110_574;

	private static final double METRES_PER_DEGREE_LON_AT_EQUATOR = 111_320;

	private Shapes() {
	}

	/**
	 * The shape written as {@code lon,lat;lon,lat;…}: one point, a line, or a ring that ends where it starts (a
	 * polygon). Refused with {@code grid.error.shape} when it is none of these or lies outside China, and with
	 * {@code grid.error.shapeExtent} when it spans more than {@code maxExtentMetres}.
	 */
	public static Geometry parse(String text, double maxExtentMetres) {
		var coordinates = new ArrayList<Coordinate>();
		for (var pair : text.strip().split("\\s*[;；]\\s*")) {
			if (pair.isBlank()) {
				continue;
			}
			var parts = pair.split("\\s*[,，]\\s*");
			if (parts.length != 2) {
				throw new ShapeException("grid.error.shape");
			}
			try {
				var lon = Double.parseDouble(parts[0].strip());
				var lat = Double.parseDouble(parts[1].strip());
				if (!(lon >= 73 && lon <= 136 && lat >= 3 && lat <= 54)) {
					throw new ShapeException("grid.error.shape");
				}
				coordinates.add(new Coordinate(lon, lat));
			}
			catch (NumberFormatException ex) {
				throw new ShapeException("grid.error.shape");
			}
		}
		var geometry = of(coordinates);
		if (extentMetres(geometry) > maxExtentMetres) {
			throw new ShapeException("grid.error.shapeExtent");
		}
		return geometry;
	}

	private static Geometry of(ArrayList<Coordinate> coordinates) {
		if (coordinates.isEmpty() || coordinates.size() > 200) {
			throw new ShapeException("grid.error.shape");
		}
		if (coordinates.size() == 1) {
			return FACTORY.createPoint(coordinates.get(0));
		}
		var array = coordinates.toArray(Coordinate[]::new);
		if (array.length >= 4 && array[0].equals2D(array[array.length - 1])) {
			Polygon polygon = FACTORY.createPolygon(array);
			if (!polygon.isValid() || polygon.getArea() == 0) {
				throw new ShapeException("grid.error.shape");
			}
			return polygon;
		}
		LineString line = FACTORY.createLineString(array);
		if (line.getLength() == 0) {
			throw new ShapeException("grid.error.shape");
		}
		return line;
	}

	public static Point point(double lon, double lat) {
		return FACTORY.createPoint(new Coordinate(lon, lat));
	}

	/** The {@code lon,lat;…} text of a shape, 6 decimals (about 0.1 m). */
	public static String text(Geometry geometry) {
		var out = new StringBuilder();
		for (var c : geometry.getCoordinates()) {
			out.append(out.isEmpty() ? "" : ";").append(String.format(Locale.ROOT, "%.6f,%.6f", c.x, c.y));
		}
		return out.toString();
	}

	/** GeoJSON geometry text of a shape, for the map. */
	public static String geoJson(Geometry geometry) {
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

	/** The distance in metres from a point to the shape (0 inside a polygon). */
	public static double metresTo(Geometry geometry, double lon, double lat) {
		var latitude = geometry.getEnvelopeInternal().centre().y;
		return projected(geometry, latitude).distance(projected(point(lon, lat), latitude));
	}

	/** The longest side of the shape's envelope in metres. */
	public static double extentMetres(Geometry geometry) {
		var envelope = projected(geometry, geometry.getEnvelopeInternal().centre().y).getEnvelopeInternal();
		return Math.max(envelope.getWidth(), envelope.getHeight());
	}

	/** Degrees of latitude and longitude that {@code metres} span at {@code lat}: the search box of a point. */
	public static double[] degrees(double metres, double lat) {
		return new double[] { metres / (METRES_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(lat))),
				metres / METRES_PER_DEGREE_LAT };
	}

	/** The length in metres of a line (of a polygon's boundary). */
	public static double lengthMetres(Geometry geometry) {
		return projected(geometry, geometry.getEnvelopeInternal().centre().y).getLength();
	}

	/** Points along the shape's coordinates at most {@code stepMetres} apart, its vertices among them. */
	public static List<Point> along(Geometry geometry, double stepMetres) {
		var coordinates = geometry.getCoordinates();
		var points = new ArrayList<Point>();
		points.add(point(coordinates[0].x, coordinates[0].y));
		for (var i = 1; i < coordinates.length; i++) {
			var from = coordinates[i - 1];
			var to = coordinates[i];
			var metres = lengthMetres(FACTORY.createLineString(new Coordinate[] { from, to }));
			var steps = Math.max(1, (int) Math.ceil(metres / stepMetres));
			for (var k = 1; k <= steps; k++) {
				var f = (double) k / steps;
				points.add(point(from.x + (to.x - from.x) * f, from.y + (to.y - from.y) * f));
			}
		}
		return points;
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

	public static byte[] wkb(Geometry geometry) {
		return new WKBWriter().write(geometry);
	}

	public static Geometry read(byte[] wkb) {
		try {
			return new WKBReader(FACTORY).read(wkb);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Stored shape is not valid WKB", ex);
		}
	}
}
