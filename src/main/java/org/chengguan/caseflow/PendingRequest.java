package org.chengguan.caseflow;

/** A request waiting for approval on a case (domain.md §6.4). */
public enum PendingRequest {

	/** 延期 (R1): approved by the 派遣员 or 值班长. */
	EXTENSION,
	/** 挂账 (R2): approved by the 值班长. */
	HOLD,
	/** 作废 (R6): approved by the 值班长. */
	CANCEL;

	/** The authority of those who decide it. */
	public String deciderAuthority() {
		return switch (this) {
			case EXTENSION -> "case:extend";
			case HOLD -> "case:hold";
			case CANCEL -> "case:cancel";
		};
	}
}
