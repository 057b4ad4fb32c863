package org.chengguan.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** For each sample: how many files it holds, how many are reviewed, their average score and how many failed. */
public record ReviewSummary(Map<Long, Line> lines) {

	/** One sample's line. */
	public record Line(int files, int reviewed, @Nullable Integer average, int failed) {
	}

	static ReviewSummary of(List<ReviewBatch> batches, List<ReviewFile> files) {
		var lines = new HashMap<Long, Line>();
		for (var batch : batches) {
			var of = files.stream().filter(f -> f.getBatchId() == batch.getId()).toList();
			var done = of.stream().filter(f -> f.getTotal() != null).toList();
			lines.put(batch.getId(), new Line(of.size(), done.size(),
					done.isEmpty() ? null
							: (int) Math.round(done.stream().mapToInt(f -> f.getTotal()).average().orElse(0)),
					(int) done.stream().filter(f -> f.getGrade() == Grade.FAIL).count()));
		}
		return new ReviewSummary(lines);
	}

	public Line line(long batchId) {
		return lines.getOrDefault(batchId, new Line(0, 0, null, 0));
	}
}
