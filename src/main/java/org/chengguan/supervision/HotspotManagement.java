package org.chengguan.supervision;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.campaign.CampaignManagement;
import org.chengguan.caseflow.CaseFactManagement;
import org.chengguan.caseflow.CaseManagement;
import org.chengguan.category.CategoryManagement;
import org.chengguan.grid.GridManagement;
import org.chengguan.intake.Channel;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.intake.NewReport;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 热点台账: proposes points from complaint clusters every night and takes proposals from inspectors, lists them with a
 * responsible unit, records inspections (a violation may open a patrol case), de-lists them by the rule and follows
 * them through 回头看; 动态清零 per street.
 */
@Service
@Transactional
class HotspotManagement {

	/** How far back the complaint clusters look. */
	static final Duration CLUSTER_WINDOW = Duration.ofDays(30);

	private final HotspotRepository hotspots;

	private final CaseFactManagement caseFacts;

	private final CaseManagement cases;

	private final IntakeManagement intake;

	private final CategoryManagement categories;

	private final GridManagement grids;

	private final WorkingCalendar calendar;

	private final MessageSource messages;

	private final CampaignManagement campaigns;

	HotspotManagement(HotspotRepository hotspots, CaseFactManagement caseFacts, CaseManagement cases,
			IntakeManagement intake, CategoryManagement categories, GridManagement grids, WorkingCalendar calendar,
			MessageSource messages, CampaignManagement campaigns) {
		this.campaigns = campaigns;
		this.messages = messages;
		this.hotspots = hotspots;
		this.caseFacts = caseFacts;
		this.cases = cases;
		this.intake = intake;
		this.categories = categories;
		this.grids = grids;
		this.calendar = calendar;
	}

	/** The points this person sees: the whole ledger citywide, else those of their area or unit. */
	@Transactional(readOnly = true)
	List<Hotspot> visibleTo(Asker asker) {
		return hotspots.findTop500ByOrderByProposedAtDesc().stream().filter(h -> sees(asker, h))
			.peek(h -> h.getInspections().size()).toList();
	}

	@Transactional(readOnly = true)
	Hotspot get(long id, Asker asker) {
		var point = hotspots.findById(id).filter(h -> sees(asker, h)).orElseThrow(() -> new HotspotNotFoundException(id));
		point.getInspections().size();
		return point;
	}

	/** 拟上账 by an inspector or the 督查股; its id. */
	long propose(String name, double lon, double lat, @Nullable String categoryKeys, Hotspot.Origin origin,
			Asker asker) {
		if (!asker.holds("supervision:manage") && !asker.holds("case:check")) {
			throw new HotspotRuleException("supervision.hotspot.error.notYours");
		}
		return proposal(name, lon, lat, categoryKeys, origin, asker.actor().username()).getId();
	}

