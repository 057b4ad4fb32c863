package org.chengguan.caseflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.chengguan.calendar.Deadline;
import org.chengguan.calendar.DeadlineUnit;
import org.jspecify.annotations.Nullable;

/**
 * 处置: which unit handles the case, under which 处置时限 and until when, with the counts of the side branches that
 * change it — 回退 (R3), 延期 (R1), 返工 (R4) — the end of an approved 挂账 (R2), and whether it was 自行处置 (R7).
 */
@Embeddable
public class Disposal {

	/** R1: at most two extensions. */
	static final int MAX_EXTENSIONS = 2;

	/** R3: after two returns the 值班长's next dispatch designates the unit. */
	static final int RETURNS_BEFORE_DESIGNATION = 2;

	private @Nullable Long unitId;

	private @Nullable Integer disposeLimitAmount;

	@Enumerated(EnumType.STRING)
	private @Nullable DeadlineUnit disposeLimitUnit;

	private @Nullable Instant disposeDueAt;

	private boolean designated;

	private int returnCount;

	private int extensionCount;

	private int reworkCount;

	private @Nullable LocalDate holdUntil;

	private boolean selfDisposed;

	/** The 立案条件's limit (or the hotline's, on 不满意重办). */
	void limit(Deadline limit) {
		this.disposeLimitAmount = limit.amount();
		this.disposeLimitUnit = limit.unit();
	}

	Optional<Deadline> limit() {
		return disposeLimitAmount == null || disposeLimitUnit == null ? Optional.empty()
				: Optional.of(new Deadline(disposeLimitAmount, disposeLimitUnit));
	}

	void dueAt(@Nullable Instant dueAt) {
		this.disposeDueAt = dueAt;
	}

	/** #8 派遣: a unit dispatched to after two returns is designated and may not return the case (R3). */
	void dispatchTo(long unitId) {
		this.unitId = unitId;
		this.designated = returnCount >= RETURNS_BEFORE_DESIGNATION;
	}

	/** #11 回退: the unit gives the case back, unless it was designated. */
	void returned() {
		if (designated) {
			// 潍坊12345条例 Art. 22 by analogy: a designated unit cannot return the case (R3).
			throw new CaseTransitionException("caseflow.error.designated");
		}
		returnCount++;
		unitId = null;
		disposeDueAt = null;
	}

	/** R1: asked before the deadline, at most two approvals. */
	void requireExtensible(Instant at) {
		if (extensionCount >= MAX_EXTENSIONS) {
			throw new CaseTransitionException("caseflow.error.extensionMax");
		}
		if (disposeDueAt == null || !at.isBefore(disposeDueAt)) {
			throw new CaseTransitionException("caseflow.error.extensionLate");
		}
	}

	/** R1: the new deadline asked for lies after the current one, at most {@code latest} (one original limit on). */
	void requireExtensionTo(Instant untilAt, Instant latest, Instant at) {
		requireExtensible(at);
		if (disposeDueAt == null || !untilAt.isAfter(disposeDueAt) || untilAt.isAfter(latest)) {
			throw new CaseTransitionException("caseflow.error.extensionUntil");
		}
	}

	boolean mayExtend() {
		return extensionCount < MAX_EXTENSIONS;
	}

	/** R1 批准: to the date asked for or an earlier one, after the current deadline; it counts as one extension. */
	void extendTo(LocalDate grantedOn, LocalDate asked, Instant dueAt) {
		if (grantedOn.isAfter(asked) || disposeDueAt == null || !dueAt.isAfter(disposeDueAt)) {
			throw new CaseTransitionException("caseflow.error.extensionGranted");
		}
		this.disposeDueAt = dueAt;
		extensionCount++;
	}

	void reworked() {
		reworkCount++;
	}

	/** R7 自行处置: fixed on the spot by the person who reported it. */
	void selfDisposed() {
		this.selfDisposed = true;
	}

	void hold(@Nullable LocalDate until) {
		this.holdUntil = until;
	}

	/** 不满意重办: back to the same unit on a new limit, its deadline set when the 处置 clock starts again. */
	void reopen(Deadline limit) {
		if (unitId == null) {
			throw new CaseTransitionException("caseflow.error.notAllowed");
		}
		limit(limit);
		disposeDueAt = null;
	}

	public @Nullable Long getUnitId() {
		return unitId;
	}

	public @Nullable Instant getDisposeDueAt() {
		return disposeDueAt;
	}

	public boolean isDesignated() {
		return designated;
	}

	public int getReturnCount() {
		return returnCount;
	}

	public int getExtensionCount() {
		return extensionCount;
	}

	public int getReworkCount() {
		return reworkCount;
	}

	public @Nullable LocalDate getHoldUntil() {
		return holdUntil;
	}

	public boolean isSelfDisposed() {
		return selfDisposed;
	}
}
