package org.chengguan.caseflow;

import jakarta.persistence.Embedded;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.chengguan.category.Priority;
import org.chengguan.intake.Place;
import org.jspecify.annotations.Nullable;

/**
 * 案情: what a case is about and where — its category (set by the channel or at 受理), the 立案条件 it was registered
 * under with the priority that gives, the summary and address of its report, its place, and the case it duplicates.
 */
@Embeddable
public class Problem {

	private static final int SUMMARY_LENGTH = 200;

	private @Nullable Long categoryId;

	private @Nullable String categoryKey;

	private @Nullable Long conditionId;

	@Enumerated(EnumType.STRING)
	private @Nullable Priority priority;

	private boolean urgent;

	private String summary = "";

	private @Nullable String address;

	@Embedded
	private @Nullable Place place;

	private @Nullable Long duplicateOfId;

	private @Nullable Long suspectedDuplicateOfId;

	static Problem of(Opening report) {
		var problem = new Problem();
		problem.categoryId = report.categoryId();
		problem.categoryKey = report.categoryKey();
		problem.urgent = report.urgent();
		var description = report.description().strip();
		problem.summary = description.length() > SUMMARY_LENGTH ? description.substring(0, SUMMARY_LENGTH)
				: description;
		problem.address = report.address();
		problem.place = report.place();
		return problem;
	}

	void classify(long categoryId, String categoryKey) {
		this.categoryId = categoryId;
		this.categoryKey = categoryKey;
	}

	void register(long conditionId, Priority priority) {
		this.conditionId = conditionId;
		this.priority = priority;
	}

	void relocate(Place place) {
		this.place = place;
	}

	/** #22 合并: the same problem as the parent's. */
	void duplicateOf(long parentId) {
		this.duplicateOfId = parentId;
	}

	/** D2: the nearest open case of the same family, a hint for the 受理员 (never merged automatically). */
	void suspectDuplicateOf(long otherId) {
		this.suspectedDuplicateOfId = otherId;
	}

	public @Nullable Long getCategoryId() {
		return categoryId;
	}

	public @Nullable String getCategoryKey() {
		return categoryKey;
	}

	public @Nullable Long getConditionId() {
		return conditionId;
	}

	public @Nullable Priority getPriority() {
		return priority;
	}

	public boolean isUrgent() {
		return urgent;
	}

	public String getSummary() {
		return summary;
	}

	public @Nullable String getAddress() {
		return address;
	}

	public Place getPlace() {
		return Place.orNowhere(place);
	}

	public @Nullable Long getDuplicateOfId() {
		return duplicateOfId;
	}

	public @Nullable Long getSuspectedDuplicateOfId() {
		return suspectedDuplicateOfId;
	}
}
