package org.chengguan.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The fine and the 加处罚款 accrued on it up to and including a day (domain.md §8.8), as a 催告书 states them. */
public record AmountOwed(BigDecimal fine, BigDecimal surcharge, LocalDate asOf) {

	public BigDecimal total() {
		return fine.add(surcharge);
	}
}
