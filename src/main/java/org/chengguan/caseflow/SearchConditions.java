package org.chengguan.caseflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.chengguan.staff.DataScope;
import org.jspecify.annotations.Nullable;

/**
 * A search's conditions, written once by {@link CaseSearch} and read two ways: as SQL over the case's columns (the
 * walk of an index newest first), or — for the conditions that a case's search terms hold — as terms its GIN index
 * (V74) intersects, with the rest as SQL over the rows it finds. A condition that is a term in one reading is never
 * also SQL in the other, so the planner does not count it twice.
 */
final class SearchConditions {

	/** V74's index expression, word for word, so that the planner recognises it. */
	static final String TERMS = "caseflow_search_terms(summary, address, status, source, category_key, district_code,"
			+ " street_code, community_code, unit_grid_code, unit_id, overdue_level)";

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
