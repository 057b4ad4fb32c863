package org.chengguan.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.chengguan.ChengguanJpaTest;
import org.chengguan.grid.GridLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** A report written by hand has exactly the rows the persistence context writes, and lives on in JPA. */
@ChengguanJpaTest
@Import(ReportRows.class)
class ReportRowsTests {

	static final GridLocation GRID = new GridLocation(1, "110101001001001", "110101001001", "和平社区", "110101001",
			"东华门街道", "110101", "东城区");

	@Autowired
	ReportRows rows;

	@Autowired
	ReportRepository reports;

	@Autowired
	EntityManager entities;

	@Autowired
	JdbcTemplate jdbc;

	long photo() {
		return jdbc.queryForObject("""
				insert into evidence_file (sha256, size_bytes, media_type, original_name, source, captured_by, stored_at)
				values (repeat('a', 64), 10, 'image/jpeg', '现场.jpg', 'PATROL', 'grid1', now()) returning id""",
				Long.class);
	}

	/** A report of every shape: where it is, who called, what came with it. */
	Report received(String place, boolean reporter, int attachments, boolean merge) {
		var with = new ArrayList<Attachment>();
		for (var i = 0; i < attachments; i++) {
			with.add(i % 2 == 0 ? new Attachment(Attachment.Stage.BEFORE, photo(), null, "现场" + i + ".jpg")
					: Attachment.link("https://platform.example/p/" + i + ".jpg", i + ".jpg"));
		}
		var point = !place.equals("none");
		var report = new Report(new NewReport(Channel.PATROL, point ? UUID.randomUUID().toString() : null, null,
				Instant.parse("2026-12-04T02:00:00Z"), null, point ? "暴露垃圾" : null, point, "路边暴露垃圾",
				place.equals("none") ? null : "和平街 1 号", point ? 116.4 : null, point ? 39.9 : null, null, null,
				attachments > 2, with), Instant.parse("2026-12-04T02:00:05Z"));
		if (place.equals("grid")) {
			report.locate(116.4, 39.9, GRID, LocationMethod.COORDINATES);
		}
		else if (place.equals("outside")) {
			report.keepUnlocatedPoint(116.4, 39.9);
		}
		if (reporter) {
			report.reporter("bmFtZQ==", "cGhvbmU=", "f".repeat(64));
		}
		report.mergeInto(merge ? "AJ20261204000001" : null);
		return report;
	}

	Map<String, Object> row(long id) {
		var found = jdbc.queryForMap("select * from intake_report where id = ?", id);
		found.keySet().removeAll(List.of("id", "external_ref"));
		return found;
	}

	List<Map<String, Object>> attachments(long id) {
		return jdbc.queryForList("select * from intake_attachment where report_id = ? order by position", id)
			.stream()
			.peek(r -> r.keySet().removeAll(List.of("report_id", "evidence_id")))
			.toList();
	}

	@ParameterizedTest
	@CsvSource({ "grid, true, 0, false", "outside, false, 1, false", "none, false, 4, true", "grid, false, 2, true" })
	void theRowsAreTheOnesTheEntityMaps(String place, boolean reporter, int attachments, boolean merge) {
		var byJpa = reports.saveAndFlush(received(place, reporter, attachments, merge));
		var byHand = received(place, reporter, attachments, merge);

		rows.insert(byHand);

		assertThat(row(byHand.getId())).isEqualTo(row(byJpa.getId()));
		assertThat(attachments(byHand.getId())).hasSize(attachments).isEqualTo(attachments(byJpa.getId()));
	}

	@Test
	void aReportWrittenByHandIsReadAndChangedThroughItsRepository() {
		var byHand = received("outside", true, 3, false);
		rows.insert(byHand);
		entities.clear();

		var loaded = reports.findById(byHand.getId()).orElseThrow();
		assertThat(loaded.getAttachments()).isEqualTo(byHand.getAttachments());
		assertThat(loaded.getPlace()).isEqualTo(byHand.getPlace());
		loaded.locate(116.4, 39.9, GRID, LocationMethod.PINNED);
		loaded.attach(Attachment.link("https://platform.example/p/later.jpg", "later.jpg"));
		reports.saveAndFlush(loaded);

		assertThat(jdbc.queryForObject("select unit_grid_code from intake_report where id = ?", String.class,
				byHand.getId()))
			.isEqualTo(GRID.unitGridCode());
		assertThat(attachments(byHand.getId())).hasSize(4);
	}

	@Test
	void aResendOfTheSameReferenceFailsOnTheUniqueKey() {
		var first = received("grid", false, 1, false);
		rows.insert(first);
		var again = received("grid", false, 1, false);
		var same = new Report(new NewReport(Channel.PATROL, first.getExternalRef(), null, first.getReportedAt(), null,
				null, false, "又一次", null, null, null, null, null, false, again.getAttachments()), Instant.now());

		// what the channels catch to answer with the first report (one statement: its attachments go with it)
		assertThatThrownBy(() -> rows.insert(same)).isInstanceOf(DuplicateKeyException.class);
	}
}
