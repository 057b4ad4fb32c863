package org.chengguan.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * A 复议 or a 诉讼 against the decision (domain.md §8.11): when the party filed it, with which body and under which case
 * number, and, once decided, its outcome. While it is pending no 加处罚款 accrues (《行政处罚法》第七十三条第三款) and
 * nothing is enforced.
 */
@Embeddable
public class Remedy {

	private int seq;

	@Enumerated(EnumType.STRING)
	private RemedyKind kind;

	private LocalDate filedOn;

	private String body;

	private @Nullable String reference;

	@Enumerated(EnumType.STRING)
	private @Nullable RemedyOutcome outcome;

	private @Nullable LocalDate decidedOn;

	private @Nullable String note;

	private @Nullable BigDecimal changedFine;

	protected Remedy() {
		this.kind = RemedyKind.RECONSIDERATION;
		this.filedOn = LocalDate.EPOCH;
		this.body = "";
	}

	Remedy(int seq, RemedyKind kind, LocalDate filedOn, String body, @Nullable String reference) {
		this.seq = seq;
		this.kind = kind;
		this.filedOn = filedOn;
		this.body = body;
		this.reference = reference;
	}

	void decide(RemedyOutcome outcome, LocalDate decidedOn, @Nullable String note, @Nullable BigDecimal changedFine) {
		this.outcome = outcome;
		this.decidedOn = decidedOn;
		this.note = note;
		this.changedFine = changedFine;
	}

	public boolean isPending() {
		return outcome == null;
	}

	/** The days it was pending, both included, up to {@code asOf} while it still is. */
	FineDeadlines.Pending pendingUntil(LocalDate asOf) {
		return new FineDeadlines.Pending(filedOn, decidedOn == null ? asOf : decidedOn);
	}

	public int getSeq() {
		return seq;
	}

	public RemedyKind getKind() {
		return kind;
	}

	public LocalDate getFiledOn() {
		return filedOn;
	}

	public String getBody() {
		return body;
	}

	public @Nullable String getReference() {
		return reference;
	}

	public @Nullable RemedyOutcome getOutcome() {
		return outcome;
	}

	public @Nullable LocalDate getDecidedOn() {
		return decidedOn;
	}

	public @Nullable String getNote() {
		return note;
	}

	/** The fine as the 复议 or the court changed it, if it did. */
	public @Nullable BigDecimal getChangedFine() {
		return changedFine;
	}
}
