package org.chengguan.penalty;

/**
 * The periods of a proceeding (domain.md §8.1), each with the provision that sets it (its citation in
 * {@code messages.properties} as {@code penalty.period.basis.<KIND>}). 《行政处罚法》第八十五条 makes the
 * law's 二日、三日、五日、七日 working days; the other periods are calendar days or months.
 */
public enum PeriodKind {

	/** 立案前核查 15 日 (住建部令第55号第十五条; +10 with approval). */
	LEAD_CHECK(PeriodUnit.NATURAL_DAY),
	/** 90 日 from 立案 to the decision. */
	DECISION(PeriodUnit.NATURAL_DAY),
	/** 陈述申辩 after the 告知 (the law sets none; the bureau's 5 working days). */
	STATEMENT(PeriodUnit.WORKING_DAY),
	/** 听证申请 within 5 days of the 告知. */
	HEARING_REQUEST(PeriodUnit.WORKING_DAY),
	/** 听证通知 at least 7 days before the hearing. */
	HEARING_NOTICE(PeriodUnit.WORKING_DAY),
	/** 先行登记保存: decided within 7 days. */
	PRESERVATION(PeriodUnit.WORKING_DAY),
	/** 简易程序 备案 with the 中队 within 2 working days (the bureau's rule). */
	SIMPLE_FILING(PeriodUnit.WORKING_DAY),
	/** 当场收缴的罚款 to the agency within 2 days. */
	CASH_HANDOVER(PeriodUnit.WORKING_DAY),
	/** A node of the approval route (the bureau's 2/5/5/7 working days). */
	APPROVAL_NODE(PeriodUnit.WORKING_DAY),
	/** 当事人不在场的，行政机关应当在七日内依照《中华人民共和国民事诉讼法》的有关规定送达决定书. */
	SERVICE(PeriodUnit.WORKING_DAY),
	/** 公告送达：自发出公告之日起，经过三十日，即视为送达 (the bureau may set 60, as 上海 does). */
	PUBLIC_NOTICE(PeriodUnit.NATURAL_DAY),
	/** 当事人应当自收到行政处罚决定书之日起十五日内缴纳罚款. */
	PAYMENT(PeriodUnit.NATURAL_DAY),
	/** 自知道行政行为之日起六十日内提出行政复议申请. */
	RECONSIDERATION(PeriodUnit.NATURAL_DAY),
	/** 直接向人民法院提起诉讼的，应当自知道作出行政行为之日起六个月内提出. */
	SUIT(PeriodUnit.MONTH),
	/** 催告书送达十日后当事人仍未履行义务的，可以申请人民法院强制执行. */
	REMINDER(PeriodUnit.WORKING_DAY),
	/** 自起诉期限届满之日起三个月内申请人民法院强制执行. */
	COURT_FILING(PeriodUnit.MONTH);

	private final PeriodUnit unit;

	PeriodKind(PeriodUnit unit) {
		this.unit = unit;
	}

	/**
	 * The key of the provision that sets the period, in {@code messages.properties}; each period keeps it with its row
	 * (penalty_period.basis), so a period started under one wording is shown with it.
	 */
	public String basis() {
		return "penalty.period.basis." + name();
	}

	public PeriodUnit unit() {
		return unit;
	}

	/** Working days (第八十五条), not calendar days or months. */
	public boolean workingDays() {
		return unit == PeriodUnit.WORKING_DAY;
	}
}
