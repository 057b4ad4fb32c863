package org.chengguan.campaign;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.category.CategoryManagement;
import org.chengguan.evidence.EvidenceFile;
import org.chengguan.evidence.EvidenceManagement;
import org.chengguan.evidence.EvidenceSource;
import org.chengguan.evidence.Upload;
import org.chengguan.road.RoadManagement;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.OrgManagement;
import org.chengguan.staff.StaffManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaign module's API: set a campaign up, file a unit's 日报, read the campaigns with their 日报 totals, and
 * give the cases and hotspot inspections tagged with a campaign (what its progress is computed from). Who may file a
 * 日报: a holder of {@code campaign:report} in one of the campaign's units, for a day of the campaign up to today,
 * once ({@link #mayReport}).
 */
@Service
@Transactional(readOnly = true)
public class CampaignManagement {

	static final String MANAGE = "hasAuthority('campaign:manage')";

	static final String REPORT = "hasAuthority('campaign:report')";

	/** A day's 日报 figures summed over the units. */
	public record DayTotals(LocalDate day, int reports, int inspections, int problems, int casesOpened,
			int casesClosed, int proceedingsOpened, java.math.BigDecimal areaRemoved) {
	}

	private final CampaignRepository campaigns;

	private final DailyReportRepository reports;

	private final JdbcTemplate jdbc;

	private final RoadManagement roads;

	private final OrgManagement org;

	private final StaffManagement staff;

	private final CategoryManagement categories;

	private final EvidenceManagement evidence;

	private final WorkingCalendar calendar;

	private final Clock clock;

	private final CampaignTagger tagger;

	CampaignManagement(CampaignRepository campaigns, DailyReportRepository reports, JdbcTemplate jdbc,
			RoadManagement roads, OrgManagement org, StaffManagement staff, CategoryManagement categories,
			EvidenceManagement evidence, WorkingCalendar calendar, Clock clock, CampaignTagger tagger) {
		this.tagger = tagger;
		this.campaigns = campaigns;
		this.reports = reports;
		this.jdbc = jdbc;
		this.roads = roads;
		this.org = org;
		this.staff = staff;
		this.categories = categories;
		this.evidence = evidence;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * Sets a campaign up: every problem of the plan refused at once (the first named), its regions and road segments
	 * within the person's 辖区, its units and categories real ones.
	 */
	@Transactional
	@PreAuthorize(MANAGE)
	public Campaign create(CampaignPlan plan, DataScope scope, Actor actor) {
		var problems = new ArrayList<>(plan.problems());
		if (plan.regions().stream().anyMatch(r -> !scope.coversRegion(r))) {
			problems.add("campaign.error.outsideScope");
		}
		var known = org.unitNames();
		if (plan.units().stream().anyMatch(u -> !known.containsKey(u))) {
			problems.add("campaign.error.units");
		}
		if (plan.categories().stream().anyMatch(k -> categories.findByKey(k).isEmpty())) {
			problems.add("campaign.error.category");
		}
		for (var road : plan.roads()) {
			try {
				roads.get(road, scope);
			}
			catch (RuntimeException ex) {
				problems.add("campaign.error.road");
			}
		}
		if (!problems.isEmpty()) {
			throw new CampaignRuleException(problems.get(0));
		}
		var prefix = "ZX" + plan.startsOn().getYear() + "-";
		Integer last = jdbc.queryForObject("""
				select coalesce(max(cast(substring(code from ?) as int)), 0) from campaign where code like ?""",
				Integer.class, prefix.length() + 1, prefix + "%");
		var campaign = campaigns.save(new Campaign(prefix + String.format("%03d", (last == null ? 0 : last) + 1), plan,
				actor.username(), clock.instant()));
		tagger.setUp(campaign);
		return campaign;
	}

	public List<Campaign> list() {
		return campaigns.findAllByOrderByStartsOnDescIdDesc().stream().map(CampaignManagement::loaded).toList();
	}

	public Campaign get(long id) {
		return campaigns.findById(id).map(CampaignManagement::loaded).orElseThrow(() -> new CampaignNotFoundException(id));
	}

	/** The campaign with its scope and targets read, for pages that show it after the transaction. */
	private static Campaign loaded(Campaign campaign) {
		campaign.getRegions();
		campaign.getRoads();
		campaign.getCategories();
		campaign.getUnits();
		campaign.getTargets();
		return campaign;
	}

	/** Seeing is not acting: a 日报 is filed by someone of one of the campaign's units. */
	public boolean mayReport(Campaign campaign, Actor actor) {
		return campaign.getUnits().contains(staff.orgUnitOf(actor.id()));
	}

	/**
	 * 日报 of the actor's unit for one day of the campaign, up to today, once; its photos (at most 9, images only) are
	 * stored with it — refused as a whole, nothing is kept.
	 */
	@Transactional
	@PreAuthorize(REPORT)
	public DailyReport fileDaily(long campaignId, LocalDate day, DailyReport.Figures figures, @Nullable String note,
			List<Upload> photos, Actor actor) {
		var campaign = get(campaignId);
		if (!mayReport(campaign, actor)) {
			throw new CampaignRuleException("campaign.daily.error.notParticipant");
		}
		if (day.isBefore(campaign.getStartsOn()) || day.isAfter(campaign.getEndsOn()) || day.isAfter(calendar.today())) {
			throw new CampaignRuleException("campaign.daily.error.day");
		}
		var unit = staff.orgUnitOf(actor.id());
		if (reports.existsByCampaignIdAndUnitIdAndDay(campaignId, unit, day)) {
			throw new CampaignRuleException("campaign.daily.error.twice");
		}
		var errors = figures.errors();
		if (!errors.isEmpty()) {
			throw new CampaignRuleException(errors.get(0));
		}
		if (note != null && note.strip().length() > 1000) {
			throw new CampaignRuleException("campaign.daily.error.note");
		}
		var stored = evidence.storePhotos(photos, new EvidenceSource("CAMPAIGN", null, actor.username()));
		return reports.save(new DailyReport(campaignId, unit, day, figures,
				note == null || note.isBlank() ? null : note.strip(), stored.stream().map(EvidenceFile::getId).toList(),
				actor.username(), clock.instant()));
	}

	public List<DailyReport> reports(long campaignId) {
		return reports.findByCampaignIdOrderByDayAscUnitIdAsc(campaignId);
	}

	/** The 日报 summed per day, in day order. */
	public List<DayTotals> dailyTotals(long campaignId) {
		var byDay = new TreeMap<LocalDate, DayTotals>();
		for (var r : reports(campaignId)) {
			byDay.merge(r.getDay(), new DayTotals(r.getDay(), 1, r.getInspections(), r.getProblems(),
					r.getCasesOpened(), r.getCasesClosed(), r.getProceedingsOpened(), r.getAreaRemoved()),
					(a, b) -> new DayTotals(a.day(), a.reports() + b.reports(), a.inspections() + b.inspections(),
							a.problems() + b.problems(), a.casesOpened() + b.casesOpened(),
							a.casesClosed() + b.casesClosed(), a.proceedingsOpened() + b.proceedingsOpened(),
							a.areaRemoved().add(b.areaRemoved())));
		}
		return List.copyOf(byDay.values());
	}

	/** The cases tagged with the campaign. */
	public List<Long> caseIds(long campaignId) {
		return jdbc.queryForList("select case_id from campaign_case where campaign_id = ? order by case_id", Long.class,
				campaignId);
	}

	/** How many hotspot inspections were made in the campaign's scope and period. */
	public int inspections(long campaignId) {
		var count = jdbc.queryForObject("select count(*) from campaign_inspection where campaign_id = ?", Integer.class,
				campaignId);
		return count == null ? 0 : count;
	}

	/** A hotspot inspection: tagged with every campaign running that day that covers its place and categories. */
	@Transactional
	public void tagInspection(long hotspotId, @Nullable String unitGridCode, Set<String> categoryKeys, Instant at,
			int violations) {
		var day = LocalDate.ofInstant(at, calendar.zone());
		for (var campaign : campaigns.runningOn(day)) {
			var covered = (categoryKeys.isEmpty() ? java.util.Collections.<String>singleton(null) : categoryKeys)
				.stream()
				.anyMatch(key -> campaign.covers(day, key, unitGridCode, null));
			if (covered) {
				jdbc.update("""
						insert into campaign_inspection (campaign_id, hotspot_id, at, violations) values (?, ?, ?, ?)
						on conflict do nothing""", campaign.getId(), hotspotId, Timestamp.from(at), violations);
			}
		}
	}

	/** The names of the participating units, by id. */
	public Map<Long, String> unitNames(Campaign campaign) {
		var all = org.unitNames();
		var names = new java.util.LinkedHashMap<Long, String>();
		campaign.getUnits().forEach(u -> names.put(u, all.getOrDefault(u, "")));
		return names;
	}
}
