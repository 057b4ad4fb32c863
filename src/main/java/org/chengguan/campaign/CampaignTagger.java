package org.chengguan.campaign;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.caseflow.CaseAction;
import org.chengguan.caseflow.CaseEvents;
import org.chengguan.caseflow.CaseFactManagement;
import org.chengguan.road.RoadManagement;
import org.chengguan.system.AddedOnly;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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

	private final CaseFactManagement facts;

	private final TransactionTemplate transaction;

	private final AddedOnly<Snapshot> known;

	CampaignTagger(CampaignRepository campaigns, RoadManagement roads, JdbcTemplate jdbc, WorkingCalendar calendar,
			CaseFactManagement facts, PlatformTransactionManager transactions) {
		this.campaigns = campaigns;
		this.roads = roads;
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.facts = facts;
		this.transaction = new TransactionTemplate(transactions);
		this.known = new AddedOnly<>(this::stored, Snapshot::newestId, this::newest);
	}

	/** The campaigns as last read, and the newest id then: campaigns never change once set up, only new ones come. */
	private record Snapshot(long newestId, List<Campaign> campaigns) {
	}

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
				tag(campaign, moved.caseId(), spot.receivedAt());
			}
		}
	}

	/**
	 * A campaign set up here: it takes in the cases of its scope received since its first day, and it tags the next
	 * case its transaction opens — any other one once it commits.
	 */
	void setUp(Campaign campaign) {
		tagReceived(campaign);
		known.added();
	}

	/**
	 * A campaign set up on another instance is seen here within 30 s (issue 14: no statement per case asks for it);
	 * the cases this instance opened meanwhile are tagged with it then. Every instance must poll, so it takes no lock.
	 */
	@Scheduled(fixedDelayString = "${chengguan.campaign.poll-interval:PT30S}",
			initialDelayString = "${chengguan.campaign.poll-interval:PT30S}")
	void pollNewest() {
		transaction.executeWithoutResult(tx -> known.refreshIfNewer()
			.ifPresent(before -> known.current().campaigns().stream()
				.filter(c -> c.getId() > before)
				.forEach(this::tagReceived)));
	}

	/** The campaigns running on a day. */
	private List<Campaign> runningOn(LocalDate day) {
		return known.current().campaigns().stream()
			.filter(c -> !day.isBefore(c.getStartsOn()) && !day.isAfter(c.getEndsOn()))
			.toList();
	}

	private Snapshot stored() {
		var all = campaigns.findAllByOrderByStartsOnDescIdDesc();
		all.forEach(c -> {
			c.getRegions();
			c.getRoads();
			c.getCategories();
		});
		return new Snapshot(all.stream().mapToLong(Campaign::getId).max().orElse(0), List.copyOf(all));
	}

	private long newest() {
		return Objects.requireNonNull(jdbc.queryForObject("select coalesce(max(id), 0) from campaign", Long.class));
	}

	/** The cases of a campaign's scope received in its period, tagged with it (again: nothing is tagged twice). */
	private void tagReceived(Campaign campaign) {
		var zone = calendar.zone();
		var from = campaign.getStartsOn().atStartOfDay(zone).toInstant();
		var to = campaign.getEndsOn().plusDays(1).atStartOfDay(zone).toInstant();
		var received = new HashMap<Long, Instant>();
		facts.receivedIn(from, to, campaign.getRegions(), campaign.getCategories())
			.forEach(r -> received.put(r.caseId(), r.receivedAt()));
		received.putAll(roads.casesOn(campaign.getRoads(), from, to));
		received.forEach((caseId, at) -> tag(campaign, caseId, at));
	}

	private void tag(Campaign campaign, long caseId, Instant receivedAt) {
		jdbc.update("""
				insert into campaign_case (campaign_id, case_id, received_at) values (?, ?, ?)
				on conflict do nothing""", campaign.getId(), caseId, Timestamp.from(receivedAt));
	}
}
