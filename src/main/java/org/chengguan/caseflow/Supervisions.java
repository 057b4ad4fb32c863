package org.chengguan.caseflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.jspecify.annotations.Nullable;

/** A case's 督办 (R5): each with its level, its own due date and the required written answer. */
@Embeddable
class Supervisions {

	@OneToMany(mappedBy = "enforcementCase", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<Supervision> supervisions = new ArrayList<>();

	/** 挂牌督办 of a leadership instruction (领导交办), flagged from the start. */
	@Enumerated(EnumType.STRING)
	private @Nullable SupervisionLevel supervisionLevel;

	void flag(SupervisionLevel level) {
		this.supervisionLevel = level;
	}

	@Nullable SupervisionLevel level() {
		return supervisionLevel;
	}

	/** Whether the case is under 督办: flagged, or with a 督办 not answered yet. */
	boolean active() {
		return supervisionLevel != null || supervisions.stream().anyMatch(s -> s.getReply() == null);
	}

	/**
	 * Raises a 督办; an automatic one (超期 → L1, 严重超期 → L2) only once per level: null when it exists already.
	 */
	@Nullable Supervision raise(EnforcementCase owner, SupervisionLevel level, boolean automatic, String reason,
			Instant dueAt, String by, Instant at) {
		if (automatic && supervisions.stream().anyMatch(s -> s.isAutomatic() && s.getLevel() == level)) {
			return null;
		}
		if (!dueAt.isAfter(at)) {
			throw new CaseTransitionException("caseflow.error.supervisionDue");
		}
		var supervision = new Supervision(owner, level, automatic, reason, dueAt, by, at);
		supervisions.add(supervision);
		return supervision;
	}

	/** The unit's written answer to one of them. */
	void answer(long supervisionId, String reply, String by, Instant at) {
		supervisions.stream()
			.filter(s -> Long.valueOf(supervisionId).equals(s.getId()))
			.findFirst()
			.orElseThrow(() -> new CaseTransitionException("caseflow.error.notAllowed"))
			.answer(reply, by, at);
	}

	List<Supervision> all() {
		return List.copyOf(supervisions);
	}
}
