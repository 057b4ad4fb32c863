package org.chengguan.grid;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

import org.chengguan.demo.DemoCity;

/**
 * Point → unit grid over the large demo city (50,400 unit grids): builds the same in-memory index the application uses
 * ({@link GridIndex}: STR-tree of prepared polygons) and times single lookups of random points, 5 % of them outside
 * the city. Run with {@code ./mvnw -q test-compile exec:java@grid-lookup-benchmark}; prints a Markdown table.
 */
public final class GridLookupBenchmark {

	static final int WARM_UP = 100_000;

	static final int MEASURED = 500_000;

	private GridLookupBenchmark() {
	}

	public static void main(String[] args) {
		var spec = DemoCity.Spec.large();
		var started = System.nanoTime();
		var city = new DemoCity(spec).generate();
		var parsed = GeoJsonFeatures.parse(city.geoJson().getBytes(StandardCharsets.UTF_8));
		var entries = new ArrayList<GridIndex.Entry>();
		var id = 0L;
		var minLon = Double.MAX_VALUE;
		var maxLon = -Double.MAX_VALUE;
		var minLat = Double.MAX_VALUE;
		var maxLat = -Double.MAX_VALUE;
		for (var f : parsed.features()) {
			if (f.level() != RegionLevel.UNIT_GRID) {
				continue;
			}
			var geometry = Objects.requireNonNull(f.geometry());
			var e = geometry.getEnvelopeInternal();
			minLon = Math.min(minLon, e.getMinX());
			maxLon = Math.max(maxLon, e.getMaxX());
			minLat = Math.min(minLat, e.getMinY());
			maxLat = Math.max(maxLat, e.getMaxY());
			var code = f.code();
			entries.add(new GridIndex.Entry(geometry, new GridLocation(++id, code, code.substring(0, 12), "社区",
					code.substring(0, 9), "街道", code.substring(0, 6), "区")));
		}
		var generated = System.nanoTime();
		var index = new GridIndex(entries);
		var built = System.nanoTime();
		entries.clear();
		parsed = null;
		city = null;

		var random = new SplittableRandom(42);
		var width = maxLon - minLon;
		var height = maxLat - minLat;
		var hits = 0;
		for (var i = 0; i < WARM_UP; i++) {
			hits += index.locate(minLon + random.nextDouble() * width, minLat + random.nextDouble() * height)
				.isPresent() ? 1 : 0;
		}
		var times = new long[MEASURED];
		hits = 0;
		var outside = 0;
		var measureStart = System.nanoTime();
		for (var i = 0; i < MEASURED; i++) {
			var away = random.nextDouble() < 0.05;
			var lon = away ? maxLon + 0.01 + random.nextDouble() : minLon + random.nextDouble() * width;
			var lat = minLat + random.nextDouble() * height;
			var t0 = System.nanoTime();
			var found = index.locate(lon, lat);
			times[i] = System.nanoTime() - t0;
			if (found.isPresent()) {
				hits++;
			}
			else {
				outside++;
			}
		}
		var totalSeconds = (System.nanoTime() - measureStart) / 1e9;
		var size = index.size();
		var withIndex = usedHeapAfterGc();
		index = null;
		var indexHeap = withIndex - usedHeapAfterGc();
		Arrays.sort(times);
		System.out.println();
		System.out.println("| grids | lookups | found / outside | index build | index heap | p50 | p95 | p99 | p99.9 | max | lookups/s (1 thread) |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
		System.out.printf(Locale.ROOT, "| %,d | %,d | %,d / %,d | %d ms | %d MiB | %.1f µs | %.1f µs | %.1f µs | %.1f µs | %.1f µs | %,.0f |%n",
				size, MEASURED, hits, outside, (built - generated) / 1_000_000, indexHeap / (1024 * 1024),
				percentile(times, 50), percentile(times, 95), percentile(times, 99), percentile(times, 99.9),
				times[times.length - 1] / 1000.0, MEASURED / totalSeconds);
		System.out.printf(Locale.ROOT, "(city generated and parsed in %d ms; target: p99 ≤ 1 ms)%n",
				(generated - started) / 1_000_000);
	}

	private static double percentile(long[] sorted, double p) {
		var i = (int) Math.ceil(p / 100 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000.0;
	}

	private static long usedHeapAfterGc() {
		var runtime = Runtime.getRuntime();
		for (var i = 0; i < 3; i++) {
			System.gc();
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}
}
