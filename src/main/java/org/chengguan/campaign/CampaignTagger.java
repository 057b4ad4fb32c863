package org.chengguan.campaign;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.caseflow.CaseAction;
import org.chengguan.caseflow.CaseEvents;
import org.chengguan.road.RoadManagement;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Cases made during a campaign in its scope are tagged with it when they open, and again when the 受理员 classifies
 * or pins them ({@link Campaign#covers}); the campaign's figures are the facts of its tagged cases.
 */
@Component
class CampaignTagger {

	private final CampaignRepository campaigns;

	private final RoadManagement roads;

	private final JdbcTemplate jdbc;

	private final WorkingCalendar calendar;

	CampaignTagger(CampaignRepository campaigns, RoadManagement roads, JdbcTemplate jdbc, WorkingCalendar calendar) {
		this.campaigns = campaigns;
		this.roads = roads;
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/** The campaigns as last read, and the newest id then: campaigns never change once set up, only new ones come. */
	private record Snapshot(long newestId, List<Campaign> campaigns) {
	}

	private volatile Snapshot snapshot = new Snapshot(-1, List.of());

	@EventListener
	void on(CaseEvents.CaseMoved moved) {
		if (moved.action() != CaseAction.REPORT && moved.action() != CaseAction.ACCEPT) {
			return;
		}
		var spot = moved.spot();
		if (moved.action() == CaseAction.ACCEPT) {
			jdbc.update("delete from campaign_case where case_id = ?", moved.caseId());
		}
		if (spot == null) {
			return;
		}
		var day = LocalDate.ofInstant(spot.receivedAt(), calendar.zone());
		var running = runningOn(day);
		if (running.isEmpty()) {
			return;
		}
		Long segment = running.stream().anyMatch(c -> !c.getRoads().isEmpty())
				? roads.segmentAt(spot.lon(), spot.lat()).orElse(null) : null;
		for (var campaign : running) {
			if (campaign.covers(day, spot.categoryKey(), moved.parties().unitGridCode(), segment)) {
				jdbc.update("""
						insert into campaign_case (campaign_id, case_id, received_at) values (?, ?, ?)
						on conflict do nothing""", campaign.getId(), moved.caseId(), Timestamp.from(spot.receivedAt()));
			}
		}
	}

	/**
	 * The campaigns running on a day: one cheap statement per case (is there a newer campaign than those read?), the
	 * campaigns with their scope read again only when there is.
	 */
	private List<Campaign> runningOn(LocalDate day) {
		var newest = jdbc.queryForObject("select coalesce(max(id), 0) from campaign", Long.class);
		var current = snapshot;
		if (newest == null || current.newestId() != newest) {
			var all = campaigns.findAllByOrderByStartsOnDescIdDesc();
			all.forEach(c -> {
				c.getRegions();
				c.getRoads();
				c.getCategories();
			});
			current = new Snapshot(newest == null ? 0 : newest, List.copyOf(all));
			snapshot = current;
		}
		return current.campaigns().stream()
			.filter(c -> !day.isBefore(c.getStartsOn()) && !day.isAfter(c.getEndsOn()))
			.toList();
	}
}
