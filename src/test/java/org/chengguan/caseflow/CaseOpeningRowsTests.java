package org.chengguan.caseflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.chengguan.ChengguanJpaTest;
import org.chengguan.intake.Channel;
import org.chengguan.intake.Place;
import org.chengguan.staff.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** A case written by hand at its opening has exactly the rows the persistence context writes, and lives on in JPA. */
@ChengguanJpaTest
@Import(CaseOpeningRows.class)
class CaseOpeningRowsTests {

	static final Place GRID = EnforcementCaseTests.GRID;

	@Autowired
	CaseOpeningRows rows;

	@Autowired
	CaseRepository cases;

	@Autowired
	EntityManager entities;

	@Autowired
	JdbcTemplate jdbc;

	long report() {
		return jdbc.queryForObject("""
				insert into intake_report (source, reported_at, received_at, urgent, description, location_method)
				values ('PATROL', now(), now(), false, '路边暴露垃圾', 'COORDINATES') returning id""", Long.class);
	}

	EnforcementCase opened(Channel source, Place place, boolean selfDisposed, Actor actor) {
		var category = jdbc.queryForList("select id from category_item order by id limit 1", Long.class);
		var opening = new Opening(report(), source, category.isEmpty() ? null : category.get(0),
				category.isEmpty() ? null : "E06010", true, "路边暴露垃圾", "和平街 1 号", place,
				Instant.parse("2026-11-23T02:00:00Z"), selfDisposed, List.of(21L, 23L),
				selfDisposed ? List.of(22L) : List.of());
		var number = "AJ20261123" + String.format("%06d", Math.abs(UUID.randomUUID().hashCode()) % 1_000_000);
		return EnforcementCase.open(number, opening, new Step(actor, "现场", List.of(), Instant.parse(
				"2026-11-23T02:01:00Z")), EnforcementCaseTests.CLOCK);
	}

	Map<String, Object> row(String sql, long caseId) {
		var found = jdbc.queryForMap(sql, caseId);
		found.keySet().removeAll(List.of("id", "number", "report_id", "case_id", "search_terms"));
		return found;
	}

	List<Map<String, Object>> children(String table, long caseId) {
		return jdbc.queryForList("select * from " + table + " where case_id = ? order by id", caseId)
			.stream()
			.peek(r -> r.keySet().removeAll(List.of("id", "case_id")))
			.peek(r -> r.replaceAll((column, value) -> value instanceof Array array ? elements(array) : value))
			.toList();
	}

	static List<Object> elements(Array array) {
		try {
			return Arrays.asList((Object[]) array.getArray());
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	@ParameterizedTest
	@CsvSource({ "HOTLINE_12345, true, false", "PATROL, true, true", "LEADERSHIP, true, false", "VIDEO_AI, false, false",
			"PATROL, false, false" })
	void theRowsAreTheOnesTheEntityMaps(Channel source, boolean located, boolean selfDisposed) {
		var place = located ? GRID : Place.NOWHERE;
		var channel = new Actor(0, "channel", source.name());
		var byJpa = cases.saveAndFlush(opened(source, place, selfDisposed, channel));
		var byHand = opened(source, place, selfDisposed, channel);
		var other = byJpa.getId();
		byHand.getProblem().suspectDuplicateOf(other);
		byJpa.getProblem().suspectDuplicateOf(other);
		cases.saveAndFlush(byJpa);

		rows.insert(byHand);

		var caseRow = "select * from caseflow_case where id = ?";
		var hand = row(caseRow, byHand.getId());
		var jpa = row(caseRow, byJpa.getId());
		jpa.put("version", 0L);
		assertThat(hand).isEqualTo(jpa);
		assertThat(children("caseflow_transition", byHand.getId())).hasSize(selfDisposed ? 2 : 1)
			.isEqualTo(children("caseflow_transition", byJpa.getId()));
		assertThat(children("caseflow_timer", byHand.getId())).isNotEmpty()
			.isEqualTo(children("caseflow_timer", byJpa.getId()));
	}

	@Test
	void aCaseWrittenByHandIsReadAndMovedThroughItsRepository() {
		var byHand = opened(Channel.HOTLINE_12345, GRID, false, new Actor(0, "channel", "HOTLINE_12345"));
		rows.insert(byHand);
		entities.clear();

		var loaded = cases.findById(byHand.getId()).orElseThrow();
		assertThat(loaded.getNumber()).isEqualTo(byHand.getNumber());
		assertThat(loaded.getTransitions()).extracting(CaseTransition::getEvidenceIds).containsExactly(List.of(21L, 23L));
		assertThat(loaded.getTimers()).hasSameSizeAs(byHand.getTimers());
		var category = jdbc.queryForObject("select id from category_item order by id limit 1", Long.class);
		loaded.accept(category, "E06010", new Step(new Actor(0, "channel", "HOTLINE_12345"), null, List.of(),
				Instant.parse("2026-11-23T03:00:00Z")), EnforcementCaseTests.CLOCK);
		cases.saveAndFlush(loaded);
		assertThat(jdbc.queryForObject("select version from caseflow_case where id = ?", Long.class, loaded.getId()))
			.isOne();
		assertThat(children("caseflow_transition", loaded.getId())).hasSize(2);
	}
}
