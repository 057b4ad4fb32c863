package org.chengguan.penalty;

/** What a record of a proceeding is (《行政处罚法》第四十六条 evidence types and the procedure's own records). */
public enum RecordKind {

	/** 询问笔录. */
	INQUIRY,
	/** 现场检查（勘验）笔录. */
	INSPECTION,
	/** 证据 (书证、物证、视听资料、电子数据 …) from the evidence store. */
	EVIDENCE,
	/** 先行登记保存 (第五十六条): the 负责人 approves; decided within 7 working days. */
	PRESERVATION,
	/** 回避申请 (第四十三条): decided by the 负责人. */
	RECUSAL,
	/** 教育记录 (第三十三条第三款): required before a case ends without penalty. */
	EDUCATION,
	/** 陈述申辩笔录 (第四十五条): adopted or not, with the reasons. */
	STATEMENT,
	/** 书面放弃陈述申辩、听证 (第六十二条). */
	WAIVER,
	/** 听证笔录 (第六十四条第（八）项). */
	HEARING,
	/** 送达回证 of the 告知书. */
	SERVICE
}
