package org.chengguan.appraisal;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import static org.chengguan.appraisal.AppraisalStatus.COMPUTED;
import static org.chengguan.appraisal.AppraisalStatus.PUBLISHED;
import static org.chengguan.appraisal.AppraisalStatus.REVIEWED;

/**
 * The transition table of an appraisal: for each action, the states it starts from, the state it leads to, and who
 * may take it. Every action is the 执法股's ({@code appraisal:manage}); seeing is apart ({@link AppraisalAccess}): the
 * squad and its leaders read a published appraisal but act on none.
 */
enum AppraisalAction {

	/** 计算 / 重新计算 from the current records, until published; a recomputed appraisal needs a new review. */
	COMPUTE(EnumSet.of(COMPUTED, REVIEWED), COMPUTED, false),
	/** 审核: by a member of the 执法股 other than the one who computed it, with an opinion. */
	REVIEW(EnumSet.of(COMPUTED), REVIEWED, true),
	/** 发布: the squad sees it from now on, frozen; a published earlier version becomes 已更正. */
	PUBLISH(EnumSet.of(REVIEWED), PUBLISHED, false),
	/** 更正: a published appraisal gets a new version, computed afresh, with the reason for it. */
	CORRECT(EnumSet.of(PUBLISHED), COMPUTED, true);

	static final String AUTHORITY = "appraisal:manage";

	private final Set<AppraisalStatus> from;

	private final AppraisalStatus to;

	private final boolean opinionRequired;

	AppraisalAction(Set<AppraisalStatus> from, AppraisalStatus to, boolean opinionRequired) {
		this.from = from;
		this.to = to;
		this.opinionRequired = opinionRequired;
	}

	boolean allowedFrom(AppraisalStatus status) {
		return from.contains(status);
	}

	AppraisalStatus target() {
		return to;
	}

	boolean opinionRequired() {
		return opinionRequired;
	}

	/** Whether this person may take the action on this appraisal now. */
	boolean allows(AppraisalAccess.Viewer viewer, Appraisal appraisal) {
		if (!viewer.holds(AUTHORITY) || !allowedFrom(appraisal.getStatus())) {
			return false;
		}
		// four eyes: who computed the scores does not approve them
		return this != REVIEW || !Objects.equals(viewer.actor().username(), appraisal.getComputedBy());
	}
}
