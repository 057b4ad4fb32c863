package org.chengguan.penalty;

import org.chengguan.party.PartyKind;
import org.jspecify.annotations.Nullable;

/**
 * What the rules need to know from outside the proceeding when it proposes or decides: the benchmark version chosen,
 * the party's kind and age at the act (第三十条), its earlier offences of the same violation within the 首违不罚
 * window (第三十三条), whether the same act was fined already (第二十九条), and — when the case was found at a 门前三包
 * frontage — how many problems were found there in the 12 months up to it (domain.md §8.18).
 */
record Assessment(@Nullable BenchmarkEntry benchmark, PartyKind partyKind, @Nullable Integer ageAtAct,
		int priorOffences, boolean alreadyFined, int frontageRepeats) {

	/** Not found at a 门前三包 frontage. */
	Assessment(@Nullable BenchmarkEntry benchmark, PartyKind partyKind, @Nullable Integer ageAtAct, int priorOffences,
			boolean alreadyFined) {
		this(benchmark, partyKind, ageAtAct, priorOffences, alreadyFined, 0);
	}
}
