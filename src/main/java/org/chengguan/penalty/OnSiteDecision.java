package org.chengguan.penalty;

/**
 * A 简易程序 decision as the two officers make it on the spot: the act and party, the pre-printed form's number, the
 * penalty (a warning or a small fine with its correction order), and whether the fine was paid in cash there.
 *
 * @param hardToCollect 不当场收缴事后难以执行 (第六十八条第（二）项), which allows cash above 100 yuan
 */
public record OnSiteDecision(NewLead lead, String formNumber, ProposedOutcome penalty, boolean cash,
		boolean hardToCollect) {
}