	/** Every night (once across instances): each new cluster of complaints becomes a proposal. */
	@Scheduled(cron = "0 50 2 * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = "supervision-hotspot-clusters", lockAtMostFor = "PT30M")
	public void nightly() {
		proposeClusters();
	}

	/** Each new cluster of complaints becomes a proposal; how many. */
	int proposeClusters() {
		var active = hotspots.findByStatusNot(HotspotStatus.RETIRED).stream()
			.map(h -> new double[] { h.getLon(), h.getLat() }).toList();
		var clusters = ComplaintClusters.of(caseFacts.complaintsSince(calendar.now().minus(CLUSTER_WINDOW)), active);
		for (var cluster : clusters) {
			var keys = cluster.categories().length() > 200 ? cluster.categories().substring(0, 200)
					: cluster.categories();
			proposal(stored("supervision.hotspot.clusterName", cluster.complaints()), cluster.centre().lon(),
					cluster.centre().lat(),
					keys.isEmpty() ? null : keys, Hotspot.Origin.COMPLAINT_CLUSTER, "system");
		}
		return clusters.size();
	}

	void list(long id, long rowVersion, long unitId, String target, Asker asker) {
		if (cases.dispatchUnits().stream().noneMatch(u -> Objects.equals(u.getId(), unitId))) {
			throw new HotspotRuleException("supervision.hotspot.error.unit");
		}
		acting(id, rowVersion, HotspotAction.LIST, asker).list(unitId, target, asker.actor().username(),
				calendar.now());
	}

	void decline(long id, long rowVersion, Asker asker) {
		acting(id, rowVersion, HotspotAction.DECLINE, asker).decline(calendar.now());
	}

	void start(long id, long rowVersion, Asker asker) {
		acting(id, rowVersion, HotspotAction.START, asker).start();
	}

	/** 巡查: what was found; a violation may open a patrol case at the point under its first category. */
	void inspect(long id, long rowVersion, int violations, @Nullable String note, boolean openCase, Asker asker) {
		var point = acting(id, rowVersion, HotspotAction.INSPECT, asker);
		Long caseId = null;
		if (violations > 0 && openCase) {
			var first = point.getCategories() == null ? null : point.getCategories().split(",")[0];
			var categoryId = first == null ? null : categories.findByKey(first).map(c -> c.getId()).orElse(null);
			var report = intake.receive(new NewReport(Channel.PATROL, null, null, calendar.now(), categoryId, null,
					false, stored("supervision.hotspot.caseDescription", point.getCode(), point.getName(),
							note == null ? "" : note),
					point.getName(), point.getLon(), point.getLat(), null, asker.actor().id(), false, List.of()));
			caseId = cases.byReport(report.getId()).orElseThrow().id();
		}
		var now = calendar.now();
		point.inspect(new Hotspot.Inspection(now, asker.actor().username(), violations, note, caseId));
		// an inspection in a campaign's scope and period counts for it (专项整治)
		campaigns.tagInspection(point.getId(), point.getUnitGridCode(), java.util.Set.copyOf(point.categoryKeys()), now,
				violations);
	}

	void clear(long id, long rowVersion, Asker asker) {
		acting(id, rowVersion, HotspotAction.CLEAR, asker).clear(asker.actor().username(), calendar.now());
	}

	void retire(long id, long rowVersion, Asker asker) {
		acting(id, rowVersion, HotspotAction.RETIRE, asker).retire(calendar.now(), calendar.zone());
	}

	/**
	 * 动态清零 in [from, to) per street with points on the ledger: every listed point of it clear — every inspection
	 * found nothing and no case of its categories is open within 50 m of it now.
	 */
	@Transactional(readOnly = true)
	Map<String, Boolean> streetsClear(Instant from, Instant to, Asker asker) {
		var streets = new TreeMap<String, Boolean>();
		for (var point : visibleTo(asker)) {
			var status = point.getStatus();
			if (point.getStreetCode() != null && status != HotspotStatus.PROPOSED && status != HotspotStatus.RETIRED) {
				streets.merge(point.getStreetCode(), clearIn(point, from, to), Boolean::logicalAnd);
			}
		}
		return streets;
	}

	/** 动态清零 of one point: inspected and found clear in [from, to), and no case of its categories open there. */
	boolean clearIn(Hotspot point, Instant from, Instant to) {
		return point.clearIn(from, to) && caseFacts.openNear(point.getLon(), point.getLat(), ComplaintClusters.METRES,
				point.categoryKeys()) == 0;
	}

	private Hotspot proposal(String name, double lon, double lat, @Nullable String categoryKeys,
			Hotspot.Origin origin, String by) {
		var grid = grids.gridAt(lon, lat);
		var year = String.valueOf(calendar.today().getYear());
		var code = year + "-" + String.format("%04d", hotspots.countInYear(year) + 1);
		return hotspots.save(new Hotspot(code, name, lon, lat, grid.map(g -> g.unitGridCode()).orElse(null),
				grid.map(g -> g.streetCode()).orElse(null), categoryKeys, origin, by, calendar.now()));
	}

	private Hotspot acting(long id, long rowVersion, HotspotAction action, Asker asker) {
		var point = hotspots.findById(id).filter(h -> sees(asker, h)).orElseThrow(() -> new HotspotNotFoundException(id));
		if (point.getRowVersion() != rowVersion) {
			throw new ObjectOptimisticLockingFailureException(Hotspot.class, id);
		}
		if (!action.allows(asker, point)) {
			throw new HotspotRuleException(action.allowedFrom(point.getStatus()) ? "supervision.hotspot.error.notYours"
					: "supervision.hotspot.error.state");
		}
		return point;
	}

	/** A text stored with the record (the ledger is kept in Chinese, whoever reads it later). */
	private String stored(String key, Object... args) {
		return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}

	private static boolean sees(Asker asker, Hotspot point) {
		var scope = asker.scope();
		return scope.citywide() || (point.getUnitGridCode() != null && scope.coversRegion(point.getUnitGridCode()))
				|| (point.getResponsibleUnitId() != null && scope.coversOrgUnit(point.getResponsibleUnitId()));
	}
}
