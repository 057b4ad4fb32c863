package org.chengguan.penalty;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A record of a proceeding, taken by two certified officers (《行政处罚法》第四十二条、第五十五条), with the evidence
 * files it refers to; 先行登记保存 and 回避 carry the 负责人's decision, a 陈述申辩 whether it was adopted.
 */
@Entity
@Table(name = "penalty_record")
public class ProceedingRecord {

	/** How a record that needs one was decided. */
	public enum Decision {
		APPROVED, REFUSED, ADOPTED, NOT_ADOPTED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "proceeding_id")
	private @Nullable PenaltyProceeding proceeding;

	private int seq;

	@Enumerated(EnumType.STRING)
	private RecordKind kind;

	private String title;

	private String content;

	private long officerId;

	private long secondOfficerId;

	private @Nullable String evidenceIds;

	private Instant recordedAt;

	@Enumerated(EnumType.STRING)
	private @Nullable Decision decision;

	private @Nullable Long decidedById;

	private @Nullable Instant decidedAt;

	private @Nullable String decisionNote;

	protected ProceedingRecord() {
		this.kind = RecordKind.INQUIRY;
		this.title = "";
		this.content = "";
		this.recordedAt = Instant.EPOCH;
	}

	ProceedingRecord(PenaltyProceeding proceeding, int seq, NewRecord record, Instant at) {
		this.proceeding = proceeding;
		this.seq = seq;
		this.kind = record.kind();
		this.title = record.title().strip();
		this.content = record.content().strip();
		this.officerId = record.officerId();
		this.secondOfficerId = record.secondOfficerId();
		this.evidenceIds = record.evidenceIds().isEmpty() ? null
				: String.join(",", record.evidenceIds().stream().map(String::valueOf).toList());
		this.recordedAt = at;
	}

	void decide(Decision decision, long by, @Nullable String note, Instant at) {
		this.decision = decision;
		this.decidedById = by;
		this.decisionNote = note;
		this.decidedAt = at;
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("Record not saved");
		}
		return id;
	}

	public int getSeq() {
		return seq;
	}

	public RecordKind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public String getContent() {
		return content;
	}

	public long getOfficerId() {
		return officerId;
	}

	public long getSecondOfficerId() {
		return secondOfficerId;
	}

	public java.util.List<Long> getEvidenceIds() {
		return evidenceIds == null ? java.util.List.of()
				: java.util.Arrays.stream(evidenceIds.split(",")).map(Long::valueOf).toList();
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public @Nullable Decision getDecision() {
		return decision;
	}

	public @Nullable Long getDecidedById() {
		return decidedById;
	}

	public @Nullable Instant getDecidedAt() {
		return decidedAt;
	}

	public @Nullable String getDecisionNote() {
		return decisionNote;
	}
}
