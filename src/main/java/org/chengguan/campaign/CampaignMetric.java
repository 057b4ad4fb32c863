package org.chengguan.campaign;

/**
 * What a campaign target measures: counts, rates and areas of the work, never an amount of money — no fine quota can be
 * set (《行政处罚法》第七十四条；《安阳市城市管理综合执法条例》第三十二条：不得下达或者变相下达行政处罚指标). Each is "at least".
 */
public enum CampaignMetric {
	/** 上账点位动态清零比例 (%): listed hotspot points in scope clear over the campaign so far. */
	POINTS_CLEARED_SHARE(true),
	/** 动态清零街道比例 (%): streets in scope all of whose listed points are clear. */
	STREETS_CLEARED_SHARE(true),
	/** 投诉下降比例 (%): complaints in scope per day, against the base period's. */
	COMPLAINT_REDUCTION(true),
	/** 检查次数: inspections in the 日报 and hotspot inspections in scope. */
	INSPECTIONS(false),
	/** 结案数: cases of the campaign closed. */
	CASES_CLOSED(false),
	/** 结案率 (%): cases of the campaign closed of those due to close. */
	CLOSE_RATE(true),
	/** 拆除违法建设面积 (m²), from the 日报. */
	AREA_REMOVED(false);

	private final boolean percentage;

	CampaignMetric(boolean percentage) {
		this.percentage = percentage;
	}

	public boolean isPercentage() {
		return percentage;
	}

	/** Whether the target needs a base period (a reduction against it). */
	public boolean needsBase() {
		return this == COMPLAINT_REDUCTION;
	}
}
