package org.chengguan.penalty;

import org.jspecify.annotations.Nullable;

/**
 * A 简易程序 decision as the two officers make it on the spot: the act and party, the penalty (a warning or a small
 * fine with its correction order), whether the party was told of it and its rights and what it said, and whether the
 * fine was paid in cash there.
 *
 * @param informed the officers told the party the intended penalty, its facts, reasons and basis and its rights
 *        (第四十四条)
 * @param statement what the party said in its 陈述申辩, as the officers heard it (第四十五条)
 * @param hardToCollect 不当场收缴事后难以执行 (第六十八条第（二）项), which allows cash above 100 yuan
 * @param cashReceipt the number of the 财政部门统一制发的专用票据 handed to the party for cash taken (第七十条)
 */
public record OnSiteDecision(NewLead lead, ProposedOutcome penalty, boolean informed, String statement, boolean cash,
		boolean hardToCollect, @Nullable String cashReceipt) {
}
