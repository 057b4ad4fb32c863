package org.chengguan.penalty;

import org.chengguan.party.PartyKind;
import org.jspecify.annotations.Nullable;

/**
 * What the rules need to know from outside the proceeding when it proposes or decides: the benchmark version chosen,
 * the party's kind and age at the act (第三十条), its earlier offences of the same violation within the 首违不罚
 * window (第三十三条), and whether the same act was fined already (第二十九条).
 */
record Assessment(@Nullable BenchmarkEntry benchmark, PartyKind partyKind, @Nullable Integer ageAtAct,
		int priorOffences, boolean alreadyFined) {
}
