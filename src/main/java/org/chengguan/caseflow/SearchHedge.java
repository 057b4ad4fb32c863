package org.chengguan.caseflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
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

	<T> List<T> rows(CaseSearch.Query walk, CaseSearch.Query indexed, RowMapper<T> mapper) {
		return jdbc.execute((ConnectionCallback<List<T>>) connection -> {
			var savepoint = connection.setSavepoint();
			try {
				set(connection, "statement_timeout = " + Math.max(1, budget.toMillis()));
				return run(connection, walk, mapper);
			}
			catch (SQLException ex) {
				if (!CANCELLED.equals(ex.getSQLState())) {
					throw ex;
				}
				connection.rollback(savepoint);
				byTerms.increment();
				// Bitmap scans only, and memory enough for the matches' bitmap to stay exact (a lossy one would have
				// every row on its pages tested, computing its terms again).
				set(connection, "enable_indexscan = off");
				set(connection, "enable_seqscan = off");
				set(connection, "work_mem = '64MB'");
				return run(connection, indexed, mapper);
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

	static <T> List<T> run(Connection connection, CaseSearch.Query query, RowMapper<T> mapper)
			throws SQLException {
		try (var statement = connection.prepareStatement(query.sql().toString())) {
			var args = query.args();
			for (var i = 0; i < args.size(); i++) {
				var value = args.get(i);
				statement.setObject(i + 1,
						value instanceof String[] terms ? connection.createArrayOf("text", terms) : value);
			}
			var rows = new ArrayList<T>();
			try (var result = statement.executeQuery()) {
				while (result.next()) {
					rows.add(mapper.mapRow(result, rows.size()));
				}
			}
			return rows;
		}
	}
}
