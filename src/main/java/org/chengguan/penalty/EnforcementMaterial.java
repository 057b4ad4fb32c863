package org.chengguan.penalty;

import java.util.EnumSet;
import java.util.Set;

/**
 * The materials an application to the court carries (《行政强制法》第五十五条：强制执行申请书；行政决定书及作出决定的事实、
 * 理由和依据；当事人的意见及行政机关催告情况；申请强制执行标的情况；法律、行政法规规定的其他材料).
 */
public enum EnforcementMaterial {
	/** 强制执行申请书. */
	APPLICATION,
	/** 行政决定书及作出决定的事实、理由和依据. */
	DECISION,
	/** 当事人的意见及行政机关催告情况. */
	REMINDER,
	/** 申请强制执行标的情况. */
	OBJECT,
	/** 送达回证 and the other materials the court asks for. */
	SERVICE;

	static Set<EnforcementMaterial> all() {
		return EnumSet.allOf(EnforcementMaterial.class);
	}
}
