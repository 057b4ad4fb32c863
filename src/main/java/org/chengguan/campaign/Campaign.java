package org.chengguan.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
 * 专项整治: a campaign with its period, scope and targets. It runs from its first to its last day; its 回头看 watches the
 * {@code revisitDays} after. What it covers is decided in one place, {@link #covers}.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

	/** One target: at least {@code target} of the metric (a percentage, a count or m²). */
	@Embeddable
	public record Target(int seq, @Enumerated(EnumType.STRING) CampaignMetric metric, BigDecimal target,
			@Nullable LocalDate baseFrom, @Nullable LocalDate baseTo) {
	}

	/** Where a campaign is: before, during, in its 回头看, or over. */
	public enum Phase {
		PLANNED, RUNNING, REVISIT, ENDED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private CampaignKind kind;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private int revisitDays;

	private @Nullable String description;

	@ElementCollection
	@CollectionTable(name = "campaign_region", joinColumns = @JoinColumn(name = "campaign_id"))
	@Column(name = "region_code")
	private Set<String> regions = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "campaign_road", joinColumns = @JoinColumn(name = "campaign_id"))
	@Column(name = "segment_id")
	private Set<Long> roads = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "campaign_category", joinColumns = @JoinColumn(name = "campaign_id"))
	@Column(name = "category_key")
	private Set<String> categories = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "campaign_unit", joinColumns = @JoinColumn(name = "campaign_id"))
	@Column(name = "unit_id")
	private Set<Long> units = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "campaign_target", joinColumns = @JoinColumn(name = "campaign_id"))
	@OrderBy("seq")
	private List<Target> targets = new ArrayList<>();

	private String createdBy;

	private Instant createdAt;

	@Version
	private long version;

	protected Campaign() {
		this.code = "";
		this.name = "";
		this.kind = CampaignKind.OTHER;
		this.startsOn = LocalDate.EPOCH;
		this.endsOn = LocalDate.EPOCH;
		this.createdBy = "";
		this.createdAt = Instant.EPOCH;
	}

	Campaign(String code, CampaignPlan plan, String createdBy, Instant createdAt) {
		this.code = code;
		this.name = plan.name();
		this.kind = plan.kind();
		this.startsOn = plan.startsOn();
		this.endsOn = plan.endsOn();
		this.revisitDays = plan.revisitDays();
		this.description = plan.description();
		this.regions.addAll(plan.regions());
		this.roads.addAll(plan.roads());
		this.categories.addAll(plan.categories());
		this.units.addAll(plan.units());
		this.targets.addAll(plan.targets());
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/**
	 * Whether a case or an inspection belongs to the campaign: on one of its days, of one of its categories (any, if it
	 * names none), and in one of its regions or on one of its road segments.
	 */
	public boolean covers(LocalDate day, @Nullable String categoryKey, @Nullable String unitGridCode,
			@Nullable Long segmentId) {
		if (day.isBefore(startsOn) || day.isAfter(endsOn)) {
			return false;
		}
		if (!categories.isEmpty() && (categoryKey == null || !categories.contains(categoryKey))) {
			return false;
		}
		var inRegion = unitGridCode != null && regions.stream().anyMatch(unitGridCode::startsWith);
		return inRegion || segmentId != null && roads.contains(segmentId);
	}

	public Phase phaseOn(LocalDate day) {
		if (day.isBefore(startsOn)) {
			return Phase.PLANNED;
		}
		if (!day.isAfter(endsOn)) {
			return Phase.RUNNING;
		}
		return day.isAfter(endsOn.plusDays(revisitDays)) ? Phase.ENDED : Phase.REVISIT;
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("Not saved yet");
		}
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public CampaignKind getKind() {
		return kind;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public int getRevisitDays() {
		return revisitDays;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public Set<String> getRegions() {
		return Set.copyOf(regions);
	}

	public Set<Long> getRoads() {
		return Set.copyOf(roads);
	}

	public Set<String> getCategories() {
		return Set.copyOf(categories);
	}

	public Set<Long> getUnits() {
		return Set.copyOf(units);
	}

	public List<Target> getTargets() {
		return List.copyOf(targets);
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public long getVersion() {
		return version;
	}
}
