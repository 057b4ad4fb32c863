package org.chengguan.caseflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.chengguan.staff.DataScope;
import org.jspecify.annotations.Nullable;

/**
 * A search's conditions — the search form's filters and the person's scope, for {@link CaseSearch} — written once
 * and read two ways: as SQL over the case's columns (the walk of an index newest first), or, for the conditions that a
 * case's search terms hold, as terms its GIN index (V74) intersects, with the rest as SQL over the rows it finds. A
 * condition that is a term in one reading is never also SQL in the other, so the planner does not count it twice.
 */
final class SearchConditions {

	/** V74's index expression, word for word, so that the planner recognises it. */
	static final String TERMS = "caseflow_search_terms(summary, address, status, source, category_key, district_code,"
			+ " street_code, community_code, unit_grid_code, unit_id, overdue_level)";

	private static final Set<CaseStatus> OPEN_STATES = EnumSet.complementOf(EnumSet.copyOf(CaseStatus.TERMINAL));

	private final boolean asTerms;

	private final StringBuilder sql = new StringBuilder();

	private final List<Object> args = new ArrayList<>();

	private final List<String> all = new ArrayList<>();

	private final List<List<String>> anyOf = new ArrayList<>();

	private final List<String> keywords = new ArrayList<>();

	private SearchConditions(boolean asTerms) {
		this.asTerms = asTerms;
	}

	/** Every condition as SQL over the columns. */
	static SearchConditions columns() {
		return new SearchConditions(false);
	}

	/** The conditions the search terms hold as terms, the others as SQL. */
	static SearchConditions terms() {
		return new SearchConditions(true);
	}

	/** A condition only SQL can state. */
	SearchConditions where(String condition, Object... values) {
		sql.append(" and ").append(condition);
		args.addAll(List.of(values));
		return this;
	}

	/** A condition that a case's term states too: the case carries {@code term} exactly when it holds. */
	SearchConditions either(String condition, String term, Object... values) {
		if (asTerms) {
			all.add(term);
			return this;
		}
		return where(condition, values);
	}

	/** A condition that holds exactly when the case carries at least one of {@code terms}. */
	SearchConditions eitherAny(String condition, Collection<String> terms, Collection<?> values) {
		if (asTerms) {
			anyOf.add(List.copyOf(terms));
			return this;
		}
		return where(condition, values.toArray());
	}

	/**
	 * A keyword: SQL in both readings (a text can hold every bigram of a keyword without holding the keyword), and in
	 * the terms reading narrowed by the keyword's bigrams when it has any (two characters or more).
	 */
	SearchConditions keyword(String condition, String keyword, Object... values) {
		if (asTerms && keyword.codePointCount(0, keyword.length()) >= 2) {
			keywords.add(keyword);
		}
		return where(condition, values);
	}

	/** A column that holds a region's code, and the prefix of its term in the case's search terms. */
	record RegionColumn(String name, String term) {
	}

	/**
	 * The column that holds a region's code (district 6, street 9, community 12, unit grid 15 digits), so that an index
	 * serves it; null for other lengths, which fall back to a prefix match.
	 */
	static @Nullable RegionColumn column(String code) {
		return switch (code.length()) {
			case 6 -> new RegionColumn("district_code", "d:");
			case 9 -> new RegionColumn("street_code", "t:");
			case 12 -> new RegionColumn("community_code", "m:");
			case 15 -> new RegionColumn("unit_grid_code", "g:");
			default -> null;
		};
	}

	/** A region as the column that holds its code, or as that column's term; other lengths as a prefix match. */
	SearchConditions region(String code) {
		var column = column(code);
		return column == null ? where("unit_grid_code like ?", code + "%")
				: either(column.name() + " = ?", column.term() + code, code);
	}

