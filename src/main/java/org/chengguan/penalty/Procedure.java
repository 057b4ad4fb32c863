package org.chengguan.penalty;

/** 程序. */
public enum Procedure {

	/** 简易程序 (《行政处罚法》第五十一条至第五十三条): decided on the spot by two officers, then 备案. */
	SIMPLE,
	/** 普通程序 (第五十四条至第六十二条): 立案, investigation, approval, 告知, decision by the agency's principal. */
	ORDINARY
}
