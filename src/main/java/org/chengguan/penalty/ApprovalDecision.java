package org.chengguan.penalty;

/** What a node of the route decided. */
public enum ApprovalDecision {

	/** 同意. */
	APPROVED,
	/** 退回补充调查. */
	RETURNED,
	/** 退回上一审批环节. */
	RETURNED_TO_NODE,
	/** 不同意. */
	REJECTED,
	/** 法制审核通过. */
	PASSED,
	/** 法制审核不通过. */
	FAILED
}
