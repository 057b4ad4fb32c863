package org.chengguan.caseflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestCases;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.intake.Channel;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.staff.DataScope;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14 §2: a search reads the same cases whether the planner walks an index or the search terms' index (V74)
 * answers it, and a walk past its budget hands over to the terms without leaving its settings behind.
 */
@ChengguanIntegrationTest
class CaseSearchTests {

	static final RowMapper<Long> ID = (rs, i) -> rs.getLong(1);

	@Autowired
	CaseSearch search;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	IntakeManagement intake;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theWalkAndTheSearchTermsFindTheSameCasesForAnyFilters() {
		TestCases.barbecueOnPatrol(jdbc, intake, "officer01", "夜市路口露天烧烤，油烟扰民");
		var random = new Random(14);
		var categories = jdbc.queryForList("select distinct category_key from caseflow_case where category_key is not null",
				String.class);
		var regions = jdbc.queryForList("""
				select distinct code from (select district_code code from caseflow_case union select street_code
				from caseflow_case union select community_code from caseflow_case union select unit_grid_code
				from caseflow_case) c where code is not null order by code""", String.class);
		var units = jdbc.queryForList("select id from staff_org_unit order by id", Long.class);
		var summaries = jdbc.queryForList("select summary || coalesce(address, '') from caseflow_case", String.class);
		assertThat(categories).isNotEmpty();
		assertThat(units).isNotEmpty();
		var compared = 0;
		var found = 0;
		for (var i = 0; i < 400; i++) {
			var filter = filter(random, categories, regions, units, summaries, calendar.today());
			var scope = scope(random, regions, units);
			var walk = ids(search.query(filter, CaseSearch.Order.NEWEST, null, scope, calendar.zone(), calendar.now()));
			var indexed = search.indexed(filter, CaseSearch.Order.NEWEST, null, scope, calendar.zone(), calendar.now());
			if (indexed == null) {
				continue;
			}
			assertThat(ids(indexed)).as("%s in %s", filter, scope).containsExactlyElementsOf(walk);
			compared++;
			found += walk.isEmpty() ? 0 : 1;
			var due = search.indexed(filter, CaseSearch.Order.DUE, null, scope, calendar.zone(), calendar.now());
			assertThat(ids(due)).as("due first: %s in %s", filter, scope)
				.containsExactlyElementsOf(
						ids(search.query(filter, CaseSearch.Order.DUE, null, scope, calendar.zone(), calendar.now())));
		}
		// Not a comparison of empty lists.
		assertThat(compared).isGreaterThan(300);
		assertThat(found).isGreaterThan(compared / 6);
	}

	@Test
	void theTermsPageIsReadFromTheTermsIndex() {
		var filter = new CaseSearch.Filter(EnumSet.of(CaseStatus.REPORTED), Channel.PATROL, null, null, null, null,
				false, "烧烤", null, null);
		var query = search.indexed(filter, CaseSearch.Order.NEWEST, null, DataScope.everything(), calendar.zone(),
				calendar.now());
		assertThat(query).isNotNull();
		var plan = String.join("\n", jdbc.execute((ConnectionCallback<List<String>>) connection -> {
			connection.setAutoCommit(false);
			try {
				try (var statement = connection.createStatement()) {
					statement.execute("set local enable_indexscan = off");
					statement.execute("set local enable_seqscan = off");
				}
				var explain = new CaseSearch.Query(new StringBuilder("explain ").append(query.sql()), query.args());
				return SearchHedge.run(connection, explain, (rs, i) -> rs.getString(1));
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(true);
			}
		}));
		assertThat(plan).contains("caseflow_case_terms_idx");
	}

