package org.chengguan.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.chengguan.penalty.ClosedFile;
import org.jspecify.annotations.Nullable;

/**
 * A closed file in a sample: pending, then reviewed once — each criterion's score within its points, the total, the
 * grade and the findings — by someone who did not work the case.
 */
@Entity
@Table(name = "review_file")
public class ReviewFile {

	/** Where the review stands. */
	public enum Status {
		/** 待评查. */
		PENDING,
		/** 已评查. */
		REVIEWED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long batchId;

	private long proceedingId;

	private String proceedingNumber;

	private LocalDate closedOn;

	@Enumerated(EnumType.STRING)
	private Status status;

	private @Nullable Long reviewerId;

	private @Nullable String reviewerName;

	private @Nullable Integer total;

	@Enumerated(EnumType.STRING)
	private @Nullable Grade grade;

	private @Nullable String findings;

	private @Nullable Instant reviewedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "review_score", joinColumns = @JoinColumn(name = "file_id"))
	@MapKeyEnumerated(EnumType.STRING)
	@MapKeyColumn(name = "criterion")
	@Column(name = "score")
	private Map<Criterion, Integer> scores = new HashMap<>();

	@Version
	private long version;

	protected ReviewFile() {
		this.proceedingNumber = "";
		this.closedOn = LocalDate.EPOCH;
		this.status = Status.PENDING;
	}

	ReviewFile(long batchId, ClosedFile file) {
		this.batchId = batchId;
		this.proceedingId = file.proceedingId();
		this.proceedingNumber = file.number();
		this.closedOn = file.closedOn();
		this.status = Status.PENDING;
	}

	/** The review: every criterion scored within its points, the findings written. */
	void review(Map<Criterion, Integer> given, String text, long by, String byName, Instant at) {
		if (status == Status.REVIEWED) {
			throw new ReviewRuleException("review.error.done");
		}
		var checked = new EnumMap<Criterion, Integer>(Criterion.class);
		for (var criterion : Criterion.values()) {
			var score = given.get(criterion);
			if (score == null || score < 0 || score > criterion.points()) {
				throw new ReviewRuleException("review.error.score");
			}
			checked.put(criterion, score);
		}
		if (text.isBlank()) {
			throw new ReviewRuleException("review.error.findings");
		}
		this.scores = new HashMap<>(checked);
		this.total = checked.values().stream().mapToInt(Integer::intValue).sum();
		this.grade = Grade.of(total);
		this.findings = text.strip();
		this.reviewerId = by;
		this.reviewerName = byName;
		this.reviewedAt = at;
		this.status = Status.REVIEWED;
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("Not saved yet");
		}
		return id;
	}

	public long getBatchId() {
		return batchId;
	}

	public long getProceedingId() {
		return proceedingId;
	}

	public String getProceedingNumber() {
		return proceedingNumber;
	}

	public LocalDate getClosedOn() {
		return closedOn;
	}

	public Status getStatus() {
		return status;
	}

	public @Nullable String getReviewerName() {
		return reviewerName;
	}

	public @Nullable Integer getTotal() {
		return total;
	}

	public @Nullable Grade getGrade() {
		return grade;
	}

	public @Nullable String getFindings() {
		return findings;
	}

	public @Nullable Instant getReviewedAt() {
		return reviewedAt;
	}

	public @Nullable Integer score(Criterion criterion) {
		return scores.get(criterion);
	}

	public long getVersion() {
		return version;
	}
}
