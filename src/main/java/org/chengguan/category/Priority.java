package org.chengguan.category;

/** The priority a 立案条件 gives a case. */
public enum Priority {
	/** 紧急: safety hazards; usually counted in 紧急工作时. */
	URGENT,
	/** 重要. */
	HIGH,
	/** 一般. */
	NORMAL
}
