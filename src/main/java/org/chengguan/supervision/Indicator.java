package org.chengguan.supervision;

import java.util.function.BiFunction;

/**
 * The indicators of domain.md §9.1, each as its formula over a {@link Tally}. Their denominators follow §9.1:
 * 应结案数 and 应处置数 leave out 作废 and what is currently 挂账 (and 应处置数 自行处置 too); 「按期」 is by the due time
 * after approved 延期 with hold time excluded (the facts decide it, the formula counts it). No indicator involves a
 * fine amount (《行政处罚法》第七十四条).
 */
public enum Indicator {

	/** 结案率 = 结案数 / 应结案数. */
	CLOSE_RATE((t, s) -> rate(t.closed(), t.dueToClose())),
	/** 按期结案率 = 按期结案数 / 应结案数. */
	ON_TIME_CLOSE_RATE((t, s) -> rate(t.closedOnTime(), t.dueToClose())),
	/** 处置率 = 处置数 / 应处置数. */
	DISPOSE_RATE((t, s) -> rate(t.disposed(), t.dueToDispose())),
	/** 按期处置率 = 按期处置数 / 应处置数. */
	ON_TIME_DISPOSE_RATE((t, s) -> rate(t.disposedOnTime(), t.dueToDispose())),
	/** 返工率 = 返工数 / 应结案数. */
	REWORK_RATE((t, s) -> rate(t.reworked(), t.dueToClose())),
	/** 延期率 = 延期数 / 应处置数. */
	EXTENSION_RATE((t, s) -> rate(t.extended(), t.dueToDispose())),
	/** 超期待处置率 = open past due / 应处置数. */
	OVERDUE_OPEN_RATE((t, s) -> rate(t.overdueOpen(), t.dueToDispose())),
	/** 立案率 = 立案数 / 有效上报数. */
	REGISTER_RATE((t, s) -> rate(t.registered(), t.reported())),
	/** 按时受理率. */
	ON_TIME_ACCEPT_RATE((t, s) -> rate(t.acceptedOnTime(), t.reported())),
	/** 按时立案率. */
	ON_TIME_REGISTER_RATE((t, s) -> rate(t.registeredOnTime(), t.registered())),
	/** 按期派遣率. */
	ON_TIME_DISPATCH_RATE((t, s) -> rate(t.dispatchedOnTime(), t.dispatched())),
	/** 按期核查率. */
	ON_TIME_CHECK_RATE((t, s) -> rate(t.checkedOnTime(), t.checked())),
	/** 准确派遣率 = (派遣数 − returns for wrong routing) / 派遣数. */
	ACCURATE_DISPATCH_RATE((t, s) -> rate(t.dispatched() - t.misrouted(), t.dispatched())),
	/** 平均受理时长, in the stage's unit. */
	MEAN_ACCEPT_TIME((t, s) -> new Figure(t.acceptMinutes(), t.acceptCount(), true)),
	/** 平均处置时长, hold time excluded. */
	MEAN_DISPOSE_TIME((t, s) -> new Figure(t.disposeMinutes(), t.disposeCount(), true)),
	/** 响应率 (hotline) = orders signed for on time / orders dispatched. */
	RESPONSE_RATE((t, s) -> rate(t.ordersSignedOnTime(), t.orders())),
	/** 解决率 (hotline) = 回访「已解决」 / 回访数. */
	RESOLVED_RATE((t, s) -> rate(t.resolved(), t.visits())),
	/** 满意率 = (满意 + w × 基本满意) / 回访数, w 0 or 1 as the hotline counts it. */
	SATISFACTION_RATE((t, s) -> rate(t.satisfied() + (s.basicallySatisfiedCounts() ? t.basicallySatisfied() : 0),
			t.visits())),
	/** 办结率 = 办结数 / 应办结数. */
	REPLY_RATE((t, s) -> rate(t.ordersReplied(), t.ordersDue())),
	/** 处置达标率 = passed the first 核查 / checked. */
	FIRST_CHECK_PASS_RATE((t, s) -> rate(t.passedFirstCheck(), t.checked())),
	/** 问题发现率 (grid) = found by own patrol / registered. */
	DISCOVERY_RATE((t, s) -> rate(t.patrolFound(), t.registered()));

	/** How the bureau counts what the law leaves open. */
	public record Settings(boolean basicallySatisfiedCounts) {

		public static final Settings DEFAULT = new Settings(true);
	}

	private final BiFunction<Tally, Settings, Figure> formula;

	Indicator(BiFunction<Tally, Settings, Figure> formula) {
		this.formula = formula;
	}

	public Figure of(Tally tally, Settings settings) {
		return formula.apply(tally, settings);
	}

	/** Whether less is better (返工率, 延期率, 超期待处置率): its numerator are the cases that went wrong. */
	public boolean lowerIsBetter() {
		return this == REWORK_RATE || this == EXTENSION_RATE || this == OVERDUE_OPEN_RATE;
	}

	private static Figure rate(long numerator, long denominator) {
		return new Figure(numerator, denominator, false);
	}
}
