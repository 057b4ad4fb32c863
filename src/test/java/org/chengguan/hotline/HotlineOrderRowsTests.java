package org.chengguan.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.chengguan.ChengguanJpaTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** An order written by hand has exactly the row the persistence context writes, and lives on in JPA. */
@ChengguanJpaTest
@Import(HotlineOrderRows.class)
class HotlineOrderRowsTests {

	@Autowired
	HotlineOrderRows rows;

	@Autowired
	HotlineOrderRepository orders;

	@Autowired
	EntityManager entities;

	@Autowired
	JdbcTemplate jdbc;

	/** A report and its case, as intake leaves them, for the order to point at. */
	long[] reportAndCase() {
		var report = jdbc.queryForObject("""
				insert into intake_report (source, reported_at, received_at, urgent, description, location_method)
				values ('HOTLINE_12345', now(), now(), false, '占道经营', 'NONE') returning id""", Long.class);
		var number = "AJ20261204" + String.format("%06d", Math.abs(UUID.randomUUID().hashCode()) % 1_000_000);
		var caseId = jdbc.queryForObject("""
				insert into caseflow_case (number, report_id, source, status, urgent, summary, received_at)
				values (?, ?, 'HOTLINE_12345', 'REPORTED', false, '占道经营', now()) returning id""", Long.class,
				number, report);
		return new long[] { report, caseId };
	}

	HotlineOrder received(boolean urgent, @Nullable Instant platformReplyDue) {
		var platform = jdbc.queryForObject("select id from hotline_platform where code = '12345'", Long.class);
		var ids = reportAndCase();
		var now = Instant.parse("2026-12-04T02:00:00Z");
		return new HotlineOrder(platform, "GD" + ids[0], ids[0], ids[1], urgent, now, platformReplyDue,
				now.plusSeconds(urgent ? 1800 : 7200), now.plusSeconds(5 * 86400));
	}

	Map<String, Object> row(long id) {
		var found = jdbc.queryForMap("select * from hotline_order where id = ?", id);
		found.keySet().removeAll(List.of("id", "order_no", "report_id", "case_id"));
		return found;
	}

	@ParameterizedTest
	@CsvSource({ "false, ", "true, 2026-12-06T10:00:00Z" })
	void theRowIsTheOneTheEntityMaps(boolean urgent, @Nullable Instant platformReplyDue) {
		var byJpa = orders.saveAndFlush(received(urgent, platformReplyDue));
		var byHand = received(urgent, platformReplyDue);

		rows.insert(byHand);

		assertThat(row(byHand.getId())).isEqualTo(row(byJpa.getId()));
	}

	@Test
	void anOrderWrittenByHandIsFoundAndChangedThroughItsRepository() {
		var byHand = received(false, null);
		rows.insert(byHand);
		entities.clear();

		var loaded = orders.findByPlatformIdAndOrderNo(byHand.getPlatformId(), byHand.getOrderNo()).orElseThrow();
		assertThat(loaded.getId()).isEqualTo(byHand.getId());
		assertThat(loaded.sign(Instant.parse("2026-12-04T02:10:00Z"))).isTrue();
		assertThat(loaded.reply(Instant.parse("2026-12-05T01:00:00Z"))).isTrue();
		loaded.visit(new Visit(VisitResult.SATISFIED, null, true, OffsetDateTime.parse("2026-12-05T10:00:00+08:00")),
				Instant.parse("2026-12-10T10:00:00Z"));
		orders.saveAndFlush(loaded);

		assertThat(jdbc.queryForMap("select status, version, visit_resolved from hotline_order where id = ?",
				byHand.getId()))
			.containsEntry("status", "VISITED")
			.containsEntry("version", 1L)
			.containsEntry("visit_resolved", true);
		assertThat(jdbc.queryForObject("select count(*) from hotline_visit where order_id = ?", Long.class,
				byHand.getId()))
			.isOne();
	}
}
