package org.chengguan.caseflow;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.chengguan.category.CategoryManagement;
import org.chengguan.grid.GridManagement;
import org.chengguan.intake.Channel;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads the search form's free-text filters as people write them, and says what it could not use instead of
 * ignoring it silently: a category as the category book writes it ({@code 06010}) or with its kind ({@code E06010});
 * a region or grid code that exists; a date range whose end is not before its start; a keyword of 50 characters.
 */
@Component
class CaseFilters {

	static final int KEYWORD_MAX = 50;

	/** A filter value that was not used, and why (a message key taking the value). */
	record Ignored(String messageKey, String value) {
	}

	private final CategoryManagement categories;

	private final GridManagement grids;

	CaseFilters(CategoryManagement categories, GridManagement grids) {
		this.categories = categories;
		this.grids = grids;
	}

	/** The category key ({@code E06010}); a bare code is a 事项, as the hotlines send it. */
	/** The search as the case list's form states it; what cannot be used is named in {@code ignored}. */
	CaseSearch.Filter filter(CaseListController.@Nullable Queue queue, @Nullable CaseStatus status,
			@Nullable Channel source, @Nullable String category, @Nullable String region, @Nullable LocalDate from,
			@Nullable LocalDate to, boolean overdue, @Nullable String q, @Nullable Long unit,
			@Nullable OverdueLevel level, List<Ignored> ignored) {
		var statuses = status != null ? EnumSet.of(status)
				: queue != null ? queue.statuses : EnumSet.noneOf(CaseStatus.class);
		return new CaseSearch.Filter(statuses, source, category(category, ignored), region(region, ignored),
				from(from, to, ignored), to(from, to), overdue, keyword(q, ignored), unit, level);
	}

	@Nullable String category(@Nullable String text, List<Ignored> ignored) {
		var value = clean(text);
		if (value == null) {
			return null;
		}
		var found = categories.findByKey(value.toUpperCase(java.util.Locale.ROOT)).filter(c -> !c.isHeader());
		if (found.isEmpty()) {
			ignored.add(new Ignored("case.ignored.category", value));
			return null;
		}
		return found.get().getKey();
	}

	@Nullable String region(@Nullable String text, List<Ignored> ignored) {
		var value = clean(text);
		if (value == null) {
			return null;
		}
		if (!value.matches("\\d{6}|\\d{9}|\\d{12}|\\d{15}") || !grids.regionExists(value)) {
			ignored.add(new Ignored("case.ignored.region", value));
			return null;
		}
		return value;
	}

	/** The start of the range, unless the range ends before it starts (then neither end is used). */
	@Nullable LocalDate from(@Nullable LocalDate from, @Nullable LocalDate to, List<Ignored> ignored) {
		if (from != null && to != null && to.isBefore(from)) {
			ignored.add(new Ignored("case.ignored.range", from + " – " + to));
			return null;
		}
		return from;
	}

	@Nullable LocalDate to(@Nullable LocalDate from, @Nullable LocalDate to) {
		return from != null && to != null && to.isBefore(from) ? null : to;
	}

	@Nullable String keyword(@Nullable String text, List<Ignored> ignored) {
		var value = clean(text);
		if (value != null && value.length() > KEYWORD_MAX) {
			ignored.add(new Ignored("case.ignored.keyword", value.substring(0, KEYWORD_MAX) + "…"));
			return null;
		}
		return value;
	}

	private static @Nullable String clean(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
