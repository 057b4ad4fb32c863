package org.chengguan.penalty;

/** 四级审批 (domain.md §8.16): how far up the chain a proceeding goes. */
public enum ApprovalTier {

	/** 中队: 简易程序, the officers decide and the 中队长 reviews the 备案. */
	T1,
	/** 法制股: a small fine under 普通程序; the 分管领导 signs off quickly. */
	T2,
	/** 分管领导: a fine below the hearing threshold. */
	T3,
	/** 局领导班子: large amounts, heavy measures, hearings, mitigation below the minimum or a major flag. */
	T4
}
