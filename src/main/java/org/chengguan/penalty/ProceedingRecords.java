package org.chengguan.penalty;

import java.time.Instant;
import java.util.List;

/** The records of one proceeding, as its rules ask about them (the list stays the aggregate's). */
final class ProceedingRecords {

	private final PenaltyProceeding owner;

	private final List<ProceedingRecord> records;

	ProceedingRecords(PenaltyProceeding owner, List<ProceedingRecord> records) {
		this.owner = owner;
		this.records = records;
	}

	ProceedingRecord add(NewRecord record, Instant at) {
		var added = new ProceedingRecord(owner, records.size() + 1, record, at);
		records.add(added);
		return added;
	}

	/** A 先行登记保存 or 回避 record still waiting for the 负责人. */
	ProceedingRecord awaitingDecision(int seq) {
		return records.stream()
			.filter(r -> r.getSeq() == seq && r.getDecision() == null
					&& (r.getKind() == RecordKind.PRESERVATION || r.getKind() == RecordKind.RECUSAL))
			.findFirst()
			.orElseThrow(() -> new PenaltyTransitionException("penalty.error.noSuchRecord"));
	}

	/** Whether a 先行登记保存 or 回避 record waits for the 负责人. */
	boolean anyAwaitingDecision() {
		return records.stream()
			.anyMatch(r -> r.getDecision() == null
					&& (r.getKind() == RecordKind.PRESERVATION || r.getKind() == RecordKind.RECUSAL));
	}

	/** At least one record of the facts (a 回避 request is not one). */
	boolean hasEvidence() {
		return records.stream().anyMatch(r -> r.getKind() != RecordKind.RECUSAL);
	}

	boolean preservationUndecided() {
		return records.stream().anyMatch(r -> r.getKind() == RecordKind.PRESERVATION && r.getDecision() == null);
	}

	boolean has(RecordKind kind) {
		return records.stream().anyMatch(r -> r.getKind() == kind);
	}

	/** Whether the person took a record of the case (an investigator, 第六十四条). */
	boolean takenBy(long staffId) {
		return records.stream().anyMatch(r -> r.getOfficerId() == staffId || r.getSecondOfficerId() == staffId);
	}
}
