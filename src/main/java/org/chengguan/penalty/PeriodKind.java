package org.chengguan.penalty;

/**
 * The periods of a proceeding (domain.md §8.1), each with the provision that sets it. 《行政处罚法》第八十五条 makes the
 * law's 二日、三日、五日、七日 working days; the other periods are calendar days.
 */
public enum PeriodKind {

	/** 立案前核查 15 日 (住建部令第55号第十五条; +10 with approval). */
	LEAD_CHECK("《住房和城乡建设行政处罚程序规定》第十五条", false),
	/** 90 日 from 立案 to the decision. */
	DECISION("《中华人民共和国行政处罚法》第六十条", false),
	/** 陈述申辩 after the 告知 (the law sets none; the bureau's 5 working days). */
	STATEMENT("《中华人民共和国行政处罚法》第四十四条、第四十五条", true),
	/** 听证申请 within 5 days of the 告知. */
	HEARING_REQUEST("《中华人民共和国行政处罚法》第六十四条第（一）项", true),
	/** 听证通知 at least 7 days before the hearing. */
	HEARING_NOTICE("《中华人民共和国行政处罚法》第六十四条第（二）项", true),
	/** 先行登记保存: decided within 7 days. */
	PRESERVATION("《中华人民共和国行政处罚法》第五十六条", true),
	/** 简易程序 备案 with the 中队 within 2 working days (the bureau's rule). */
	SIMPLE_FILING("《中华人民共和国行政处罚法》第五十二条第三款", true),
	/** 当场收缴的罚款 to the agency within 2 days. */
	CASH_HANDOVER("《中华人民共和国行政处罚法》第七十一条", true),
	/** A node of the approval route (the bureau's 2/5/5/7 working days). */
	APPROVAL_NODE("本局行政处罚案件审批时限规定", true);

	private final String basis;

	private final boolean workingDays;

	PeriodKind(String basis, boolean workingDays) {
		this.basis = basis;
		this.workingDays = workingDays;
	}

	public String basis() {
		return basis;
	}

	/** Working days (第八十五条) or calendar days. */
	public boolean workingDays() {
		return workingDays;
	}
}
