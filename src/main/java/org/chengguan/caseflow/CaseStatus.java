package org.chengguan.caseflow;

import java.util.EnumSet;
import java.util.Set;

/** 案卷状态 (domain.md §6.2). Each constant names who acts next. Flags such as 督办 are not states. */
public enum CaseStatus {

	/** 待受理: a 受理员 accepts or rejects it. */
	REPORTED,
	/** 核实中: grid staff check on site (always for camera alarms). */
	VERIFYING,
	/** 已受理·待立案: a 值班长 or 受理员 registers it under a 立案条件, or declines it. */
	ACCEPTED,
	/** 已立案·待派遣: the dispatch desk sends it to a unit. */
	REGISTERED,
	/** 已派遣·待签收: the unit signs for it. */
	DISPATCHED,
	/** 处置中: the unit handles it and reports back with photos. */
	DISPOSING,
	/** 挂账: approved to wait; the clock is paused until the end date. */
	HELD,
	/** 已反馈·待核查: a 受理员 sends a check task. */
	DISPOSED,
	/** 核查中: grid staff check the result on site. */
	CHECKING,
	/** 核查通过·待结案: a 受理员 closes it. */
	CHECKED,
	/** 已结案: terminal. */
	CLOSED,
	/** 不予受理: terminal. */
	REJECTED,
	/** 不予立案 / 核实不属实: terminal. */
	DECLINED,
	/** 作废: terminal, excluded from every rate. */
	CANCELLED,
	/** 已合并 into another case: terminal, closes with its parent. */
	MERGED;

	static final Set<CaseStatus> TERMINAL = EnumSet.of(CLOSED, REJECTED, DECLINED, CANCELLED, MERGED);

	public boolean isTerminal() {
		return TERMINAL.contains(this);
	}
}
