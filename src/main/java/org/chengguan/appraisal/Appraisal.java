package org.chengguan.appraisal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
 * 协管员月度考核: one version of one squad's month, each auxiliary's rank, total, pay grade and points per item as
 * computed under one scheme version. Its status changes only through {@link AppraisalAction}; once published,
 * nothing in it changes.
 */
@Entity
@Table(name = "appraisal")
public class Appraisal {

	/** One auxiliary's result; no rank (and no total) when nothing was rostered for them in the month. */
	@Embeddable
	public record Line(long staffId, String staffName, @Nullable Integer rank, @Nullable BigDecimal total,
			@Nullable String grade, boolean bottom) {
	}

	/** One item of one auxiliary: the figure and the points it gave (none without data). */
	@Embeddable
	public record Item(long staffId, int position, @Enumerated(EnumType.STRING) AppraisalMetric metric,
			long numerator, long denominator, @Nullable BigDecimal points) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private LocalDate month;

	private long unitId;

	private int version;

	@Enumerated(EnumType.STRING)
	private AppraisalStatus status;

	private String schemeCode;

	private int schemeVersion;

	private int bottomCount;

	private @Nullable String reason;

	private String computedBy;

	private Instant computedAt;

	private @Nullable String reviewedBy;

	private @Nullable Instant reviewedAt;

	private @Nullable String reviewOpinion;

	private @Nullable String publishedBy;

	private @Nullable Instant publishedAt;

	@Version
	private long rowVersion;

	@ElementCollection
	@CollectionTable(name = "appraisal_line", joinColumns = @JoinColumn(name = "appraisal_id"))
	@OrderBy("rank, staffName")
	private List<Line> lines = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "appraisal_item", joinColumns = @JoinColumn(name = "appraisal_id"))
	@OrderBy("staffId, position")
	private List<Item> items = new ArrayList<>();

	protected Appraisal() {
		this.month = LocalDate.EPOCH;
		this.status = AppraisalStatus.COMPUTED;
		this.schemeCode = "";
		this.computedBy = "";
		this.computedAt = Instant.EPOCH;
	}

	private Appraisal(LocalDate month, long unitId, int version, @Nullable String reason) {
		this();
		this.month = month;
		this.unitId = unitId;
		this.version = version;
		this.reason = reason;
	}

	/** The first version of a squad's month. */
	static Appraisal first(LocalDate month, long unitId, AppraisalScheme scheme, SquadRanking.Ranked ranked,
			String by, Instant at) {
		var appraisal = new Appraisal(month, unitId, 1, null);
		appraisal.fill(scheme, ranked, by, at);
		return appraisal;
	}

	/** 计算 again from the current records; the review, if any, no longer holds. */
	void recompute(AppraisalScheme scheme, SquadRanking.Ranked ranked, AppraisalAccess.Viewer by, Instant at) {
		require(AppraisalAction.COMPUTE, by);
		fill(scheme, ranked, by.actor().username(), at);
		reviewedBy = null;
		reviewedAt = null;
		reviewOpinion = null;
		status = AppraisalAction.COMPUTE.target();
	}

	/** 审核 with the reviewer's opinion. */
	void review(String opinion, AppraisalAccess.Viewer by, Instant at) {
		require(AppraisalAction.REVIEW, by);
		reviewedBy = by.actor().username();
		reviewedAt = at;
		reviewOpinion = opinion;
		status = AppraisalAction.REVIEW.target();
	}

	/** 发布: the squad sees it, frozen from now on. */
	void publish(AppraisalAccess.Viewer by, Instant at) {
		require(AppraisalAction.PUBLISH, by);
		publishedBy = by.actor().username();
		publishedAt = at;
		status = AppraisalAction.PUBLISH.target();
	}

	/** 更正: the next version, computed afresh, with its reason; this one stays published until that one is. */
	Appraisal correction(String why, AppraisalScheme scheme, SquadRanking.Ranked ranked, AppraisalAccess.Viewer by,
			Instant at) {
		require(AppraisalAction.CORRECT, by);
		var next = new Appraisal(month, unitId, version + 1, why);
		next.fill(scheme, ranked, by.actor().username(), at);
		return next;
	}

	/** A later version was published in its place. */
	void supersede() {
		if (status != AppraisalStatus.PUBLISHED) {
			throw new AppraisalRuleException("appraisal.error.state");
		}
		status = AppraisalStatus.SUPERSEDED;
	}

	private void require(AppraisalAction action, AppraisalAccess.Viewer by) {
		if (!action.allowedFrom(status)) {
			throw new AppraisalRuleException("appraisal.error.state");
		}
		if (!action.allows(by, this)) {
			throw new AppraisalRuleException(action == AppraisalAction.REVIEW && by.holds(AppraisalAction.AUTHORITY)
					? "appraisal.error.fourEyes" : "appraisal.error.notYours");
		}
	}

	private void fill(AppraisalScheme scheme, SquadRanking.Ranked ranked, String by, Instant at) {
		schemeCode = scheme.code();
		schemeVersion = scheme.version();
		bottomCount = scheme.bottomCount();
		lines = new ArrayList<>(ranked.lines());
		items = new ArrayList<>(ranked.items());
		computedBy = by;
		computedAt = at;
	}

	/** One auxiliary's items, in the scheme's order. */
	public List<Item> itemsOf(long staffId) {
		return items.stream().filter(i -> i.staffId() == staffId).toList();
	}

	public Long getId() {
		if (id == null) {
			throw new IllegalStateException("Appraisal not saved yet");
		}
		return id;
	}

	public LocalDate getMonth() {
		return month;
	}

	public long getUnitId() {
		return unitId;
	}

	public int getVersion() {
		return version;
	}

	public AppraisalStatus getStatus() {
		return status;
	}

	public String getSchemeCode() {
		return schemeCode;
	}

	public int getSchemeVersion() {
		return schemeVersion;
	}

	public int getBottomCount() {
		return bottomCount;
	}

	public @Nullable String getReason() {
		return reason;
	}

	public String getComputedBy() {
		return computedBy;
	}

	public Instant getComputedAt() {
		return computedAt;
	}

	public @Nullable String getReviewedBy() {
		return reviewedBy;
	}

	public @Nullable String getReviewOpinion() {
		return reviewOpinion;
	}

	public @Nullable String getPublishedBy() {
		return publishedBy;
	}

	public @Nullable Instant getPublishedAt() {
		return publishedAt;
	}

	public long getRowVersion() {
		return rowVersion;
	}

	public List<Line> getLines() {
		return List.copyOf(lines);
	}

	public List<Item> getItems() {
		return List.copyOf(items);
	}
}
