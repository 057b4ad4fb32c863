package org.chengguan.penalty;

/**
 * A node of the approval route, with the authority that acts there and its time on the working calendar (one
 * bureau's node limits, domain.md §8.16: 2/5/5/7 working days).
 */
public enum ApprovalLevel {

	/** 中队长 备案审查 of a 简易程序 decision. */
	SQUAD_FILING("penalty:approve:squad", 2, false),
	/** 中队长 审核. */
	SQUAD_REVIEW("penalty:approve:squad", 2, false),
	/** 法制股 审核 (《行政处罚法》第五十八条 法制审核 by a reviewer with 法律职业资格). */
	LEGAL_REVIEW("penalty:approve:legal", 5, false),
	/** 分管领导 签批 (T2: a quick sign-off). */
	DEPUTY_SIGN_OFF("penalty:approve:deputy", 2, true),
	/** 分管领导 审批. */
	DEPUTY_APPROVAL("penalty:approve:deputy", 5, true),
	/** 局领导班子 集体讨论 (第五十七条第二款), the 局长 signing per its conclusion. */
	COLLECTIVE_DISCUSSION("penalty:approve:collective", 7, true);

	private final String authority;

	private final int workingDays;

	private final boolean principal;

	ApprovalLevel(String authority, int workingDays, boolean principal) {
		this.authority = authority;
		this.workingDays = workingDays;
		this.principal = principal;
	}

	/** The authority a person needs to act at this node. */
	public String authority() {
		return authority;
	}

	/** The node's time limit in working days. */
	public int workingDays() {
		return workingDays;
	}

	/** Whether the 行政机关负责人 (分管领导 or 局长) acts here: the final 普通程序 signature (第五十七条第一款). */
	public boolean principal() {
		return principal;
	}
}