	/**
	 * A person's scope as one condition: {@code sql} (" and (…)", empty citywide), or the terms of its regions, grids
	 * and units where each has one.
	 */
	SearchConditions within(DataScope scope, StringBuilder sql, List<Object> values) {
		if (scope.citywide()) {
			return this;
		}
		var condition = sql.substring(" and ".length());
		var terms = new ArrayList<String>();
		for (var prefix : scope.regionPrefixes()) {
			var column = column(prefix);
			if (column == null) {
				return where(condition, values.toArray());
			}
			terms.add(column.term() + prefix);
		}
		scope.gridCodes().forEach(code -> terms.add("g:" + code));
		scope.orgUnitIds().forEach(unit -> terms.add("u:" + unit));
		return eitherAny(condition, terms, values);
	}

	/**
	 * 超期 read by the search terms, in two parts that never overlap: the level the timer raised (a term), and a stage
	 * past due that the timer has not reached yet (the desk index finds those few); null reads it by the columns. As
	 * one condition the index would find every open case of the other filters and each would be read for its due time.
	 */
	enum Overdue {
		RAISED, LATE
	}

	/** The search form's filters, each as a term of the case where the search terms hold it. */
	SearchConditions filter(CaseSearch.Filter filter, ZoneId zone, Instant now, @Nullable Overdue overdue) {
		if (!filter.statuses().isEmpty()) {
			var names = filter.statuses().stream().map(CaseStatus::name).toList();
			eitherAny("status in (" + CaseSearch.placeholders(names.size()) + ")",
					names.stream().map(name -> "s:" + name).toList(), names);
		}
		if (filter.source() != null) {
			either("source = ?", "o:" + filter.source().name(), filter.source().name());
		}
		if (filter.categoryKey() != null) {
			either("category_key = ?", "c:" + filter.categoryKey(), filter.categoryKey());
		}
		if (filter.regionCode() != null) {
			region(filter.regionCode());
		}
		if (filter.from() != null) {
			where("received_at >= ?", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
		}
		if (filter.to() != null) {
			where("received_at < ?", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		if (filter.unitId() != null) {
			if (filter.unitId() == 0) {
				either("unit_id is null", "u:-");
			}
			else {
				either("unit_id = ?", "u:" + filter.unitId(), filter.unitId());
			}
		}
		if (filter.level() != null) {
			either("overdue_level = ?", "l:" + filter.level().name(), filter.level().name());
		}
		if (filter.overdueOnly()) {
			eitherAny(CaseSearch.OPEN, OPEN_STATES.stream().map(state -> "s:" + state.name()).toList(), List.of());
			if (overdue == null) {
				where("(overdue_level in ('OVERDUE', 'SEVERE') or stage_due_at < ?)", Timestamp.from(now));
			}
			else if (overdue == Overdue.RAISED) {
				eitherAny("overdue_level in ('OVERDUE', 'SEVERE')", List.of("l:OVERDUE", "l:SEVERE"), List.of());
			}
			else {
				where("stage_due_at < ? and overdue_level not in ('OVERDUE', 'SEVERE')", Timestamp.from(now));
			}
		}
		if (filter.keyword() != null) {
			if (filter.keyword().matches("AJ\\d{14}")) {
				where("number = ?", filter.keyword());
			}
			else {
				var like = "%" + filter.keyword().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
				keyword("(summary like ? or address like ?)", filter.keyword(), like, like);
			}
		}
		return this;
	}

	/** Whether the terms narrow the search at all (without any, the index would have to be read whole). */
	boolean narrowed() {
		return !all.isEmpty() || !anyOf.isEmpty() || !keywords.isEmpty();
	}

	/** The conditions after {@code where true}, with their parameters appended to {@code values}. */
	String sql(List<Object> values) {
		var text = new StringBuilder();
		if (!all.isEmpty() || !keywords.isEmpty()) {
			text.append(" and ").append(TERMS).append(" @> (?::text[]");
			values.add(all.toArray(String[]::new));
			for (var keyword : keywords) {
				text.append(" || caseflow_bigrams(?)");
				values.add(keyword);
			}
			text.append(')');
		}
		for (var terms : anyOf) {
			text.append(" and ").append(TERMS).append(" && ?::text[]");
			values.add(terms.toArray(String[]::new));
		}
		values.addAll(args);
		return text.append(sql).toString();
	}
}
