package org.chengguan.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.chengguan.appraisal.AppraisalMetric.Figure;
import org.chengguan.appraisal.AppraisalMetric.Inputs;

/**
 * A 协管员 scoring scheme as stored (one version of it): items that each turn one metric into points, the pay grades
 * a total suggests, and how many of a squad's lowest are listed as 末位. Its items read only {@link AppraisalMetric}s,
 * so no scheme can score anyone by fines (《行政处罚法》第七十四条).
 *
 * @param bottomCount 末位: the lowest this many of a squad (all tied with the last of them), where more are ranked
 * @param grades from the highest minimum down; the last one's minimum is 0
 */
public record AppraisalScheme(String code, int version, String name, LocalDate validFrom, int bottomCount,
		List<Item> items, List<Grade> grades) {

	public AppraisalScheme {
		items = List.copyOf(items);
		grades = grades.stream().sorted(Comparator.comparing(Grade::minTotal).reversed()).toList();
		if (items.isEmpty() || grades.isEmpty() || grades.get(grades.size() - 1).minTotal().signum() != 0
				|| bottomCount < 0 || bottomCount > 10) {
			throw new IllegalArgumentException("appraisal.scheme.error.shape");
		}
	}

	/** How a metric becomes points. */
	public enum Transform {
		/** rate × weight (出勤率 × 25). */
		RATE,
		/** count × perUnit, at most the cap (上报 0.75 each, at most 15). */
		PER_UNIT,
		/** weight − count × perUnit, never below weight − cap (有效投诉 −5 each, at most 10). */
		PENALTY_PER_UNIT
	}

	/** One item; a rate metric takes {@code RATE}, a count one of the others. */
	public record Item(AppraisalMetric metric, BigDecimal weight, Transform transform, BigDecimal perUnit,
			BigDecimal cap) {

		public Item {
			if (weight.signum() <= 0 || cap.signum() < 0 || cap.compareTo(weight) > 0 || perUnit.signum() < 0
					|| metric.isRate() != (transform == Transform.RATE)) {
				throw new IllegalArgumentException("appraisal.scheme.error.item");
			}
			weight = weight.setScale(2, RoundingMode.HALF_UP);
			perUnit = perUnit.setScale(2, RoundingMode.HALF_UP);
			cap = cap.setScale(2, RoundingMode.HALF_UP);
		}

		/** The points of this figure, to two places; empty for a rate without a denominator. */
		Optional<BigDecimal> points(Figure figure) {
			var counted = perUnit.multiply(BigDecimal.valueOf(figure.numerator())).min(cap);
			var points = switch (transform) {
				case RATE -> figure.denominator() == 0 ? null
						: weight.multiply(BigDecimal.valueOf(figure.numerator()))
							.divide(BigDecimal.valueOf(figure.denominator()), 6, RoundingMode.HALF_UP)
							.min(cap);
				case PER_UNIT -> counted;
				case PENALTY_PER_UNIT -> weight.subtract(counted);
			};
			return Optional.ofNullable(points).map(p -> p.setScale(2, RoundingMode.HALF_UP));
		}
	}

	/** A pay-grade suggestion for totals at or above its minimum. */
	public record Grade(String label, BigDecimal minTotal) {
	}

	/** One item's result for a person. */
	record ItemScore(Item item, Figure figure, Optional<BigDecimal> points) {
	}

	/** A person's result: the items and the total, empty when no item had data. */
	record Score(List<ItemScore> items, Optional<BigDecimal> total) {
	}

	/**
	 * The points of a person's month. An item without data (no 核实 sent, no report decided) is left out and the
	 * total is scaled to the weights of the items that had data, so that nobody loses points for work not given.
	 */
	Score score(Inputs inputs) {
		var scored = new ArrayList<ItemScore>();
		var sum = BigDecimal.ZERO;
		var weighed = BigDecimal.ZERO;
		var full = BigDecimal.ZERO;
		for (var item : items) {
			var figure = item.metric().of(inputs);
			var points = item.points(figure);
			scored.add(new ItemScore(item, figure, points));
			full = full.add(item.weight());
			if (points.isPresent()) {
				sum = sum.add(points.get());
				weighed = weighed.add(item.weight());
			}
		}
		var total = weighed.signum() == 0 ? Optional.<BigDecimal>empty()
				: Optional.of(sum.multiply(full).divide(weighed, 2, RoundingMode.HALF_UP));
		return new Score(scored, total);
	}

	/** The pay grade a total suggests. */
	String gradeOf(BigDecimal total) {
		return grades.stream().filter(g -> total.compareTo(g.minTotal()) >= 0).findFirst().orElseThrow().label();
	}

	/** The full marks: the sum of the weights. */
	public BigDecimal fullMarks() {
		return items.stream().map(Item::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
