package org.chengguan.intake;

/** 案件来源 (domain.md §4.1): drives routing, deadlines and statistics. */
public enum Channel {

	/** 12345 政务服务便民热线: a work order pushed by the city platform. */
	HOTLINE_12345,
	/** 12319 城建/城管热线. */
	HOTLINE_12319,
	/** 巡查上报: a grid officer, inspector or 协管员 on a phone. */
	PATROL,
	/** 视频/AI 告警: never registered before someone verifies it on site. */
	VIDEO_AI,
	/** Open311 GeoReport v2: the public through web, app or WeChat. */
	OPEN311,
	/** 电话、来访、来信 taken by a 受理员. */
	PHONE_WALKIN,
	/** 领导交办/批示: accepted at once and flagged 督办. */
	LEADERSHIP,
	/** 网络及媒体 / 舆情. */
	MEDIA,
	/** 部门移送 (公安, 市场监管, 生态环境 …). */
	TRANSFER,
	/** 监管通知单: an item of a notice from the 督查股, accepted at once and flagged 督办. */
	SUPERVISION;

	/** A hotline platform's work order: only these channels bring one, and with it the case it opens. */
	public boolean isHotline() {
		return this == HOTLINE_12345 || this == HOTLINE_12319;
	}

	/** Leads from cameras and other departments are checked on site before anything else (domain.md §4.1). */
	public boolean needsVerification() {
		return this == VIDEO_AI;
	}
}
