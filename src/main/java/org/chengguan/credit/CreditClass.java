package org.chengguan.credit;

import java.time.Period;

import org.jspecify.annotations.Nullable;

/**
 * How a decision counts for the party's credit (《信用修复管理办法》: 轻微 not published in principle, 一般 3 months to a
 * year, 严重 one to three years), with the least time it stays published before 信用修复 may be asked.
 */
public enum CreditClass {

	/** 不纳入失信信息: not pushed. */
	EXCLUDED(null),
	/** 轻微失信: 修复 once the decision is performed. */
	MINOR(Period.ZERO),
	/** 一般失信: at least 3 months. */
	GENERAL(Period.ofMonths(3)),
	/** 严重失信: at least a year. */
	SERIOUS(Period.ofYears(1));

	private final @Nullable Period leastPublished;

	CreditClass(@Nullable Period leastPublished) {
		this.leastPublished = leastPublished;
	}

	/** The least time it stays published from the decision; {@code null}: never pushed. */
	@Nullable Period leastPublished() {
		return leastPublished;
	}
}
