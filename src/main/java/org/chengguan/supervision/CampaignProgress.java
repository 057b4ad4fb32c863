package org.chengguan.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.campaign.Campaign;
import org.chengguan.campaign.CampaignManagement;
import org.chengguan.campaign.CampaignMetric;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 专项整治 progress against every target, from the same facts as the dashboards: the facts of the campaign's tagged
 * cases, the complaints in its scope against the base period, the hotspot points in its scope (动态清零 as the ledger
 * judges it), and the units' 日报. After the end, 回头看: complaints per day and the points that are no longer clear.
 */
@Component
class CampaignProgress {

	/** The sources that are complaints (the hotlines, Open311, calls and visits, the media). */
	static final String[] COMPLAINTS = { "HOTLINE_12345", "HOTLINE_12319", "OPEN311", "PHONE_WALKIN", "MEDIA" };

	/** One target: the figure reached so far and how much of the target it is (capped at 100 for the bar). */
	record Line(int seq, CampaignMetric metric, BigDecimal target, @Nullable BigDecimal actual, boolean met,
			int percentOfTarget, @Nullable String detail) {
	}

	/** 回头看: complaints per day during and after, and the points clear during that are not after. */
	record Revisit(LocalDate from, LocalDate to, BigDecimal complaintsPerDayDuring, BigDecimal complaintsPerDayAfter,
			int rebounded, int points) {
	}

	record Report(List<Line> lines, int taggedCases, long closed, @Nullable Revisit revisit) {
	}

	private final CampaignManagement campaigns;

	private final Rollups rollups;

	private final HotspotRepository hotspots;

	private final HotspotManagement hotspotManagement;

	private final JdbcTemplate jdbc;

	private final WorkingCalendar calendar;

