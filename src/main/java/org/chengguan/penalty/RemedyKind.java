package org.chengguan.penalty;

/** The party's remedies against a decision (domain.md §8.11). */
public enum RemedyKind {
	/** 行政复议 (《行政复议法》第二十条：六十日内). */
	RECONSIDERATION,
	/** 行政诉讼 (《行政诉讼法》第四十六条：六个月内). */
	SUIT
}
