package org.chengguan.road;

import java.sql.Timestamp;

import org.chengguan.caseflow.CaseAction;
import org.chengguan.caseflow.CaseEvents;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A case found on a road links to its segment — the nearest whose reach it lies in — when it opens and again when the
 * 受理员 pins it; its 路长 is then named on the case page and answers for it in the monthly figures.
 */
@Component
class RoadCaseLinker {

	private final RoadManagement roads;

	private final JdbcTemplate jdbc;

	RoadCaseLinker(RoadManagement roads, JdbcTemplate jdbc) {
		this.roads = roads;
		this.jdbc = jdbc;
	}

	@EventListener
	void on(CaseEvents.CaseMoved moved) {
		if (moved.action() != CaseAction.REPORT && moved.action() != CaseAction.ACCEPT) {
			return;
		}
		if (moved.action() == CaseAction.ACCEPT) {
			jdbc.update("delete from road_case where case_id = ?", moved.caseId());
		}
		var spot = moved.spot();
		if (spot != null) {
			roads.nearest(spot.lon(), spot.lat(), 0).ifPresent(segment -> jdbc.update("""
					insert into road_case (case_id, segment_id, received_at) values (?, ?, ?)
					on conflict (case_id) do nothing""", moved.caseId(), segment, Timestamp.from(spot.receivedAt())));
		}
	}
}
