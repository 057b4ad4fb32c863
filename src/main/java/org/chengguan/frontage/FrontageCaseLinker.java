package org.chengguan.frontage;

import java.sql.Timestamp;

import org.chengguan.caseflow.CaseAction;
import org.chengguan.caseflow.CaseEvents;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Violations link to the unit (domain.md §3.2): a case of a frontage category that lies within
 * {@code chengguan.frontage.link-within} metres of a frontage is found at the nearest one, when it opens and again when
 * the 受理员 classifies or pins it. A link made through the 共治码 or by hand stays.
 */
@Component
class FrontageCaseLinker {

	private final JdbcTemplate jdbc;

	private final FrontageProperties properties;

	private final FrontageIndex index;

	FrontageCaseLinker(JdbcTemplate jdbc, FrontageProperties properties, FrontageIndex index) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.index = index;
	}

	@EventListener
	void on(CaseEvents.CaseMoved moved) {
		if (moved.action() != CaseAction.REPORT && moved.action() != CaseAction.ACCEPT) {
			return;
		}
		if (moved.action() == CaseAction.ACCEPT) {
			jdbc.update("delete from frontage_violation where case_id = ? and link = 'AUTO'", moved.caseId());
		}
		var spot = moved.spot();
		if (spot == null || spot.categoryKey() == null || !properties.categories().contains(spot.categoryKey())) {
			return;
		}
		index.nearest(spot.lon(), spot.lat()).ifPresent(unitId -> jdbc.update("""
				insert into frontage_violation (unit_id, case_id, case_number, category_key, found_at, link)
				values (?, ?, ?, ?, ?, 'AUTO') on conflict (case_id) do nothing""", unitId, moved.caseId(),
				moved.caseNo(), spot.categoryKey(), Timestamp.from(spot.receivedAt())));
	}
}
