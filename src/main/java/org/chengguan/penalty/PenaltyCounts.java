package org.chengguan.penalty;

/**
 * One unit's proceedings in a period, as counts only (《行政处罚法》第七十四条: no amount leaves the penalty module for
 * appraisal): 立案 under 普通程序, 当场处罚 under 简易程序, decisions to penalise, and decisions not to — among them
 * 首违不罚 — so that 处罚率 is read next to 不予处罚 and 以罚代管 stays visible.
 */
public record PenaltyCounts(long unitId, long filed, long onSite, long penalised, long notPenalised,
		long firstOffence) {
}
