package org.chengguan.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cases behind a number (drill-down): those whose facts have every column of {@code all} counted, none of
 * {@code none}, and at least one of {@code any} if it names any. The columns are the fact table's own names, never
 * what a request sent.
 */
record CaseSet(List<String> all, List<String> none, List<String> any) {

	static final CaseSet CASES = counted("cases");

	static final CaseSet DUE_TO_CLOSE = new CaseSet(List.of("registered"), List.of("cancelled", "on_hold"), List.of());

	static final CaseSet DUE_TO_DISPOSE = new CaseSet(List.of("dispatched"), List.of("dispatched_cancelled", "on_hold"),
			List.of());

	/** What part of an indicator's quotient. */
	enum Part {
		/** the numerator (结案数 of 结案率) */
		NUMERATOR,
		/** the denominator (应结案数) */
		DENOMINATOR,
		/** in the denominator but not the numerator (未按期结案) */
		MISSES
	}

	/** The cases with one count of a tally counted. */
	static CaseSet counted(String column) {
		return new CaseSet(List.of(column), List.of(), List.of());
	}

	/** The cases of a tally's count by its name ({@code closedOnTime}), if there is such a count. */
	static Optional<CaseSet> ofCount(String name) {
		return Tally.names().contains(name) ? Optional.of(counted(FactStore.snake(name))) : Optional.empty();
	}

	/** The cases behind one part of an indicator, with 基本满意 counted as the settings say. */
	static CaseSet of(Indicator indicator, Part part, Indicator.Settings settings) {
		var numerator = numerator(indicator, settings);
		var denominator = denominator(indicator);
		return switch (part) {
			case NUMERATOR -> numerator;
			case DENOMINATOR -> denominator;
			case MISSES -> denominator.without(numerator);
		};
	}

	/** Predicates over the fact table aliased {@code f}. */
	String sql() {
		var terms = new ArrayList<String>();
		all.forEach(c -> terms.add("f." + c + " > 0"));
		none.forEach(c -> terms.add("f." + c + " = 0"));
		if (!any.isEmpty()) {
			terms.add("(" + String.join(" or ", any.stream().map(c -> "f." + c + " > 0").toList()) + ")");
		}
		return String.join(" and ", terms);
	}

	/** This set less a set of one count or of any of several (a numerator). */
	private CaseSet without(CaseSet numerator) {
		var excluded = new ArrayList<>(none);
		if (numerator.any.isEmpty() && numerator.none.isEmpty()) {
			numerator.all.stream().filter(c -> !all.contains(c)).forEach(excluded::add);
			return new CaseSet(all, excluded, any);
		}
		if (numerator.all.equals(all)) {
			// (派遣数 − misrouted): the misses are the misrouted
			return new CaseSet(all, none, numerator.none);
		}
		excluded.addAll(numerator.any);
		return new CaseSet(all, excluded, any);
	}

	private static CaseSet numerator(Indicator indicator, Indicator.Settings settings) {
		return switch (indicator) {
			case CLOSE_RATE -> counted("closed");
			case ON_TIME_CLOSE_RATE -> counted("closed_on_time");
			case DISPOSE_RATE -> counted("disposed");
			case ON_TIME_DISPOSE_RATE -> counted("disposed_on_time");
			case REWORK_RATE -> counted("reworked");
			case EXTENSION_RATE -> counted("extended");
			case OVERDUE_OPEN_RATE -> counted("overdue_open");
			case REGISTER_RATE -> counted("registered");
			case ON_TIME_ACCEPT_RATE -> counted("accepted_on_time");
			case ON_TIME_REGISTER_RATE -> counted("registered_on_time");
			case ON_TIME_DISPATCH_RATE -> counted("dispatched_on_time");
			case ON_TIME_CHECK_RATE -> counted("checked_on_time");
			case ACCURATE_DISPATCH_RATE -> new CaseSet(List.of("dispatched"), List.of("misrouted"), List.of());
			case MEAN_ACCEPT_TIME -> counted("accept_count");
			case MEAN_DISPOSE_TIME -> counted("dispose_count");
			case RESPONSE_RATE -> counted("orders_signed_on_time");
			case RESOLVED_RATE -> counted("resolved");
			case SATISFACTION_RATE -> settings.basicallySatisfiedCounts()
					? new CaseSet(List.of(), List.of(), List.of("satisfied", "basically_satisfied"))
					: counted("satisfied");
			case REPLY_RATE -> counted("orders_replied");
			case FIRST_CHECK_PASS_RATE -> counted("passed_first_check");
			case DISCOVERY_RATE -> counted("patrol_found");
		};
	}

	private static CaseSet denominator(Indicator indicator) {
		return switch (indicator) {
			case CLOSE_RATE, ON_TIME_CLOSE_RATE, REWORK_RATE -> DUE_TO_CLOSE;
			case DISPOSE_RATE, ON_TIME_DISPOSE_RATE, EXTENSION_RATE, OVERDUE_OPEN_RATE -> DUE_TO_DISPOSE;
			case REGISTER_RATE, ON_TIME_ACCEPT_RATE -> counted("reported");
			case ON_TIME_REGISTER_RATE, DISCOVERY_RATE -> counted("registered");
			case ON_TIME_DISPATCH_RATE, ACCURATE_DISPATCH_RATE -> counted("dispatched");
			case ON_TIME_CHECK_RATE, FIRST_CHECK_PASS_RATE -> counted("checked");
			case MEAN_ACCEPT_TIME -> counted("accept_count");
			case MEAN_DISPOSE_TIME -> counted("dispose_count");
			case RESPONSE_RATE -> counted("orders");
			case RESOLVED_RATE, SATISFACTION_RATE -> counted("visits");
			case REPLY_RATE -> counted("orders_due");
		};
	}
}
