package org.chengguan.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.chengguan.staff.DataScope;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** What the dashboard's query string means, what it falls back to, and whose scopes are whose. */
class DashboardFilterTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	static final DataScope SQUAD = new DataScope(false, Set.of(41L), Set.of("990101001"), Set.of());

	static DashboardFilter.Form form(@Nullable String period, @Nullable String day, @Nullable String scope) {
		return new DashboardFilter.Form(period, day, null, null, scope, null, null, null, null, null);
	}

	@Test
	void withNothingSentItIsThisMonthOfTheCityForCitywideStaff() {
		var filter = DashboardFilter.of(form(null, null, null), TODAY, DataScope.everything());
		assertThat(filter.period()).isEqualTo(Period.of(Period.Kind.MONTH, TODAY));
		assertThat(filter.scope()).isEqualTo(Scope.CITY);
		assertThat(filter.rankBy()).isEqualTo(FactStore.Grouping.STREET);
		assertThat(filter.problems()).isEmpty();
		assertThat(filter.query()).isEqualTo("period=MONTH&day=2026-12-01&level=CITY");
	}

	@Test
	void aSquadLeaderStartsWithTheirStreetAndCannotSeeTheCity() {
		assertThat(DashboardFilter.of(form(null, null, null), TODAY, SQUAD).scope())
			.isEqualTo(new Scope(Scope.Level.STREET, "990101001"));
		var city = DashboardFilter.of(form(null, null, "CITY:"), TODAY, SQUAD);
		assertThat(city.scope()).isEqualTo(new Scope(Scope.Level.STREET, "990101001"));
		assertThat(city.problems()).containsExactly("supervision.error.notYours");
		var otherStreet = DashboardFilter.of(form(null, null, "STREET:990101002"), TODAY, SQUAD);
		assertThat(otherStreet.problems()).containsExactly("supervision.error.notYours");
		assertThat(DashboardFilter.of(form(null, null, "GRID:990101001001001"), TODAY, SQUAD).problems()).isEmpty();
		assertThat(DashboardFilter.of(form(null, null, "UNIT:41"), TODAY, SQUAD).problems()).isEmpty();
		assertThat(DashboardFilter.of(form(null, null, "CATEGORY:E06"), TODAY, SQUAD).problems())
			.containsExactly("supervision.error.notYours");
	}

	@Test
	void badInputIsNamedAndReplacedByItsDefault() {
		var filter = DashboardFilter.of(new DashboardFilter.Form("CENTURY", "2026-13-45", null, null, "STREET:1;drop",
				null, null, null, "X'--", "AMOUNT"), TODAY, DataScope.everything());
		assertThat(filter.problems()).containsExactly("supervision.error.period", "supervision.error.date",
				"supervision.error.scope", "supervision.error.rank");
		assertThat(filter.period()).isEqualTo(Period.of(Period.Kind.MONTH, TODAY));
		assertThat(filter.scope()).isEqualTo(Scope.CITY);
		assertThat(filter.scheme()).isNull();
	}

	@Test
	void aRangeIsItsDaysAndAnUpsideDownOrHugeOneIsRefused() {
		var range = DashboardFilter.of(new DashboardFilter.Form("RANGE", null, "2026-11-01", "2026-11-10", null, null,
				null, null, null, null), TODAY, DataScope.everything());
		assertThat(range.period()).isEqualTo(Period.range(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10)));
		assertThat(range.query()).isEqualTo("period=RANGE&from=2026-11-01&to=2026-11-10&level=CITY");
		var upsideDown = DashboardFilter.of(new DashboardFilter.Form("RANGE", null, "2026-11-10", "2026-11-01", null,
				null, null, null, null, null), TODAY, DataScope.everything());
		assertThat(upsideDown.problems()).containsExactly("supervision.error.range");
		var huge = DashboardFilter.of(new DashboardFilter.Form("RANGE", null, "2020-01-01", "2026-11-01", null, null,
				null, null, null, null), TODAY, DataScope.everything());
		assertThat(huge.problems()).containsExactly("supervision.error.range");
	}

	@Test
	void aMonthPickerSendsTheMonthAlone() {
		var filter = DashboardFilter.of(form("MONTH", "2026-03", null), TODAY, DataScope.everything());
		assertThat(filter.period().from()).isEqualTo(LocalDate.of(2026, 3, 1));
	}

	@Test
	void aRankingByCategoryOrSourceIsOnlyForCitywideStaff() {
		var squad = DashboardFilter.of(new DashboardFilter.Form(null, null, null, null, null, null, null, null, null,
				"CATEGORY"), TODAY, SQUAD);
		assertThat(squad.rankBy()).isEqualTo(FactStore.Grouping.COMMUNITY);
	}

	@Test
	void unitGridsAreRankedWithinAStreetOrACommunityOnly() {
		var city = DashboardFilter.of(new DashboardFilter.Form(null, null, null, null, null, null, null, null, null,
				"GRID"), TODAY, DataScope.everything());
		assertThat(city.rankBy()).isEqualTo(FactStore.Grouping.STREET);
		assertThat(city.problems()).containsExactly("supervision.error.rankGrid");
		var street = DashboardFilter.of(new DashboardFilter.Form(null, null, null, null, "STREET:990101001", null,
				null, null, null, "GRID"), TODAY, DataScope.everything());
		assertThat(street.rankBy()).isEqualTo(FactStore.Grouping.GRID);
		assertThat(street.problems()).isEmpty();
	}
}
