package org.chengguan.supervision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.chengguan.staff.DataScope;
import org.jspecify.annotations.Nullable;

/**
 * What a dashboard shows: a period, a scope, raw or adjusted figures, the scheme rankings are scored by and the
 * grouping they list. Read from the query string; anything wrong is named (in {@code problems}, as message keys) and
 * replaced by its default, so a bad link still shows a page.
 */
record DashboardFilter(Period period, Scope scope, boolean adjusted, @Nullable String scheme,
		FactStore.Grouping rankBy, List<String> problems) {

	/** The query string as sent. */
	record Form(@Nullable String period, @Nullable String day, @Nullable String from, @Nullable String to,
			@Nullable String scope, @Nullable String level, @Nullable String key, @Nullable Boolean adjusted,
			@Nullable String scheme, @Nullable String rank) {

		/** The scope list sends {@code LEVEL:KEY}; links send level and key apart. */
		@Nullable String levelSent() {
			return scope != null && scope.contains(":") ? scope.substring(0, scope.indexOf(':')) : level;
		}

		String keySent() {
			var sent = scope != null && scope.contains(":") ? scope.substring(scope.indexOf(':') + 1) : key;
			return sent == null ? "" : sent;
		}
	}

	static DashboardFilter of(Form form, LocalDate today, DataScope viewer) {
		var problems = new ArrayList<String>();
		var period = period(form, today, problems);
		var scope = scope(form, viewer, problems);
		var rankBy = scope.level().below;
		if (form.rank() != null) {
			try {
				rankBy = FactStore.Grouping.valueOf(form.rank());
			}
			catch (IllegalArgumentException ex) {
				problems.add("supervision.error.rank");
			}
		}
		if (!viewer.citywide() && rankBy != FactStore.Grouping.UNIT && !rankBy.regional()) {
			// a category or source ranking is of the whole city
			rankBy = scope.level().below;
		}
		if (rankBy == FactStore.Grouping.GRID && !scope.level().withinStreet()) {
			// a ranking of unit grids is of a street's or a community's: a city's would list tens of thousands
			problems.add("supervision.error.rankGrid");
			rankBy = scope.level().below;
		}
		var scheme = form.scheme() != null && form.scheme().matches("[A-Z0-9-]{1,30}") ? form.scheme() : null;
		return new DashboardFilter(period, scope, Boolean.TRUE.equals(form.adjusted()), scheme, rankBy,
				List.copyOf(problems));
	}

	/** The scope a person sees first: the city, else their own area (the widest), else their unit. */
	static Scope defaultScope(DataScope viewer) {
		if (viewer.citywide()) {
			return Scope.CITY;
		}
		var region = viewer.regionPrefixes().stream().min(Comparator.comparing(String::length)
			.thenComparing(Comparator.naturalOrder()));
		if (region.isPresent()) {
			var code = region.get();
			var level = code.length() <= 6 ? Scope.Level.DISTRICT
					: code.length() <= 9 ? Scope.Level.STREET : Scope.Level.COMMUNITY;
			return Scope.parse(level, code).orElse(Scope.CITY);
		}
		return viewer.orgUnitIds().stream().sorted().findFirst()
			.map(unit -> new Scope(Scope.Level.UNIT, unit.toString()))
			.orElse(Scope.CITY);
	}

	private static Period period(Form form, LocalDate today, List<String> problems) {
		var kind = Period.Kind.MONTH;
		if (form.period() != null) {
			try {
				kind = Period.Kind.valueOf(form.period());
			}
			catch (IllegalArgumentException ex) {
				problems.add("supervision.error.period");
			}
		}
		if (kind == Period.Kind.RANGE) {
			var from = date(form.from(), problems);
			var to = date(form.to(), problems);
			if (from.isPresent() && to.isPresent()) {
				if (to.get().isBefore(from.get()) || to.get().toEpochDay() - from.get().toEpochDay() >= Period.MAX_DAYS) {
					problems.add("supervision.error.range");
				}
				else {
					return Period.range(from.get(), to.get());
				}
			}
			return Period.of(Period.Kind.MONTH, today);
		}
		return Period.of(kind, date(form.day(), problems).orElse(today));
	}

	private static Optional<LocalDate> date(@Nullable String text, List<String> problems) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			// a month picker sends 2026-11
			var value = text.length() == 7 ? text + "-01" : text;
			var date = LocalDate.parse(value);
			if (date.getYear() < 2000 || date.getYear() > 2100) {
				problems.add("supervision.error.date");
				return Optional.empty();
			}
			return Optional.of(date);
		}
		catch (DateTimeParseException ex) {
			problems.add("supervision.error.date");
			return Optional.empty();
		}
	}

	private static Scope scope(Form form, DataScope viewer, List<String> problems) {
		var level = form.levelSent();
		if (level == null) {
			return defaultScope(viewer);
		}
		Optional<Scope> parsed;
		try {
			parsed = Scope.parse(Scope.Level.valueOf(level), form.keySent());
		}
		catch (IllegalArgumentException ex) {
			parsed = Optional.empty();
		}
		if (parsed.isEmpty()) {
			problems.add("supervision.error.scope");
			return defaultScope(viewer);
		}
		if (!parsed.get().visibleTo(viewer)) {
			problems.add("supervision.error.notYours");
			return defaultScope(viewer);
		}
		return parsed.get();
	}

	/** The query string of this filter (links keep it), without the grouping when it is the default. */
	String query() {
		var q = new StringBuilder("period=").append(period.kind());
		if (period.kind() == Period.Kind.RANGE) {
			q.append("&from=").append(period.from()).append("&to=").append(period.last());
		}
		else {
			q.append("&day=").append(period.from());
		}
		q.append("&level=").append(scope.level());
		if (!scope.key().isEmpty()) {
			q.append("&key=").append(scope.key());
		}
		if (adjusted) {
			q.append("&adjusted=true");
		}
		return q.toString();
	}
}