	CampaignProgress(CampaignManagement campaigns, Rollups rollups, HotspotRepository hotspots,
			HotspotManagement hotspotManagement, JdbcTemplate jdbc, WorkingCalendar calendar) {
		this.campaigns = campaigns;
		this.rollups = rollups;
		this.hotspots = hotspots;
		this.hotspotManagement = hotspotManagement;
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	@Transactional(readOnly = true)
	Report of(long campaignId) {
		var campaign = campaigns.get(campaignId);
		var today = calendar.today();
		var last = campaign.getEndsOn().isBefore(today) ? campaign.getEndsOn() : today;
		var from = start(campaign.getStartsOn());
		var to = start(last.plusDays(1));
		var tagged = campaigns.caseIds(campaignId);
		var tally = rollups.ofCases(tagged, true);
		var daily = campaigns.dailyTotals(campaignId);
		var points = points(campaign);
		var lines = new ArrayList<Line>();
		for (var target : campaign.getTargets()) {
			BigDecimal actual;
			String detail = null;
			switch (target.metric()) {
				case INSPECTIONS -> {
					var count = daily.stream().mapToInt(CampaignManagement.DayTotals::inspections).sum()
							+ campaigns.inspections(campaignId);
					actual = BigDecimal.valueOf(count);
				}
				case AREA_REMOVED -> actual = daily.stream()
					.map(CampaignManagement.DayTotals::areaRemoved)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
				case CASES_CLOSED -> actual = BigDecimal.valueOf(tally.closed());
				case CLOSE_RATE -> {
					var due = tally.registered() - tally.cancelled() - tally.onHold();
					actual = due == 0 ? null : percent(tally.closed(), due);
					detail = tally.closed() + " / " + due;
				}
				case COMPLAINT_REDUCTION -> {
					var base = perDay(campaign, Objects.requireNonNull(target.baseFrom()),
							Objects.requireNonNull(target.baseTo()));
					var now = perDay(campaign, campaign.getStartsOn(), last);
					actual = base.signum() == 0 ? null
							: base.subtract(now).multiply(BigDecimal.valueOf(100)).divide(base, 1, RoundingMode.HALF_UP);
					detail = now + " / " + base;
				}
				case POINTS_CLEARED_SHARE -> {
					var clear = points.stream().filter(p -> hotspotManagement.clearIn(p, from, to)).count();
					actual = points.isEmpty() ? null : percent(clear, points.size());
					detail = clear + " / " + points.size();
				}
				case STREETS_CLEARED_SHARE -> {
					var streets = new HashMap<String, Boolean>();
					points.stream()
						.filter(p -> p.getStreetCode() != null)
						.forEach(p -> streets.merge(p.getStreetCode(), hotspotManagement.clearIn(p, from, to),
								Boolean::logicalAnd));
					var clear = streets.values().stream().filter(Boolean::booleanValue).count();
					actual = streets.isEmpty() ? null : percent(clear, streets.size());
					detail = clear + " / " + streets.size();
				}
				default -> throw new IllegalStateException("No measure for " + target.metric());
			}
			var met = actual != null && actual.compareTo(target.target()) >= 0;
			var share = actual == null ? 0 : actual.multiply(BigDecimal.valueOf(100))
				.divide(target.target(), 0, RoundingMode.DOWN)
				.max(BigDecimal.ZERO)
				.min(BigDecimal.valueOf(100))
				.intValue();
			lines.add(new Line(target.seq(), target.metric(), target.target(), actual, met, share, detail));
		}
		return new Report(lines, tagged.size(), tally.closed(), revisit(campaign, points, today));
	}

	/** After the end: complaints per day in the 回头看 days so far against the campaign's, and rebounded points. */
	private @Nullable Revisit revisit(Campaign campaign, List<Hotspot> points, LocalDate today) {
		if (!today.isAfter(campaign.getEndsOn())) {
			return null;
		}
		var first = campaign.getEndsOn().plusDays(1);
		var watched = campaign.getEndsOn().plusDays(campaign.getRevisitDays());
		var last = watched.isBefore(today) ? watched : today;
		var during = perDay(campaign, campaign.getStartsOn(), campaign.getEndsOn());
		var after = perDay(campaign, first, last);
		var campaignFrom = start(campaign.getStartsOn());
		var campaignTo = start(campaign.getEndsOn().plusDays(1));
		var rebounded = (int) points.stream()
			.filter(p -> hotspotManagement.clearIn(p, campaignFrom, campaignTo))
			.filter(p -> !hotspotManagement.clearIn(p, start(first), start(last.plusDays(1))))
			.count();
		return new Revisit(first, last, during, after, rebounded, points.size());
	}

	/** The hotspot points on the ledger in the campaign's regions, of its categories if it names any. */
	private List<Hotspot> points(Campaign campaign) {
		return hotspots.findByStatusNot(HotspotStatus.RETIRED)
			.stream()
			.filter(p -> p.getStatus() != HotspotStatus.PROPOSED)
			.filter(p -> p.getUnitGridCode() != null
					&& campaign.getRegions().stream().anyMatch(p.getUnitGridCode()::startsWith))
			.filter(p -> campaign.getCategories().isEmpty()
					|| p.categoryKeys().stream().anyMatch(campaign.getCategories()::contains))
			.toList();
	}

	/** Complaints received per day in [from, to] in the campaign's regions or on its roads, of its categories. */
	private BigDecimal perDay(Campaign campaign, LocalDate from, LocalDate to) {
		var days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
		var count = jdbc.queryForObject("""
				select count(*) from supervision_case_fact f
				where f.received_day between ? and ? and f.source = any(?) and not f.appealed
				  and (cardinality(?::text[]) = 0 or f.category_key = any(?))
				  and (f.unit_grid_code like any(?)
				       or f.case_id in (select case_id from road_case where segment_id = any(?)))""", Long.class,
				Date.valueOf(from), Date.valueOf(to), COMPLAINTS, campaign.getCategories().toArray(String[]::new),
				campaign.getCategories().toArray(String[]::new),
				campaign.getRegions().stream().map(r -> r + "%").toArray(String[]::new),
				campaign.getRoads().toArray(Long[]::new));
		return BigDecimal.valueOf(count == null ? 0 : count).divide(BigDecimal.valueOf(Math.max(1, days)), 2,
				RoundingMode.HALF_UP);
	}

	private Instant start(LocalDate day) {
		return day.atStartOfDay(calendar.zone()).toInstant();
	}

	private static BigDecimal percent(long part, long whole) {
		return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}
}
