package org.chengguan.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * One indicator's value as a quotient kept whole: its numerator and denominator are shown beside the figure (a rate
 * of 93.72 % is 911 / 972), and an empty denominator has no figure rather than 0 % or 100 %.
 *
 * @param mean a mean (a duration) rather than a rate
 */
public record Figure(long numerator, long denominator, boolean mean) {

	/** The rate in per cent, or the mean, to two places (half up); empty without a denominator. */
	public Optional<BigDecimal> value() {
		if (denominator <= 0) {
			return Optional.empty();
		}
		var quotient = BigDecimal.valueOf(numerator).multiply(mean ? BigDecimal.ONE : BigDecimal.valueOf(100));
		return Optional.of(quotient.divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP));
	}
}
