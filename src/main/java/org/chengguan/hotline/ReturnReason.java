package org.chengguan.hotline;

/**
 * Why an order goes back to the platform (退单): only when it is clearly not ours (山东 办法: with reason and legal
 * basis), or on the statutory grounds for not handling it (潍坊12345条例 Art. 19, 21).
 */
public enum ReturnReason {

	/** 非城管职责: the matter belongs to another department. */
	NOT_OUR_DUTY,
	/** 不在本辖区: the place lies outside the bureau's jurisdiction. */
	OUTSIDE_JURISDICTION,
	/** 属诉讼、仲裁、复议事项: already before a court, an arbitrator or a reconsideration organ. */
	LEGAL_PROCEEDINGS,
	/** 信访程序办理中: being handled as a petition. */
	PETITION_IN_PROGRESS,
	/** 已依法办结的重复诉求: the same facts were lawfully handled before (济南条例 Art. 25). */
	ALREADY_CONCLUDED,
	/** 诉求信息不全无法办理: no place or facts to act on, and the caller cannot be reached. */
	INSUFFICIENT_INFO
}
