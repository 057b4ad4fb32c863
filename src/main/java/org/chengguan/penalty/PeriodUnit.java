package org.chengguan.penalty;

/** What a period counts (domain.md §8.1): working days (《行政处罚法》第八十五条), calendar days, or months. */
public enum PeriodUnit {
	WORKING_DAY, NATURAL_DAY, MONTH
}
