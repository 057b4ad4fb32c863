package org.chengguan.caseflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Runs a search's walk within a budget ({@code chengguan.caseflow.search-walk-budget}, 20 ms) and, when the walk has
 * not filled its page by then, the same page by the search terms' index. Both queries state the same conditions, so
 * the rows are the same either way; only the time differs. Inside the caller's transaction, under a savepoint that
 * is rolled back afterwards, so that the timeout and the planner settings end with the search.
 */
@Component
class SearchHedge {

	/** Rows fetched at a time when a search is read whole (an export of up to 100,000 rows). */
	private static final int FETCH_SIZE = 1000;

	/** PostgreSQL's SQLSTATE for a statement cancelled, here by its timeout. */
	private static final String CANCELLED = "57014";

	private final JdbcTemplate jdbc;

	private final Duration budget;

	private final Counter byTerms;

	SearchHedge(JdbcTemplate jdbc, @Value("${chengguan.caseflow.search-walk-budget:20ms}") Duration budget,
			MeterRegistry meters) {
		this.jdbc = jdbc;
		this.budget = budget;
		this.byTerms = Counter.builder("chengguan.cases.search.by-terms")
			.description("Case searches whose walk ran past its budget, answered by the search terms' index")
			.register(meters);
	}

	/** A page: the walk's rows when it came within the budget, else the terms'. */
	<T> List<T> rows(CaseSearch.Query walk, CaseSearch.Query indexed, RowMapper<T> mapper) {
		var rows = new ArrayList<T>();
		hedged(walk, null, indexed, result -> rows.add(mapper.mapRow(result, rows.size())));
		return rows;
	}

	/**
	 * Every row of a search, one at a time from a cursor (an export): by the walk when its first page ({@code probe})
	 * came within the budget — the matches are close together — else by the terms, which then read only the matches
	 * instead of the whole index.
	 */
	void each(CaseSearch.Query probe, CaseSearch.Query walk, CaseSearch.Query indexed, RowCallbackHandler each) {
		hedged(probe, walk, indexed, each);
	}

	/** {@code probe} within the budget, then {@code onTime} (null: the probe's rows are the answer) or {@code late}. */
	private void hedged(CaseSearch.Query probe, CaseSearch.@Nullable Query onTime, CaseSearch.Query late,
			RowCallbackHandler each) {
		jdbc.execute((ConnectionCallback<@Nullable Void>) connection -> {
			var savepoint = connection.setSavepoint();
			try {
				set(connection, "statement_timeout = " + Math.max(1, budget.toMillis()));
				try {
					stream(connection, probe, onTime == null ? each : result -> {
					}, 0);
				}
				catch (SQLException ex) {
					if (!CANCELLED.equals(ex.getSQLState())) {
						throw ex;
					}
					connection.rollback(savepoint);
					byTerms.increment();
					// Bitmap scans only, and memory enough for the matches' bitmap to stay exact (a lossy one would
					// have every row on its pages tested, computing its terms again).
					set(connection, "enable_indexscan = off");
					set(connection, "enable_seqscan = off");
					set(connection, "work_mem = '64MB'");
					stream(connection, late, each, FETCH_SIZE);
					return null;
				}
				if (onTime != null) {
					connection.rollback(savepoint);
					stream(connection, onTime, each, FETCH_SIZE);
				}
				return null;
			}
			finally {
				connection.rollback(savepoint);
				connection.releaseSavepoint(savepoint);
			}
		});
	}

	private static void set(Connection connection, String setting) throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute("set local " + setting);
		}
	}

	static <T> List<T> run(Connection connection, CaseSearch.Query query, RowMapper<T> mapper) throws SQLException {
		var rows = new ArrayList<T>();
		stream(connection, query, result -> rows.add(mapper.mapRow(result, rows.size())), 0);
		return rows;
	}

	private static void stream(Connection connection, CaseSearch.Query query, RowCallbackHandler each, int fetchSize)
			throws SQLException {
		try (var statement = connection.prepareStatement(query.sql().toString())) {
			statement.setFetchSize(fetchSize);
			var args = query.args();
			for (var i = 0; i < args.size(); i++) {
				var value = args.get(i);
				statement.setObject(i + 1,
						value instanceof String[] terms ? connection.createArrayOf("text", terms) : value);
			}
			try (var result = statement.executeQuery()) {
				while (result.next()) {
					each.processRow(result);
				}
			}
		}
	}
}