	@Test
	void aWalkPastItsBudgetIsAnsweredByTheTermsAndItsSettingsEndWithIt() {
		var id = TestCases.barbecueOnPatrol(jdbc, intake, "officer01", "预算之外的步行");
		var other = TestCases.barbecueOnPatrol(jdbc, intake, "officer01", "导出的另一件");
		var meters = new SimpleMeterRegistry();
		var hedge = new SearchHedge(jdbc, Duration.ofMillis(20), meters);
		var slow = new CaseSearch.Query(new StringBuilder("select id from caseflow_case, pg_sleep(1) where id = ?"),
				List.of(id));
		var status = jdbc.queryForObject("select 's:' || status from caseflow_case where id = ?", String.class, id);
		var terms = new CaseSearch.Query(new StringBuilder("select id from caseflow_case where "
				+ SearchConditions.TERMS + " @> ?::text[] and id = ?"), List.of(new String[] { status }, id));
		var readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		readOnly.executeWithoutResult(transaction -> {
			var before = settings();
			assertThat(hedge.rows(slow, terms, ID)).containsExactly(id);
			assertThat(meters.counter("chengguan.cases.search.by-terms").count()).isEqualTo(1);
			assertThat(settings()).isEqualTo(before);
			// A walk within its budget is the answer; the terms are not asked.
			var failing = new CaseSearch.Query(new StringBuilder("select 1 / 0"), List.of());
			var quick = new CaseSearch.Query(new StringBuilder("select id from caseflow_case where id = ?"), List.of(id));
			assertThat(hedge.rows(quick, failing, ID)).containsExactly(id);
			assertThat(meters.counter("chengguan.cases.search.by-terms").count()).isEqualTo(1);
			// Read whole (an export): the first page decides which query is read.
			var exported = new ArrayList<Long>();
			var all = new CaseSearch.Query(new StringBuilder("select id from caseflow_case where id in (?, ?) order by id"),
					List.of(id, other));
			hedge.each(quick, all, failing, rs -> exported.add(rs.getLong(1)));
			assertThat(exported).containsExactly(id, other);
			exported.clear();
			hedge.each(slow, failing, all, rs -> exported.add(rs.getLong(1)));
			assertThat(exported).containsExactly(id, other);
			assertThat(meters.counter("chengguan.cases.search.by-terms").count()).isEqualTo(2);
			assertThat(settings()).isEqualTo(before);
			// Other errors are not a budget spent.
			assertThatThrownBy(() -> hedge.rows(failing, quick, ID)).isInstanceOf(DataAccessException.class);
			assertThat(settings()).isEqualTo(before);
		});
	}

	List<String> settings() {
		return jdbc.queryForList("""
				select setting from pg_settings where name in ('statement_timeout', 'enable_indexscan', 'enable_seqscan',
				'work_mem') order by name""", String.class);
	}

	List<Long> ids(CaseSearch.Query query) {
		return jdbc.execute((ConnectionCallback<List<Long>>) connection -> SearchHedge.run(connection, query, ID));
	}

	static CaseSearch.Filter filter(Random random, List<String> categories, List<String> regions, List<Long> units,
			List<String> texts, LocalDate today) {
		var statuses = EnumSet.noneOf(CaseStatus.class);
		if (random.nextInt(4) == 0) {
			for (var i = random.nextInt(3); i >= 0; i--) {
				statuses.add(CaseStatus.values()[random.nextInt(CaseStatus.values().length)]);
			}
		}
		var source = random.nextInt(5) == 0 ? Channel.values()[random.nextInt(Channel.values().length)] : null;
		var category = random.nextInt(4) == 0 ? categories.get(random.nextInt(categories.size())) : null;
		var region = random.nextInt(5) == 0 ? regions.get(random.nextInt(regions.size())) : null;
		if (region != null && random.nextInt(4) == 0) {
			region = region.substring(0, 4);
		}
		var from = random.nextInt(6) == 0 ? today.minusDays(random.nextInt(60)) : null;
		var to = random.nextInt(8) == 0 ? today.minusDays(random.nextInt(30)) : null;
		var unit = random.nextInt(8) == 0 ? (random.nextInt(4) == 0 ? 0L : units.get(random.nextInt(units.size())))
				: null;
		var level = random.nextInt(6) == 0 ? OverdueLevel.values()[random.nextInt(OverdueLevel.values().length)] : null;
		return new CaseSearch.Filter(statuses, source, category, region, from, to, random.nextInt(8) == 0,
				keyword(random, texts), unit, level);
	}

	/** Mostly a piece of a case's own text (one to four characters), sometimes one that no case contains. */
	static @Nullable String keyword(Random random, List<String> texts) {
		if (random.nextInt(2) == 0) {
			return null;
		}
		if (random.nextInt(8) == 0) {
			return "没有这样的话";
		}
		var text = texts.get(random.nextInt(texts.size()));
		var length = Math.min(text.length(), 1 + random.nextInt(4));
		var at = random.nextInt(text.length() - length + 1);
		return text.substring(at, at + length);
	}

	static DataScope scope(Random random, List<String> regions, List<Long> units) {
		return switch (random.nextInt(6)) {
			case 0, 4, 5 -> DataScope.everything();
			case 1 -> new DataScope(false, Set.of(), Set.of(pick(random, regions, 9)), Set.of());
			case 2 -> new DataScope(false, Set.of(units.get(random.nextInt(units.size()))), Set.of(),
					Set.of(pick(random, regions, 15)));
			default -> new DataScope(false, Set.of(), Set.of(regions.get(0).substring(0, 4)), Set.of());
		};
	}

	static String pick(Random random, List<String> regions, int length) {
		var codes = new ArrayList<String>();
		regions.stream().filter(code -> code.length() == length).forEach(codes::add);
		return codes.get(random.nextInt(codes.size()));
	}
}
