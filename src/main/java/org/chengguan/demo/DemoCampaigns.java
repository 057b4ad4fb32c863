package org.chengguan.demo;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.campaign.Campaign;
import org.chengguan.campaign.CampaignKind;
import org.chengguan.campaign.CampaignManagement;
import org.chengguan.campaign.CampaignMetric;
import org.chengguan.campaign.CampaignPlan;
import org.chengguan.campaign.DailyReport;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.OrgManagement;
import org.chengguan.staff.StaffSummary;
import org.springframework.stereotype.Component;

/**
 * 专项整治 of the demo city: a 占道经营 campaign in the first district, running for two months since a month ago, with
 * the targets of the bureau's work plan (63 % of points and streets 动态清零, complaints down 60 % against the same
 * weeks last year, inspections, closed cases and their rate), and a month of 日报 from each of its squads.
 */
@Component
class DemoCampaigns {

	private final CampaignManagement campaigns;

	private final OrgManagement org;

	private final WorkingCalendar calendar;

	DemoCampaigns(CampaignManagement campaigns, OrgManagement org, WorkingCalendar calendar) {
		this.campaigns = campaigns;
		this.org = org;
		this.calendar = calendar;
	}

	void load(DemoCity.City city, List<StaffSummary> people, Actor loader) {
		var today = calendar.today();
		var starts = today.minusDays(30);
		var district = city.districts().get(0)[0];
		var streets = city.streets().stream().filter(s -> s.districtCode().equals(district)).toList();
		var squads = new LinkedHashSet<Long>();
		for (var row : org.tree()) {
			if (streets.stream().anyMatch(s -> DemoBureau.squad(s).equals(row.unit().getCode()))) {
				squads.add(Objects.requireNonNull(row.unit().getId()));
			}
		}
		var targets = List.of(target(1, CampaignMetric.POINTS_CLEARED_SHARE, 63),
				target(2, CampaignMetric.STREETS_CLEARED_SHARE, 63),
				new Campaign.Target(3, CampaignMetric.COMPLAINT_REDUCTION, BigDecimal.valueOf(60),
						starts.minusYears(1), starts.minusYears(1).plusDays(59)),
				target(4, CampaignMetric.INSPECTIONS, 3000), target(5, CampaignMetric.CASES_CLOSED, 120),
				target(6, CampaignMetric.CLOSE_RATE, 90));
		var campaign = campaigns.create(new CampaignPlan(city.districts().get(0)[1] + "占道经营专项整治", CampaignKind.STREET_VENDING,
				starts, starts.plusDays(59), 30, "对辖区上账点位逐一落实“一点一策”，早晚高峰和夜市时段错时巡查，动态清零后回头看防反弹。",
				Set.of(district), Set.of(), Set.of("E09006", "E09005", "E06036"), squads, targets),
				DataScope.everything(), loader);
		// a month of 日报: each squad's leader files one a day
		var n = 0;
		for (var s = 0; s < streets.size(); s++) {
			var username = "squad" + String.format("%02d", s + 1);
			var leader = people.stream()
				.filter(p -> p.username().equals(username))
				.findFirst()
				.orElseThrow();
			for (var day = starts; day.isBefore(today); day = day.plusDays(1)) {
				n++;
				var inspections = 10 + (n * 7) % 9;
				var problems = Math.max(0, 6 - (int) java.time.temporal.ChronoUnit.DAYS.between(starts, day) / 6
						+ n % 3);
				var figures = new DailyReport.Figures(inspections, problems, problems / 2 + n % 2, problems / 2,
						n % 11 == 0 ? 1 : 0, BigDecimal.ZERO);
				campaigns.fileDaily(campaign.getId(), day, figures, problems > 4 ? "夜市时段占道摊点集中，已劝离并登记" : null,
						List.of(), new Actor(leader.id(), leader.username(), leader.name()));
			}
		}
	}

	private static Campaign.Target target(int seq, CampaignMetric metric, int value) {
		return new Campaign.Target(seq, metric, BigDecimal.valueOf(value), null, null);
	}
}
