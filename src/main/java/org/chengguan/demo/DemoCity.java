package org.chengguan.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A fictional city laid out on a lattice of ~100 m cells: districts side by side, each a stack of streets, each street
 * a row of communities, each community {@code cols × rows} unit grids. Interior lattice points are jittered
 * deterministically, so grids are irregular quadrilaterals that still tile every community without gaps or overlaps.
 * Codes use the fictional division prefix 99.
 */
public final class DemoCity {

	/** The size of a city. */
	public record Spec(int districts, int streetsPerDistrict, int communitiesPerStreet, int cols, int rows,
			double cellMetres, long seed) {

		/** The demo city: 3 districts, 21 streets, 105 communities, 2,100 unit grids. */
		public static Spec demo() {
			return new Spec(3, 7, 5, 4, 5, 100, 20260101L);
		}

		/** The benchmark city: 6 districts, 72 streets, 720 communities, 50,400 unit grids. */
		public static Spec large() {
			return new Spec(6, 12, 10, 7, 10, 100, 20260102L);
		}

		public int unitGrids() {
			return districts * streetsPerDistrict * communitiesPerStreet * cols * rows;
		}
	}

	/**
	 * A street of the generated city, for the bureau's squads and responsibility grids; {@code centre} (lon, lat) lies
	 * inside its middle unit grid (the demo cameras stand there).
	 */
	public record Street(String code, String name, String districtCode, List<String> communityCodes,
			double[] centre) {
	}

	/** The generated city: its GeoJSON FeatureCollection and its streets. */
	public record City(String geoJson, List<Street> streets, List<String[]> districts) {
	}

	public static final double ORIGIN_LON = 113.600;

	public static final double ORIGIN_LAT = 34.700;

	private static final String[] DISTRICTS = { "临江区", "望山区", "新港区", "东湖区", "西岭区", "南屏区" };

	private static final String[] WORDS = { "枫林", "桂园", "杏坛", "柳岸", "松涛", "竹溪", "梅岭", "荷塘", "兰亭", "菊圃",
			"桃源", "李庄", "榆树", "槐荫", "银杏", "白塔", "青石", "金沙", "玉泉", "锦绣", "华林", "春晖", "秋实", "朝阳",
			"明德", "文昌" };

	private static final String[] SUFFIXES = { "", "东", "西", "南", "北", "新", "中", "上", "下", "前" };

	private final Spec spec;

	private final double dLon;

	private final double dLat;

	private final int width;

	private final int height;

	public DemoCity(Spec spec) {
		this.spec = spec;
		this.dLat = spec.cellMetres() / 110_574;
		this.dLon = spec.cellMetres() / (111_320 * Math.cos(Math.toRadians(ORIGIN_LAT)));
		this.width = spec.districts() * spec.communitiesPerStreet() * spec.cols();
		this.height = spec.streetsPerDistrict() * spec.rows();
	}

