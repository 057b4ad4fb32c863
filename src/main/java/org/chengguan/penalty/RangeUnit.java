package org.chengguan.penalty;

/** How a statutory range is stated. */
public enum RangeUnit {

	/** yuan. */
	YUAN,
	/** per cent of a cost (违法建设: 建设工程造价). */
	PCT_COST,
	/** yuan per unit (per m², per spot). */
	PER_UNIT
}
