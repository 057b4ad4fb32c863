package org.chengguan.appraisal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may do what to an appraisal (the transition table) and who sees what of it (its access rule), as a matrix of
 * actors × actions and actors × views: the 执法股 acts, four eyes between computing and reviewing; the squad and its
 * leaders only read, and only once published; the pay grades and the 末位 only for the leaders of the squad or bureau.
 */
class AppraisalActionTests {

	static final long SQUAD = 7;

	static final long OTHER_SQUAD = 8;

	static final AppraisalAccess.Viewer COMPUTER = viewer("enforcement", 2, DataScope.everything(), "appraisal:manage",
			"appraisal:view");

	static final AppraisalAccess.Viewer SECOND = viewer("enforcement2", 2, DataScope.everything(), "appraisal:manage",
			"appraisal:view");

	static final AppraisalAccess.Viewer SQUAD_LEADER = viewer("squad01", SQUAD, squadScope(SQUAD), "appraisal:view",
			"appraisal:grades");

	static final AppraisalAccess.Viewer AUXILIARY = viewer("aux01", SQUAD, new DataScope(false, Set.of(), Set.of(),
			Set.of("990101001001001")), "appraisal:view");

	static final AppraisalAccess.Viewer OTHER_AUXILIARY = viewer("aux02", OTHER_SQUAD, new DataScope(false, Set.of(),
			Set.of(), Set.of("990101002001001")), "appraisal:view");

	static final AppraisalAccess.Viewer OTHER_LEADER = viewer("squad02", OTHER_SQUAD, squadScope(OTHER_SQUAD),
			"appraisal:view", "appraisal:grades");

	static final AppraisalAccess.Viewer DIRECTOR = viewer("director", 1, DataScope.everything(), "appraisal:view",
			"appraisal:grades");

	static AppraisalAccess.Viewer viewer(String username, long unit, DataScope scope, String... authorities) {
		return new AppraisalAccess.Viewer(new Actor(username.hashCode(), username, username), unit, scope,
				Set.of(authorities));
	}

	static DataScope squadScope(long unit) {
		return new DataScope(false, Set.of(unit), Set.of(), Set.of());
	}

	static Appraisal in(AppraisalStatus status) {
		var appraisal = Appraisal.first(LocalDate.of(2026, 11, 1), SQUAD, AppraisalSchemeTests.SCHEME,
				SquadRanking.rank(AppraisalSchemeTests.SCHEME, List.of(SquadRankingTests.kept(1, "甲", 20))),
				"enforcement", Instant.EPOCH);
		if (status != AppraisalStatus.COMPUTED) {
			appraisal.review("符合考核方案", SECOND, Instant.EPOCH);
		}
		if (status == AppraisalStatus.PUBLISHED) {
			appraisal.publish(SECOND, Instant.EPOCH);
		}
		return appraisal;
	}

	static Set<String> allowed(AppraisalAccess.Viewer viewer, Appraisal appraisal) {
		return Arrays.stream(AppraisalAction.values()).filter(a -> a.allows(viewer, appraisal)).map(Enum::name)
			.collect(Collectors.toSet());
	}

	@Test
	void onlyTheEnforcementSectionActsAndNotTheComputerOnTheReview() {
		var computed = in(AppraisalStatus.COMPUTED);
		assertThat(allowed(COMPUTER, computed)).containsExactlyInAnyOrder("COMPUTE");
		assertThat(allowed(SECOND, computed)).containsExactlyInAnyOrder("COMPUTE", "REVIEW");
		var reviewed = in(AppraisalStatus.REVIEWED);
		assertThat(allowed(COMPUTER, reviewed)).containsExactlyInAnyOrder("COMPUTE", "PUBLISH");
		assertThat(allowed(SECOND, reviewed)).containsExactlyInAnyOrder("COMPUTE", "PUBLISH");
		var published = in(AppraisalStatus.PUBLISHED);
		assertThat(allowed(COMPUTER, published)).containsExactlyInAnyOrder("CORRECT");
		for (var reader : List.of(SQUAD_LEADER, AUXILIARY, OTHER_AUXILIARY, OTHER_LEADER, DIRECTOR)) {
			for (var appraisal : List.of(computed, reviewed, published)) {
				assertThat(allowed(reader, appraisal)).as(reader.actor().username()).isEmpty();
			}
		}
	}

	@Test
	void theAggregateRefusesWhatTheTableDoesNotAllow() {
		assertThatThrownBy(() -> in(AppraisalStatus.COMPUTED).review("同意", COMPUTER, Instant.EPOCH))
			.hasMessage("appraisal.error.fourEyes");
		assertThatThrownBy(() -> in(AppraisalStatus.COMPUTED).review("同意", SQUAD_LEADER, Instant.EPOCH))
			.hasMessage("appraisal.error.notYours");
		assertThatThrownBy(() -> in(AppraisalStatus.COMPUTED).publish(SECOND, Instant.EPOCH))
			.hasMessage("appraisal.error.state");
		assertThatThrownBy(() -> in(AppraisalStatus.REVIEWED).correction("更正", AppraisalSchemeTests.SCHEME,
				SquadRanking.rank(AppraisalSchemeTests.SCHEME, List.of()), SECOND, Instant.EPOCH))
			.hasMessage("appraisal.error.state");
		var published = in(AppraisalStatus.PUBLISHED);
		var next = published.correction("投诉经复核不属实", AppraisalSchemeTests.SCHEME,
				SquadRanking.rank(AppraisalSchemeTests.SCHEME, List.of()), COMPUTER, Instant.EPOCH);
		assertThat(next.getVersion()).isEqualTo(2);
		assertThat(next.getStatus()).isEqualTo(AppraisalStatus.COMPUTED);
		assertThat(next.getReason()).isEqualTo("投诉经复核不属实");
		published.supersede();
		assertThat(published.getStatus()).isEqualTo(AppraisalStatus.SUPERSEDED);
	}

	@Test
	void theSquadSeesItOncePublishedAndOnlyItsLeadersSeeGradesAndBottom() {
		for (var status : List.of(AppraisalStatus.COMPUTED, AppraisalStatus.REVIEWED)) {
			var draft = in(status);
			assertThat(AppraisalAccess.sees(COMPUTER, draft)).isTrue();
			assertThat(List.of(SQUAD_LEADER, AUXILIARY, DIRECTOR)).noneMatch(v -> AppraisalAccess.sees(v, draft));
			assertThat(List.of(COMPUTER, SQUAD_LEADER, DIRECTOR)).noneMatch(v -> AppraisalAccess.seesGrades(v, draft));
		}
		var published = in(AppraisalStatus.PUBLISHED);
		assertThat(List.of(COMPUTER, SECOND, SQUAD_LEADER, AUXILIARY, DIRECTOR))
			.allMatch(v -> AppraisalAccess.sees(v, published));
		assertThat(List.of(OTHER_AUXILIARY, OTHER_LEADER)).noneMatch(v -> AppraisalAccess.sees(v, published));
		assertThat(List.of(SQUAD_LEADER, DIRECTOR)).allMatch(v -> AppraisalAccess.seesGrades(v, published));
		// the appraised themselves, and the 执法股 that computes them, do not see the pay grades or the 末位
		assertThat(List.of(AUXILIARY, COMPUTER, SECOND, OTHER_LEADER))
			.noneMatch(v -> AppraisalAccess.seesGrades(v, published));
	}
}
