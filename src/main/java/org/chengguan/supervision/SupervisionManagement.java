package org.chengguan.supervision;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.chengguan.grid.GridManagement;
import org.chengguan.grid.GridViews;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards' figures: the indicators of a scope and period with 环比 and 同比, the ranking of what lies under it by
 * a scoring scheme, a twelve-month trend, the stages its cases reached and their spread over the map — all from the
 * rollups. Nothing here reads an amount of money (《行政处罚法》第七十四条).
 */
@Service
@PreAuthorize("hasAuthority('supervision:view')")
@Transactional(readOnly = true)
class SupervisionManagement {

	/** The dashboard's sections, in order, with their indicators. */
	enum Section {
		LOOP(Indicator.CLOSE_RATE, Indicator.ON_TIME_CLOSE_RATE, Indicator.DISPOSE_RATE,
				Indicator.ON_TIME_DISPOSE_RATE, Indicator.REWORK_RATE, Indicator.EXTENSION_RATE,
				Indicator.OVERDUE_OPEN_RATE, Indicator.FIRST_CHECK_PASS_RATE),
		DESK(Indicator.REGISTER_RATE, Indicator.ON_TIME_ACCEPT_RATE, Indicator.ON_TIME_REGISTER_RATE,
				Indicator.ON_TIME_DISPATCH_RATE, Indicator.ACCURATE_DISPATCH_RATE, Indicator.ON_TIME_CHECK_RATE,
				Indicator.DISCOVERY_RATE, Indicator.MEAN_ACCEPT_TIME, Indicator.MEAN_DISPOSE_TIME),
		HOTLINE(Indicator.RESPONSE_RATE, Indicator.RESOLVED_RATE, Indicator.SATISFACTION_RATE, Indicator.REPLY_RATE);

		final List<Indicator> indicators;

		Section(Indicator... indicators) {
			this.indicators = List.of(indicators);
		}
	}

	/**
	 * One indicator now, in the period before (环比) and a year before (同比), with the changes against them in
	 * percentage points (or the mean's unit); a change is empty without both figures.
	 */
	record Row(Indicator indicator, Figure now, Figure previous, Figure yearEarlier, Optional<BigDecimal> previousChange,
			Optional<BigDecimal> yearEarlierChange) {

		static Row of(Indicator indicator, Figure now, Figure previous, Figure yearEarlier) {
			return new Row(indicator, now, previous, yearEarlier, change(now, previous), change(now, yearEarlier));
		}

		private static Optional<BigDecimal> change(Figure now, Figure other) {
			return now.value().flatMap(v -> other.value().map(v::subtract));
		}
	}

	/** The whole dashboard. */
	record View(DashboardFilter filter, String scopeName, Tally tally, Tally previous, Tally yearEarlier,
			Map<Section, List<Row>> sections, List<ScoringScheme> schemes, Optional<ScoringScheme> scheme,
			List<Ranking.Ranked> ranking, boolean current) {
	}

	/** A point of the map: a unit grid or a community, its name (a grid's is its code) and its cases. */
	record GridCount(String code, String name, double lon, double lat, long cases) {
	}

	private final Rollups rollups;

	private final Schemes schemes;

	private final Names names;

	private final GridManagement grids;

	SupervisionManagement(Rollups rollups, Schemes schemes, Names names, GridManagement grids) {
		this.rollups = rollups;
		this.schemes = schemes;
		this.names = names;
		this.grids = grids;
	}

	View dashboard(DashboardFilter filter, Indicator.Settings settings, Locale locale) {
		var period = filter.period();
		var tally = rollups.tally(filter.scope(), period, filter.adjusted());
		var previous = rollups.tally(filter.scope(), period.previous(), filter.adjusted());
		var yearEarlier = rollups.tally(filter.scope(), period.yearEarlier(), filter.adjusted());
		var sections = new java.util.EnumMap<Section, List<Row>>(Section.class);
		for (var section : Section.values()) {
			sections.put(section, section.indicators.stream()
				.map(i -> Row.of(i, i.of(tally, settings), i.of(previous, settings), i.of(yearEarlier, settings)))
				.toList());
		}
		var inForce = schemes.inForce(period.last());
		var scheme = inForce.stream().filter(s -> s.code().equals(filter.scheme())).findFirst()
			.or(() -> inForce.stream().findFirst());
		var all = names.all(locale);
		var ranking = scheme.map(s -> rank(filter, s, settings, all)).orElse(List.of());
		return new View(filter, scopeName(filter.scope(), all), tally, previous, yearEarlier, sections, inForce, scheme,
				ranking, rollups.current());
	}

	/** The tally of the filter's scope and period alone (the stages chart). */
	Tally tally(DashboardFilter filter) {
		return rollups.tally(filter.scope(), filter.period(), filter.adjusted());
	}

	/** The tallies of the twelve months up to the period's last. */
	List<Rollups.Month> trend(DashboardFilter filter) {
		var last = YearMonth.from(filter.period().last());
		return rollups.trend(filter.scope(), last.minusMonths(11), last, filter.adjusted());
	}

	/**
	 * The cases of the scope and period per unit grid at the grid's centre (the heat map) within a street or a
	 * community; for a wider scope per community at the mean centre of its grids — a city has tens of thousands of
	 * grids, more points than a map shows or a browser draws.
	 */
	List<GridCount> grids(DashboardFilter filter) {
		var perGrid = filter.scope().level().withinStreet();
		var grouping = perGrid ? FactStore.Grouping.GRID : FactStore.Grouping.COMMUNITY;
		var counts = rollups.cases(grouping, filter.scope(), filter.period(), filter.adjusted());
		counts.remove("");
		var centres = perGrid ? grids.centroids(counts.keySet()) : grids.communityCentres(counts.keySet());
		var regionNames = perGrid ? Map.<String, String>of() : grids.regionNames();
		var points = new ArrayList<GridCount>();
		for (GridViews.Centroid centre : centres) {
			points.add(new GridCount(centre.code(), regionNames.getOrDefault(centre.code(), centre.code()), centre.lon(),
					centre.lat(), counts.get(centre.code())));
		}
		return points;
	}

	private List<Ranking.Ranked> rank(DashboardFilter filter, ScoringScheme scheme, Indicator.Settings settings,
			Map<String, String> all) {
		var rows = rollups.ranking(filter.rankBy(), filter.scope(), filter.period(), filter.adjusted());
		return Ranking.of(rows, scheme, settings, key -> Names.of(filter.rankBy(), key, all));
	}

	private static String scopeName(Scope scope, Map<String, String> all) {
		return switch (scope.level()) {
			case CITY -> "";
			case UNIT -> Names.of(FactStore.Grouping.UNIT, scope.key(), all);
			default -> Names.of(scope.level().grouping, scope.key(), all);
		};
	}
}
