package org.chengguan.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scoring scheme (domain.md §9.2): items that each turn one indicator into points, in force from a day. Only counts
 * and rates enter it — a {@link Tally} holds no amount, so no scheme can score anyone by fines (《行政处罚法》第七十四条).
 *
 * @param version each change of a scheme is a new version; an assessment keeps the one it used
 * @param items the scheme's items, in the order they are shown
 */
public record ScoringScheme(String code, int version, String name, LocalDate validFrom, List<Item> items) {

	public ScoringScheme {
		items = List.copyOf(items);
	}

	/** How an indicator becomes points. */
	public enum Transform {
		/** rate × weight (处置率 × 30). */
		RATE,
		/** (1 − rate) × weight (（1 − 返工率）× 20). */
		ONE_MINUS_RATE,
		/** weight − count × perUnit, never below weight − cap (重复投诉点位 −1 each, at most 20). */
		PENALTY_PER_UNIT
	}

	/**
	 * One item.
	 *
	 * @param perUnit the points taken per counted unit ({@link Transform#PENALTY_PER_UNIT} only)
	 * @param cap the most points the item gives ({@code RATE}, {@code ONE_MINUS_RATE}) or takes
	 *        ({@code PENALTY_PER_UNIT}); at most the weight
	 */
	public record Item(Indicator indicator, BigDecimal weight, Transform transform, BigDecimal perUnit,
			BigDecimal cap) {

		public Item {
			if (weight.signum() <= 0 || cap.signum() < 0 || cap.compareTo(weight) > 0 || perUnit.signum() < 0) {
				throw new IllegalArgumentException("An item's weight is positive and its cap within it");
			}
			// points are kept to two places, as stored
			weight = weight.setScale(2, RoundingMode.HALF_UP);
			perUnit = perUnit.setScale(2, RoundingMode.HALF_UP);
			cap = cap.setScale(2, RoundingMode.HALF_UP);
		}

		/** An item without a cap of its own. */
		public static Item of(Indicator indicator, int weight, Transform transform) {
			return new Item(indicator, BigDecimal.valueOf(weight), transform, BigDecimal.ZERO,
					BigDecimal.valueOf(weight));
		}

		/** The points for this figure; empty when the figure has no denominator. */
		Optional<BigDecimal> points(Figure figure) {
			if (transform == Transform.PENALTY_PER_UNIT) {
				var taken = perUnit.multiply(BigDecimal.valueOf(figure.numerator())).min(cap);
				return Optional.of(weight.subtract(taken));
			}
			return figure.value().map(percent -> {
				var rate = percent.divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
				var share = transform == Transform.RATE ? rate : BigDecimal.ONE.subtract(rate);
				return weight.multiply(share.max(BigDecimal.ZERO)).min(cap);
			});
		}
	}

	/** One item's result: its figure and its points (empty: no data in the period). */
	public record ItemScore(Item item, Figure figure, Optional<BigDecimal> points) {
	}

	/**
	 * The result of a scheme for one tally.
	 *
	 * @param complete every item had data
	 */
	public record Score(List<ItemScore> items, BigDecimal total, boolean complete) {
	}

	/** The points of a tally: each item to two places; an item without data scores nothing and makes it incomplete. */
	public Score score(Tally tally, Indicator.Settings settings) {
		var scored = new ArrayList<ItemScore>();
		var total = BigDecimal.ZERO;
		var complete = true;
		for (var item : items) {
			var figure = item.indicator().of(tally, settings);
			var points = item.points(figure).map(p -> p.setScale(2, RoundingMode.HALF_UP));
			scored.add(new ItemScore(item, figure, points));
			total = total.add(points.orElse(BigDecimal.ZERO));
			complete &= points.isPresent();
		}
		return new Score(scored, total, complete);
	}
}
