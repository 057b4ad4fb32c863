package org.chengguan.penalty;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * 集体讨论记录 (《行政处罚法》第五十七条第二款; domain.md §8.6): date, chair, those present of how many members,
 * each member's opinion and the conclusion. Quorum: at least half of the members, the principal among them.
 */
@Embeddable
public class Discussion {

	private @Nullable LocalDate discussionOn;

	private @Nullable Long discussionChairId;

	private @Nullable String discussionAttendees;

	private @Nullable Integer discussionMembers;

	private @Nullable String discussionOpinions;

	private @Nullable String discussionConclusion;

	void record(DiscussionRecord record) {
		this.discussionOn = record.heldOn();
		this.discussionChairId = record.chairId();
		this.discussionAttendees = record.attendees();
		this.discussionMembers = record.members();
		this.discussionOpinions = record.opinions();
		this.discussionConclusion = record.conclusion();
	}

	public @Nullable LocalDate getDiscussionOn() {
		return discussionOn;
	}

	public @Nullable Long getDiscussionChairId() {
		return discussionChairId;
	}

	public @Nullable String getDiscussionAttendees() {
		return discussionAttendees;
	}

	public @Nullable Integer getDiscussionMembers() {
		return discussionMembers;
	}

	public @Nullable String getDiscussionOpinions() {
		return discussionOpinions;
	}

	public @Nullable String getDiscussionConclusion() {
		return discussionConclusion;
	}
}