	public City generate() {
		var features = new StringBuilder();
		var streets = new ArrayList<Street>();
		var districts = new ArrayList<String[]>();
		var districtWidth = spec.communitiesPerStreet() * spec.cols();
		for (var d = 0; d < spec.districts(); d++) {
			var districtCode = String.format("99%02d%02d", 1, d + 1);
			var districtName = DISTRICTS[d % DISTRICTS.length];
			districts.add(new String[] { districtCode, districtName });
			feature(features, "DISTRICT", districtCode, districtName, block(d * districtWidth, 0,
					(d + 1) * districtWidth, height), null);
			for (var s = 0; s < spec.streetsPerDistrict(); s++) {
				var streetCode = districtCode + String.format("%03d", s + 1);
				var streetIndex = d * spec.streetsPerDistrict() + s;
				var streetName = name(streetIndex) + "街道";
				var top = height - s * spec.rows();
				feature(features, "STREET", streetCode, streetName,
						block(d * districtWidth, top - spec.rows(), (d + 1) * districtWidth, top), null);
				var communities = new ArrayList<String>();
				for (var k = 0; k < spec.communitiesPerStreet(); k++) {
					var communityCode = streetCode + String.format("%03d", k + 1);
					communities.add(communityCode);
					var left = d * districtWidth + k * spec.cols();
					feature(features, "COMMUNITY", communityCode,
							name(streetIndex * spec.communitiesPerStreet() + k + 7) + "社区",
							block(left, top - spec.rows(), left + spec.cols(), top), null);
					var responsibility = "RG" + streetCode + "-" + (k / 2 + 1);
					var responsibilityName = streetName + "第" + (k / 2 + 1) + "责任网格";
					for (var r = 0; r < spec.rows(); r++) {
						for (var c = 0; c < spec.cols(); c++) {
							// Numbered west → east, north → south within the community (domain.md §3.1).
							var gridCode = communityCode + String.format("%03d", r * spec.cols() + c + 1);
							var j = top - 1 - r;
							feature(features, "UNIT_GRID", gridCode, "", block(left + c, j, left + c + 1, j + 1),
									new String[] { responsibility, responsibilityName });
						}
					}
				}
				var centre = cellCentre(d * districtWidth + districtWidth / 2, top - 1 - spec.rows() / 2);
				streets.add(new Street(streetCode, streetName, districtCode, communities, centre));
			}
		}
		return new City("{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}", streets, districts);
	}

	private static String name(int index) {
		return WORDS[index % WORDS.length] + SUFFIXES[(index / WORDS.length) % SUFFIXES.length];
	}

	/** The ring around lattice cells [i0, i1) × [j0, j1), counter-clockwise through every lattice point. */
	private List<double[]> block(int i0, int j0, int i1, int j1) {
		var ring = new ArrayList<double[]>();
		for (var i = i0; i < i1; i++) {
			ring.add(point(i, j0));
		}
		for (var j = j0; j < j1; j++) {
			ring.add(point(i1, j));
		}
		for (var i = i1; i > i0; i--) {
			ring.add(point(i, j1));
		}
		for (var j = j1; j > j0; j--) {
			ring.add(point(i0, j));
		}
		ring.add(ring.get(0));
		return ring;
	}

	/** The middle of cell (i, j): jitter moves corners by at most a fifth of a cell, so it stays inside. */
	private double[] cellCentre(int i, int j) {
		return new double[] { ORIGIN_LON + (i + 0.5) * dLon, ORIGIN_LAT + (j + 0.5) * dLat };
	}

	/** Lattice point (i, j); interior points move up to a fifth of a cell, the same way for every polygon. */
	double[] point(int i, int j) {
		var interior = i > 0 && i < width && j > 0 && j < height;
		var jx = interior ? jitter(i, j, 1) : 0;
		var jy = interior ? jitter(i, j, 2) : 0;
		return new double[] { ORIGIN_LON + (i + jx) * dLon, ORIGIN_LAT + (j + jy) * dLat };
	}

	private double jitter(int i, int j, int axis) {
		var h = spec.seed() * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L + j * 0x94D049BB133111EBL + axis;
		h = (h ^ (h >>> 31)) * 0xD6E8FEB86659FD93L;
		h ^= h >>> 32;
		return ((h & 0xFFFFFF) / (double) 0xFFFFFF - 0.5) * 0.4;
	}

	private static void feature(StringBuilder out, String level, String code, String name, List<double[]> ring,
			@Nullable String[] responsibility) {
		out.append(out.isEmpty() ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"level\":\"").append(level)
			.append("\",\"code\":\"").append(code).append("\",\"name\":\"").append(name).append('"');
		if (responsibility != null) {
			out.append(",\"responsibilityGrid\":\"").append(responsibility[0])
				.append("\",\"responsibilityGridName\":\"").append(responsibility[1]).append('"');
		}
		out.append("},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[");
		for (var k = 0; k < ring.size(); k++) {
			out.append(k == 0 ? "" : ",")
				.append(String.format(Locale.ROOT, "[%.7f,%.7f]", ring.get(k)[0], ring.get(k)[1]));
		}
		out.append("]]}}");
	}
}
