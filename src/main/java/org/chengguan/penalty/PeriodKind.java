package org.chengguan.penalty;

/**
 * The periods of a proceeding (domain.md §8.1), each with the provision that sets it. 《行政处罚法》第八十五条 makes the
 * law's 二日、三日、五日、七日 working days; the other periods are calendar days or months.
 */
public enum PeriodKind {

	/** 立案前核查 15 日 (住建部令第55号第十五条; +10 with approval). */
	LEAD_CHECK("《住房和城乡建设行政处罚程序规定》第十五条", PeriodUnit.NATURAL_DAY),
	/** 90 日 from 立案 to the decision. */
	DECISION("《中华人民共和国行政处罚法》第六十条", PeriodUnit.NATURAL_DAY),
	/** 陈述申辩 after the 告知 (the law sets none; the bureau's 5 working days). */
	STATEMENT("《中华人民共和国行政处罚法》第四十四条、第四十五条", PeriodUnit.WORKING_DAY),
	/** 听证申请 within 5 days of the 告知. */
	HEARING_REQUEST("《中华人民共和国行政处罚法》第六十四条第（一）项", PeriodUnit.WORKING_DAY),
	/** 听证通知 at least 7 days before the hearing. */
	HEARING_NOTICE("《中华人民共和国行政处罚法》第六十四条第（二）项", PeriodUnit.WORKING_DAY),
	/** 先行登记保存: decided within 7 days. */
	PRESERVATION("《中华人民共和国行政处罚法》第五十六条", PeriodUnit.WORKING_DAY),
	/** 简易程序 备案 with the 中队 within 2 working days (the bureau's rule). */
	SIMPLE_FILING("《中华人民共和国行政处罚法》第五十二条第三款", PeriodUnit.WORKING_DAY),
	/** 当场收缴的罚款 to the agency within 2 days. */
	CASH_HANDOVER("《中华人民共和国行政处罚法》第七十一条", PeriodUnit.WORKING_DAY),
	/** A node of the approval route (the bureau's 2/5/5/7 working days). */
	APPROVAL_NODE("本局行政处罚案件审批时限规定", PeriodUnit.WORKING_DAY),
	/** 当事人不在场的，行政机关应当在七日内依照《中华人民共和国民事诉讼法》的有关规定送达决定书. */
	SERVICE("《中华人民共和国行政处罚法》第六十一条第一款", PeriodUnit.WORKING_DAY),
	/** 公告送达：自发出公告之日起，经过三十日，即视为送达 (the bureau may set 60, as 上海 does). */
	PUBLIC_NOTICE("《中华人民共和国民事诉讼法》第九十五条", PeriodUnit.NATURAL_DAY),
	/** 当事人应当自收到行政处罚决定书之日起十五日内缴纳罚款. */
	PAYMENT("《中华人民共和国行政处罚法》第六十七条第三款", PeriodUnit.NATURAL_DAY),
	/** 自知道行政行为之日起六十日内提出行政复议申请. */
	RECONSIDERATION("《中华人民共和国行政复议法》第二十条第一款", PeriodUnit.NATURAL_DAY),
	/** 直接向人民法院提起诉讼的，应当自知道作出行政行为之日起六个月内提出. */
	SUIT("《中华人民共和国行政诉讼法》第四十六条第一款", PeriodUnit.MONTH),
	/** 催告书送达十日后当事人仍未履行义务的，可以申请人民法院强制执行. */
	REMINDER("《中华人民共和国行政强制法》第五十四条", PeriodUnit.WORKING_DAY),
	/** 自起诉期限届满之日起三个月内申请人民法院强制执行. */
	COURT_FILING("《中华人民共和国行政强制法》第五十三条", PeriodUnit.MONTH);

	private final String basis;

	private final PeriodUnit unit;

	PeriodKind(String basis, PeriodUnit unit) {
		this.basis = basis;
		this.unit = unit;
	}

	public String basis() {
		return basis;
	}

	public PeriodUnit unit() {
		return unit;
	}

	/** Working days (第八十五条), not calendar days or months. */
	public boolean workingDays() {
		return unit == PeriodUnit.WORKING_DAY;
	}
}
