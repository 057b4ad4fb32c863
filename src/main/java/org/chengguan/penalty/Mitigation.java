package org.chengguan.penalty;

/** 从轻、减轻 reasons the law names (《行政处罚法》第三十条、第三十二条). */
public enum Mitigation {

	/** 已满十四周岁不满十八周岁 (第三十条): 应当从轻或者减轻. */
	MINOR,
	/** 主动消除或者减轻违法行为危害后果 (第三十二条第（一）项). */
	REMOVED_HARM,
	/** 受他人胁迫或者诱骗 (第（二）项). */
	COERCED,
	/** 主动供述行政机关尚未掌握的违法行为 (第（三）项). */
	CONFESSED,
	/** 配合行政机关查处违法行为有立功表现 (第（四）项). */
	MERITORIOUS,
	/** 法律、法规、规章规定其他应当从轻或者减轻 (第（五）项). */
	OTHER_STATUTORY
}
