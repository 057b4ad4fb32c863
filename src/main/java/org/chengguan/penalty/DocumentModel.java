package org.chengguan.penalty;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chengguan.party.PartyView;
import org.jspecify.annotations.Nullable;

/**
 * What a proceeding's document is rendered from, as {@code m} in its template: the proceeding with its records, the
 * party in full (a document goes to the party), the benchmark version it used, the names and 执法证 numbers of the
 * people in it, the collecting bank, the 陈述申辩 period in working days, and the record or the service attempt the
 * document is of, if it is of one (a 笔录, a 送达回证), the decision's 文号 once it has one, and whether it is the copy for
 * the public (a person's name masked, no identity number, no address: 《行政处罚法》第四十八条), and what is owed on the
 * document's day while a fine is unpaid (a 催告书 states it).
 */
public record DocumentModel(PenaltyProceeding proceeding, PartyView party, @Nullable BenchmarkEntry benchmark,
		Map<Long, String> people, Map<Long, String> certificates, PenaltyProperties.Bank bank, int statementDays,
		@Nullable ProceedingRecord record, @Nullable ServiceAttempt attempt, @Nullable String decisionNumber,
		boolean forPublic, @Nullable AmountOwed owed) {

	private static final Set<RecordKind> EVIDENCE = Set.of(RecordKind.INSPECTION, RecordKind.INQUIRY,
			RecordKind.EVIDENCE, RecordKind.PRESERVATION);

	public String name(@Nullable Long staffId) {
		return staffId == null ? "—" : people.getOrDefault(staffId, "—");
	}

	public String certificate(@Nullable Long staffId) {
		return staffId == null ? "—" : certificates.getOrDefault(staffId, "—");
	}

	/** The records that prove the facts (笔录 and evidence), in the order taken. */
	public List<ProceedingRecord> evidence() {
		return proceeding.getRecords().stream().filter(r -> EVIDENCE.contains(r.getKind())).toList();
	}

	/** The latest step of an action ({@link ProceedingAction} by name), if taken. */
	public @Nullable ProceedingStep step(String action) {
		var wanted = ProceedingAction.valueOf(action);
		return proceeding.getSteps()
			.stream()
			.filter(s -> s.getAction() == wanted)
			.reduce((first, second) -> second)
			.orElse(null);
	}

	/** The latest decision of the 法制审核 (at its node of the route, or after a hearing). */
	public @Nullable ApprovalStep legalReview() {
		return proceeding.getApprovals()
			.stream()
			.filter(a -> a.getLevel() == ApprovalLevel.LEGAL_REVIEW)
			.reduce((first, second) -> second)
			.orElse(null);
	}

	/** The decisions of the route's current round, in order (the 案件处理审批表). */
	public List<ApprovalStep> approvalsOfRound() {
		var round = proceeding.getRoute().getRound();
		return proceeding.getApprovals().stream().filter(a -> a.getRound() == round).toList();
	}

	/** A 法制审核 checklist as its items, each with its verdict ({@code OK} or {@code ISSUE}). */
	public List<List<String>> checklistItems(@Nullable String checklist) {
		if (checklist == null || checklist.isBlank()) {
			return List.of();
		}
		return java.util.Arrays.stream(checklist.split(";"))
			.map(item -> item.split("=", 2))
			.filter(parts -> parts.length == 2)
			.map(parts -> List.of(parts[0], parts[1]))
			.toList();
	}

	/** The latest 陈述申辩 record, if the party made one. */
	public @Nullable ProceedingRecord statement() {
		return proceeding.getRecords()
			.stream()
			.filter(r -> r.getKind() == RecordKind.STATEMENT)
			.reduce((first, second) -> second)
			.orElse(null);
	}
}
