package org.chengguan.supervision;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A point of the hotspot ledger (热点台账, domain.md §3.3) with its inspections. Its status changes only through
 * {@link HotspotAction}; the rules for 销账, 回头看 and 动态清零 live here.
 */
@Entity
@Table(name = "supervision_hotspot")
public class Hotspot {

	/** Where a point came from. */
	public enum Origin {
		COMPLAINT_CLUSTER, INSPECTION, LEADERSHIP, SUPERVISION_NOTICE
	}

	/** One inspection: when, by whom, the violations it found, and the case it opened. */
	@Embeddable
	public record Inspection(Instant at, String inspector, int violations, @Nullable String note,
			@Nullable Long caseId) {
	}

	// domain.md §3.3 [PROPOSAL]: 销账 after ≥ 3 consecutive zero inspections over ≥ 14 calendar days
	static final int CLEAR_INSPECTIONS = 3;

	static final Duration CLEAR_SPAN = Duration.ofDays(14);

	// domain.md §3.3 [PROPOSAL]: after 销账, inspect monthly for 6 months
	static final int REVISIT_MONTHS = 6;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String code;

	private String name;

	private double lon;

	private double lat;

	private @Nullable String unitGridCode;

	private @Nullable String streetCode;

	private @Nullable String categories;

	@Enumerated(EnumType.STRING)
	private Origin origin;

	private @Nullable Long responsibleUnitId;

	private @Nullable String target;

	@Enumerated(EnumType.STRING)
	private HotspotStatus status = HotspotStatus.PROPOSED;

	private String proposedBy;

	private Instant proposedAt;

	private @Nullable String listedBy;

	private @Nullable Instant listedAt;

	private @Nullable String clearedBy;

	private @Nullable Instant clearedAt;

	private @Nullable Instant retiredAt;

	@Version
	private long rowVersion;

	@ElementCollection
	@CollectionTable(name = "supervision_hotspot_inspection", joinColumns = @JoinColumn(name = "hotspot_id"))
	@OrderBy("at")
	private List<Inspection> inspections = new ArrayList<>();

	protected Hotspot() {
		this.code = "";
		this.name = "";
		this.origin = Origin.INSPECTION;
		this.proposedBy = "";
		this.proposedAt = Instant.EPOCH;
	}

	Hotspot(String code, String name, double lon, double lat, @Nullable String unitGridCode,
			@Nullable String streetCode, @Nullable String categories, Origin origin, String by, Instant at) {
		this();
		this.code = code;
		this.name = name;
		this.lon = lon;
		this.lat = lat;
		this.unitGridCode = unitGridCode;
		this.streetCode = streetCode;
		this.categories = categories;
		this.origin = origin;
		this.proposedBy = by;
		this.proposedAt = at;
	}

	/** 上账 (again, after a rebound) with its responsible unit and target. */
	void list(long unitId, String goal, String by, Instant at) {
		require(HotspotAction.LIST);
		responsibleUnitId = unitId;
		target = goal;
		listedBy = by;
		listedAt = at;
		clearedBy = null;
		clearedAt = null;
		status = HotspotStatus.LISTED;
	}

	void decline(Instant at) {
		require(HotspotAction.DECLINE);
		retiredAt = at;
		status = HotspotStatus.RETIRED;
	}

	void start() {
		require(HotspotAction.START);
		status = HotspotStatus.REMEDIATING;
	}

	/** An inspection; during 回头看 (or before the first one) a violation is a rebound. */
	void inspect(Inspection inspection) {
		require(HotspotAction.INSPECT);
		inspections.add(inspection);
		if (status == HotspotStatus.CLEARED || status == HotspotStatus.REVISIT) {
			status = inspection.violations() > 0 ? HotspotStatus.REBOUNDED : HotspotStatus.REVISIT;
		}
	}

	/** 销账, once {@link #clearable()}. */
	void clear(String by, Instant at) {
		require(HotspotAction.CLEAR);
		if (!clearable()) {
			throw new HotspotRuleException("supervision.hotspot.error.notClear");
		}
		clearedBy = by;
		clearedAt = at;
		status = HotspotStatus.CLEARED;
	}

