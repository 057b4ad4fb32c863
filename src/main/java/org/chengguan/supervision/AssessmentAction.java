package org.chengguan.supervision;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import static org.chengguan.supervision.AssessmentStatus.COMPUTED;
import static org.chengguan.supervision.AssessmentStatus.PUBLISHED;
import static org.chengguan.supervision.AssessmentStatus.REVIEWED;

/**
 * The transition table of a monthly assessment: for each action, the states it starts from, the state it leads to,
 * and who among the holders of {@code supervision:manage} may take it (seeing is not acting: anyone with
 * {@code supervision:view} reads a published assessment).
 */
enum AssessmentAction {

	/** 计算 / 重新计算 from the current figures, until published; a recomputed assessment needs a new review. */
	COMPUTE(EnumSet.of(COMPUTED, REVIEWED), COMPUTED, false),
	/** 审核: by a member of the 督查股 other than the one who computed it, with an opinion. */
	REVIEW(EnumSet.of(COMPUTED), REVIEWED, true),
	/** 发布: frozen from now on; a published earlier version becomes 已更正. */
	PUBLISH(EnumSet.of(REVIEWED), PUBLISHED, false),
	/** 更正: a published assessment gets a new version, computed afresh, with the reason for it. */
	CORRECT(EnumSet.of(PUBLISHED), PUBLISHED, true);

	private final Set<AssessmentStatus> from;

	private final AssessmentStatus to;

	private final boolean opinionRequired;

	AssessmentAction(Set<AssessmentStatus> from, AssessmentStatus to, boolean opinionRequired) {
		this.from = from;
		this.to = to;
		this.opinionRequired = opinionRequired;
	}

	boolean allowedFrom(AssessmentStatus status) {
		return from.contains(status);
	}

	AssessmentStatus target() {
		return to;
	}

	boolean opinionRequired() {
		return opinionRequired;
	}

	/** Whether this person may take the action on this assessment now (the authority is checked apart). */
	boolean allows(String username, MonthlyAssessment assessment) {
		if (!allowedFrom(assessment.getStatus())) {
			return false;
		}
		// four eyes: who computed the figures does not approve them
		return this != REVIEW || !Objects.equals(username, assessment.getComputedBy());
	}
}
