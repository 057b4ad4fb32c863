package org.chengguan.appraisal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.chengguan.appraisal.SquadRanking.Candidate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.appraisal.AppraisalSchemeTests.SCHEME;
import static org.chengguan.appraisal.AppraisalSchemeTests.month;

/** A squad's month ranked: ties share a rank, the lowest are 末位, the unrostered are listed but not ranked. */
class SquadRankingTests {

	static Candidate kept(long id, String name, int kept) {
		return new Candidate(id, name, month(20, kept, 80, 80, 20, 10, 0, 10, 0, 0, 0));
	}

	@Test
	void equalTotalsShareARankAndTheNextRankSkips() {
		var ranked = SquadRanking.rank(SCHEME, List.of(kept(1, "甲", 18), kept(2, "乙", 20), kept(3, "丙", 18),
				kept(4, "丁", 10)));
		assertThat(ranked.lines()).extracting(Appraisal.Line::staffName).containsExactly("乙", "丙", "甲", "丁");
		assertThat(ranked.lines()).extracting(Appraisal.Line::rank).containsExactly(1, 2, 2, 4);
		assertThat(ranked.lines()).extracting(Appraisal.Line::bottom).containsExactly(false, false, false, true);
		assertThat(ranked.lines().get(0).grade()).isEqualTo("一档");
		assertThat(ranked.items()).hasSize(4 * SCHEME.items().size());
	}

	@Test
	void theBottomTakesAllTiedWithTheLastAndNeedsMoreRankedThanItsCount() {
		var tied = SquadRanking.rank(SCHEME, List.of(kept(1, "甲", 20), kept(2, "乙", 12), kept(3, "丙", 12)));
		assertThat(tied.lines()).extracting(Appraisal.Line::bottom).containsExactly(false, true, true);
		// one person alone is not the 末位 of anyone
		var alone = SquadRanking.rank(SCHEME, List.of(kept(1, "甲", 5)));
		assertThat(alone.lines().get(0).bottom()).isFalse();
		var none = new AppraisalScheme("X", 1, "x", LocalDate.of(2026, 1, 1), 0, SCHEME.items(), SCHEME.grades());
		assertThat(SquadRanking.rank(none, List.of(kept(1, "甲", 20), kept(2, "乙", 2))).lines())
			.noneMatch(Appraisal.Line::bottom);
	}

	@Test
	void someoneNotRosteredIsListedButNotRanked() {
		var ranked = SquadRanking.rank(SCHEME, List.of(kept(1, "甲", 10),
				new Candidate(2, "乙", month(0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0)), kept(3, "丙", 20)));
		assertThat(ranked.lines()).extracting(Appraisal.Line::staffName).containsExactly("丙", "甲", "乙");
		var unrostered = ranked.lines().get(2);
		assertThat(unrostered.rank()).isNull();
		assertThat(unrostered.total()).isNull();
		assertThat(unrostered.grade()).isNull();
		assertThat(unrostered.bottom()).isFalse();
		// the bottom is among the ranked
		assertThat(ranked.lines().get(1).bottom()).isTrue();
		assertThat(ranked.lines().get(1).total()).isLessThan(new BigDecimal("100"));
	}
}