	/** 退出, once {@link #revisited}. */
	void retire(Instant at, ZoneId zone) {
		require(HotspotAction.RETIRE);
		if (!revisited(at, zone)) {
			throw new HotspotRuleException("supervision.hotspot.error.revisitOpen");
		}
		retiredAt = at;
		status = HotspotStatus.RETIRED;
	}

	/** The last {@value #CLEAR_INSPECTIONS} or more inspections since listing found nothing, over at least 14 days. */
	public boolean clearable() {
		var since = listedAt == null ? Instant.EPOCH : listedAt;
		var run = new ArrayList<Inspection>();
		for (var i = inspections.size() - 1; i >= 0 && !inspections.get(i).at().isBefore(since); i--) {
			if (inspections.get(i).violations() > 0) {
				break;
			}
			run.add(inspections.get(i));
		}
		return run.size() >= CLEAR_INSPECTIONS
				&& !Duration.between(run.get(run.size() - 1).at(), run.get(0).at()).minus(CLEAR_SPAN).isNegative();
	}

	/** Each of the six months after 销账 had an inspection, and six months have passed. */
	boolean revisited(Instant now, ZoneId zone) {
		if (clearedAt == null) {
			return false;
		}
		var cleared = clearedAt.atZone(zone);
		if (cleared.plusMonths(REVISIT_MONTHS).toInstant().isAfter(now)) {
			return false;
		}
		for (var month = 0; month < REVISIT_MONTHS; month++) {
			var from = cleared.plusMonths(month).toInstant();
			var to = cleared.plusMonths(month + 1L).toInstant();
			if (inspections.stream().noneMatch(i -> !i.at().isBefore(from) && i.at().isBefore(to))) {
				return false;
			}
		}
		return true;
	}

	/** 回头看 is due: cleared or under revisit, and no inspection in the month before {@code now}. */
	public boolean revisitDue(Instant now, ZoneId zone) {
		if (status != HotspotStatus.CLEARED && status != HotspotStatus.REVISIT) {
			return false;
		}
		var last = inspections.isEmpty() ? clearedAt : inspections.get(inspections.size() - 1).at();
		var reference = clearedAt != null && last != null && last.isBefore(clearedAt) ? clearedAt : last;
		return reference != null && ZonedDateTime.ofInstant(reference, zone).plusMonths(1).toInstant().isBefore(now);
	}

	/** 动态清零 in [from, to): inspected at least once, and every inspection found nothing. */
	public boolean clearIn(Instant from, Instant to) {
		var within = inspections.stream().filter(i -> !i.at().isBefore(from) && i.at().isBefore(to)).toList();
		return !within.isEmpty() && within.stream().allMatch(i -> i.violations() == 0);
	}

	private void require(HotspotAction action) {
		if (!action.allowedFrom(status)) {
			throw new HotspotRuleException("supervision.hotspot.error.state");
		}
	}

	public Long getId() {
		if (id == null) {
			throw new IllegalStateException("Hotspot not saved yet");
		}
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public double getLon() {
		return lon;
	}

	public double getLat() {
		return lat;
	}

	public @Nullable String getUnitGridCode() {
		return unitGridCode;
	}

	public @Nullable String getStreetCode() {
		return streetCode;
	}

	public @Nullable String getCategories() {
		return categories;
	}

	/** The category keys the point is about (E09006, …); none for any. */
	List<String> categoryKeys() {
		return categories == null ? List.of()
				: java.util.Arrays.stream(categories.split("[,，\\s]+")).filter(k -> !k.isBlank()).toList();
	}

	public Origin getOrigin() {
		return origin;
	}

	public @Nullable Long getResponsibleUnitId() {
		return responsibleUnitId;
	}

	public @Nullable String getTarget() {
		return target;
	}

	public HotspotStatus getStatus() {
		return status;
	}

	public String getProposedBy() {
		return proposedBy;
	}

	public Instant getProposedAt() {
		return proposedAt;
	}

	public @Nullable Instant getClearedAt() {
		return clearedAt;
	}

	public long getRowVersion() {
		return rowVersion;
	}

	public List<Inspection> getInspections() {
		return List.copyOf(inspections);
	}
}
