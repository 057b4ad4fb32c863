package org.chengguan.supervision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
 * 月考核: one version of a month's assessment of the streets or the handling units, with each subject's rank, total
 * and points per item as computed under one scheme version. Its status changes only through {@link AssessmentAction};
 * once published, nothing in it changes.
 */
@Entity
@Table(name = "supervision_assessment")
public class MonthlyAssessment {

	/** Who is assessed: the streets, the handling units, or the 路长 by their road segments. */
	public enum Subject {
		STREET, UNIT, ROAD;

		/** The rollup grouping the subject's figures come from; a road's are summed from its cases' facts. */
		FactStore.Grouping grouping() {
			return this == STREET ? FactStore.Grouping.STREET : FactStore.Grouping.UNIT;
		}
	}

	/** One subject's result. */
	@Embeddable
	public record Score(@Column(name = "subject_key") String key, @Column(name = "subject_name") String name,
			int rank, BigDecimal total, boolean complete, int cases) {
	}

	/** One item of one subject: the figure and the points it gave (none without data). */
	@Embeddable
	public record Item(@Column(name = "subject_key") String key, int position, @Enumerated(EnumType.STRING) Indicator indicator,
			long numerator, long denominator, @Nullable BigDecimal points) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private LocalDate month;

	@Enumerated(EnumType.STRING)
	private Subject subject;

	private int version;

	@Enumerated(EnumType.STRING)
	private AssessmentStatus status;

	private String schemeCode;

	private int schemeVersion;

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
	@CollectionTable(name = "supervision_assessment_score", joinColumns = @JoinColumn(name = "assessment_id"))
	@OrderBy("rank, key")
	private List<Score> scores = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "supervision_assessment_item", joinColumns = @JoinColumn(name = "assessment_id"))
	@OrderBy("key, position")
	private List<Item> items = new ArrayList<>();

	protected MonthlyAssessment() {
		this.month = LocalDate.EPOCH;
		this.subject = Subject.STREET;
		this.status = AssessmentStatus.COMPUTED;
		this.schemeCode = "";
		this.computedBy = "";
		this.computedAt = Instant.EPOCH;
	}

	private MonthlyAssessment(LocalDate month, Subject subject, int version, @Nullable String reason) {
		this();
		this.month = month;
		this.subject = subject;
		this.version = version;
		this.reason = reason;
	}

	/** The first version of a month's assessment. */
	static MonthlyAssessment first(LocalDate month, Subject subject, Scored scored, String by, Instant at) {
		var assessment = new MonthlyAssessment(month, subject, 1, null);
		assessment.fill(scored, by, at);
		return assessment;
	}

	/** The figures of a subject list under one scheme version. */
	record Scored(ScoringScheme scheme, List<Score> scores, List<Item> items) {
	}

	/** 计算 again from the current figures; the review, if any, no longer holds. */
	void recompute(Scored scored, String by, Instant at) {
		require(AssessmentAction.COMPUTE, by);
		fill(scored, by, at);
		reviewedBy = null;
		reviewedAt = null;
		reviewOpinion = null;
		status = AssessmentAction.COMPUTE.target();
	}

	/** 审核 with the reviewer's opinion. */
	void review(String opinion, String by, Instant at) {
		require(AssessmentAction.REVIEW, by);
		reviewedBy = by;
		reviewedAt = at;
		reviewOpinion = opinion;
		status = AssessmentAction.REVIEW.target();
	}

	/** 发布: frozen from now on. */
	void publish(String by, Instant at) {
		require(AssessmentAction.PUBLISH, by);
		publishedBy = by;
		publishedAt = at;
		status = AssessmentAction.PUBLISH.target();
	}

	/** 更正: the next version, computed afresh, with its reason; this one stays published until that is. */
	MonthlyAssessment correction(String why, Scored scored, String by, Instant at) {
		require(AssessmentAction.CORRECT, by);
		var next = new MonthlyAssessment(month, subject, version + 1, why);
		next.fill(scored, by, at);
		return next;
	}

	/** A later version was published in its place. */
	void supersede() {
		if (status != AssessmentStatus.PUBLISHED) {
			throw new AssessmentRuleException("supervision.assessment.error.state");
		}
		status = AssessmentStatus.SUPERSEDED;
	}

	private void require(AssessmentAction action, String by) {
		if (!action.allowedFrom(status)) {
			throw new AssessmentRuleException("supervision.assessment.error.state");
		}
		if (!action.allows(by, this)) {
			throw new AssessmentRuleException("supervision.assessment.error.fourEyes");
		}
	}

	private void fill(Scored scored, String by, Instant at) {
		schemeCode = scored.scheme().code();
		schemeVersion = scored.scheme().version();
		scores = new ArrayList<>(scored.scores());
		items = new ArrayList<>(scored.items());
		computedBy = by;
		computedAt = at;
	}

	public Long getId() {
		if (id == null) {
			throw new IllegalStateException("Assessment not saved yet");
		}
		return id;
	}

	public LocalDate getMonth() {
		return month;
	}

	public Subject getSubject() {
		return subject;
	}

	public int getVersion() {
		return version;
	}

	public AssessmentStatus getStatus() {
		return status;
	}

	public String getSchemeCode() {
		return schemeCode;
	}

	public int getSchemeVersion() {
		return schemeVersion;
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

	public @Nullable Instant getReviewedAt() {
		return reviewedAt;
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

	public List<Score> getScores() {
		return List.copyOf(scores);
	}

	/** The items of one subject, in the scheme's order. */
	public List<Item> itemsOf(String key) {
		return items.stream().filter(i -> i.key().equals(key)).toList();
	}
}
