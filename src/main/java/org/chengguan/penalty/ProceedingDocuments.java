package org.chengguan.penalty;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.documents.DocumentKind;
import org.chengguan.documents.DocumentManagement;
import org.chengguan.documents.DocumentRequest;
import org.chengguan.documents.IssuedDocument;
import org.chengguan.evidence.EvidenceManagement;
import org.chengguan.party.PartyManagement;
import org.chengguan.staff.StaffManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The 文书 a proceeding's steps issue (domain.md §8.19), each rendered from the proceeding's own records in the step's
 * transaction: a step that fails issues nothing and takes no number.
 */
@Component
class ProceedingDocuments {

	static final String SUBJECT = "penalty";

	private final DocumentManagement documents;

	private final PartyManagement parties;

	private final BenchmarkRepository benchmarks;

	private final StaffManagement staff;

	private final WorkingCalendar calendar;

	private final PenaltyProperties properties;

	private final EvidenceManagement evidence;

	ProceedingDocuments(DocumentManagement documents, PartyManagement parties, BenchmarkRepository benchmarks,
			StaffManagement staff, WorkingCalendar calendar, PenaltyProperties properties, EvidenceManagement evidence) {
		this.documents = documents;
		this.parties = parties;
		this.benchmarks = benchmarks;
		this.staff = staff;
		this.calendar = calendar;
		this.properties = properties;
		this.evidence = evidence;
	}

	/** A document a step issues, and the record or the service attempt it is of. */
	record Issue(DocumentKind kind, @Nullable ProceedingRecord record, @Nullable ServiceAttempt attempt) {

		Issue(DocumentKind kind, @Nullable ProceedingRecord record) {
			this(kind, record, null);
		}

		@Nullable Integer item() {
			return record != null ? Integer.valueOf(record.getSeq())
					: attempt != null ? Integer.valueOf(attempt.getAttemptNo()) : null;
		}
	}

	/** The documents a step issues, in order (most issue one, some none; a plan's decision its form and its notice). */
	static List<Issue> of(PenaltyProceeding proceeding, ProceedingStep step) {
		var latest = proceeding.getRecords().isEmpty() ? null
				: proceeding.getRecords().get(proceeding.getRecords().size() - 1);
		return switch (step.getAction()) {
			case OPEN -> List.of(new Issue(DocumentKind.CASE_SOURCE, null));
			case DECIDE_ON_SITE -> List.of(new Issue(DocumentKind.ON_SITE_DECISION, null));
			case DECIDE_RECORD -> decided(proceeding);
			case CONCLUDE -> List.of(new Issue(DocumentKind.INVESTIGATION_REPORT, null));
			case APPROVE -> approved(proceeding, step);
			case PASS_REVIEW, FAIL_REVIEW -> List.of(new Issue(DocumentKind.LEGAL_OPINION, null));
			case SCHEDULE_HEARING -> List.of(new Issue(DocumentKind.HEARING_NOTICE, null));
			case RECORD_DISCUSSION -> List.of(new Issue(DocumentKind.DISCUSSION_RECORD, null));
			case APPROVE_FILING -> List.of(new Issue(DocumentKind.FILING_APPROVAL, null));
			case ADD_RECORD -> latest == null ? List.of() : recordDocument(latest);
			// 《行政处罚法》第四十四条、第六十三条：告知听证权利的，以听证告知书告知
			case SERVE_NOTICE -> List.of(new Issue(proceeding.getNotice().isHearingEligible()
					? DocumentKind.PRIOR_NOTICE_HEARING : DocumentKind.PRIOR_NOTICE, null));
			case RECORD_STATEMENT -> List.of(new Issue(DocumentKind.STATEMENT_RECORD, latest));
			case HOLD_HEARING -> List.of(new Issue(DocumentKind.HEARING_RECORD, latest),
					new Issue(DocumentKind.HEARING_REPORT, latest));
			// 《行政处罚法》第二十八条第一款：实施行政处罚时，应当责令当事人改正或者限期改正违法行为
			case DECIDE -> proceeding.getProposal().getCorrectionOrder() == null
					? List.of(new Issue(DocumentKind.CASE_APPROVAL, null), new Issue(DocumentKind.DECISION, null))
					: List.of(new Issue(DocumentKind.CASE_APPROVAL, null), new Issue(DocumentKind.DECISION, null),
							new Issue(DocumentKind.CORRECTION_ORDER, null));
			case CONFIRM_ADDRESS -> List.of(new Issue(DocumentKind.ADDRESS_CONFIRMATION, null));
			case APPROVE_CLOSE -> List.of(new Issue(DocumentKind.CLOSING_REPORT, null));
			case SERVE_REMINDER -> List.of(new Issue(DocumentKind.REMINDER, null));
			case APPLY_ENFORCEMENT -> List.of(new Issue(DocumentKind.ENFORCEMENT_APPLICATION, null));
			case APPROVE_PLAN, REFUSE_PLAN -> List.of(new Issue(DocumentKind.PLAN_APPROVAL, null),
					new Issue(DocumentKind.PLAN_NOTICE, null));
			case SERVE_DECISION -> List.of(new Issue(DocumentKind.SERVICE_RECEIPT, null, proceeding.getServiceAttempts()
				.get(proceeding.getServiceAttempts().size() - 1)));
			default -> List.of();
		};
	}

	private static List<Issue> recordDocument(ProceedingRecord record) {
		return switch (record.getKind()) {
			case INSPECTION -> List.of(new Issue(DocumentKind.INSPECTION_RECORD, record));
			case INQUIRY -> List.of(new Issue(DocumentKind.INQUIRY_RECORD, record));
			case PRESERVATION -> List.of(new Issue(DocumentKind.PRESERVATION_NOTICE, record));
			default -> List.of();
		};
	}

	/** 负责人 decided a 先行登记保存: its approval form and the decision on the items (第五十六条). */
	private static List<Issue> decided(PenaltyProceeding proceeding) {
		return proceeding.getRecords()
			.stream()
			.filter(r -> r.getDecidedAt() != null)
			.max(java.util.Comparator.comparing(ProceedingRecord::getDecidedAt))
			.filter(r -> r.getKind() == RecordKind.PRESERVATION)
			.map(r -> List.of(new Issue(DocumentKind.PRESERVATION_APPROVAL, r),
					new Issue(DocumentKind.PRESERVATION_DECISION, r)))
			.orElse(List.of());
	}

	/**
	 * An approval: at the 法制审核 node its 法制审核意见书; the last one of a case that ends without a penalty its
	 * 案件处理审批表, and the 不予行政处罚决定书 when that is the outcome.
	 */
	private static List<Issue> approved(PenaltyProceeding proceeding, ProceedingStep step) {
		var issues = new java.util.ArrayList<Issue>();
		var approvals = proceeding.getApprovals();
		if (!approvals.isEmpty() && approvals.get(approvals.size() - 1).getLevel() == ApprovalLevel.LEGAL_REVIEW) {
			issues.add(new Issue(DocumentKind.LEGAL_OPINION, null));
		}
		if (step.getTo() == ProceedingStatus.NO_PENALTY || step.getTo() == ProceedingStatus.TRANSFERRED) {
			issues.add(new Issue(DocumentKind.CASE_APPROVAL, null));
		}
		if (step.getTo() == ProceedingStatus.NO_PENALTY) {
			issues.add(new Issue(DocumentKind.NO_PENALTY_DECISION, null));
		}
		return issues;
	}

	/** Issues the step's document, if it has one. */
	void issueFor(PenaltyProceeding proceeding, ProceedingStep step) {
		if (step.getAction() == ProceedingAction.ARCHIVE) {
			archive(proceeding, step);
			return;
		}
		for (var issue : of(proceeding, step)) {
			documents.issue(request(proceeding, issue, step.getAt(), step.getActorName()));
		}
	}

	/** 立卷: every document issued so far (corrections after what they replace), with the evidence list. */
	private void archive(PenaltyProceeding proceeding, ProceedingStep step) {
		var model = model(proceeding, null, null);
		var files = evidenceOf(proceeding);
		documents.issueFile(new DocumentRequest(DocumentKind.CASE_FILE, SUBJECT, proceeding.getId(), null,
				model.party().name(), step.getAt().atZone(calendar.zone()).toLocalDate(),
				Map.of("m", model, "files", files), null, step.getActorName()), of(proceeding));
	}

	/** The evidence files of the proceeding's records and service attempts, in the order taken. */
	List<EvidenceEntry> evidenceOf(PenaltyProceeding proceeding) {
		var entries = new java.util.ArrayList<EvidenceEntry>();
		proceeding.getRecords().forEach(r -> r.getEvidenceIds().forEach(id -> evidence.find(id).ifPresent(
				f -> entries.add(new EvidenceEntry(id, r.getTitle().isBlank() ? f.getOriginalName()
						: r.getTitle() + " · " + f.getOriginalName(), f.getSha256(), f.getStoredAt())))));
		proceeding.getServiceAttempts().forEach(a -> a.getEvidenceIds().forEach(id -> evidence.find(id).ifPresent(
				f -> entries.add(new EvidenceEntry(id, f.getOriginalName(), f.getSha256(), f.getStoredAt())))));
		return entries;
	}

	List<IssuedDocument> of(PenaltyProceeding proceeding) {
		return documents.of(SUBJECT, proceeding.getId());
	}

	/** 更正: the document issued again from the proceeding's records as they are now, as the next version. */
	IssuedDocument correct(PenaltyProceeding proceeding, IssuedDocument document, String reason, String by,
			Instant at) {
		var item = document.getItem();
		var issue = document.getKind() == DocumentKind.SERVICE_RECEIPT
				? new Issue(document.getKind(), null, proceeding.getServiceAttempts()
					.stream().filter(a -> Objects.equals(a.getAttemptNo(), item)).findFirst().orElse(null))
				: new Issue(document.getKind(), proceeding.getRecords()
					.stream().filter(r -> Objects.equals(r.getSeq(), item)).findFirst().orElse(null));
		return documents.correct(document.getId(), request(proceeding, issue, at, by), reason);
	}

	private DocumentRequest request(PenaltyProceeding proceeding, Issue issue, Instant at, String by) {
		var model = model(proceeding, issue.record(), issue.attempt());
		var kind = issue.kind();
		return new DocumentRequest(kind, SUBJECT, proceeding.getId(), issue.item(), model.party().name(),
				at.atZone(calendar.zone()).toLocalDate(), Map.of("m", model),
				kind.preNumbered() ? proceeding.getFormNumber() : null, by);
	}

	DocumentModel model(PenaltyProceeding proceeding, @Nullable ProceedingRecord record,
			@Nullable ServiceAttempt attempt) {
		return model(proceeding, record, attempt, false);
	}

	/** The public copy of the decision (公示), with its party as the public may see it. */
	Optional<PublicCopy> publicDecision(PenaltyProceeding proceeding) {
		return of(proceeding).stream()
			.filter(d -> d.getKind() == DocumentKind.DECISION)
			.reduce((first, second) -> second)
			.map(decision -> {
				var model = model(proceeding, null, null, true);
				var request = new DocumentRequest(DocumentKind.DECISION, SUBJECT, proceeding.getId(), null,
						model.party().name(), decision.getIssuedAt().atZone(calendar.zone()).toLocalDate(),
						Map.of("m", model), null, "public");
				return new PublicCopy(decision, documents.publicCopy(decision, request));
			});
	}

	/** The decision as issued, and its copy for the public. */
	record PublicCopy(IssuedDocument issued, byte[] pdf) {
	}

	private DocumentModel model(PenaltyProceeding proceeding, @Nullable ProceedingRecord record,
			@Nullable ServiceAttempt attempt, boolean forPublic) {
		var partyId = proceeding.getAct().getPartyId();
		var party = (forPublic ? parties.find(partyId) : parties.forDocuments(partyId))
			.orElseThrow(() -> new PenaltyTransitionException("penalty.error.party"));
		var benchmarkId = proceeding.getProposal().getBenchmarkId();
		var benchmark = benchmarkId == null ? null : benchmarks.findWithLevels(benchmarkId).orElse(null);
		var ids = new HashSet<Long>(List.of(proceeding.getAct().getHandlerId(), proceeding.getAct().getCoHandlerId()));
		proceeding.getRecords().forEach(r -> {
			ids.add(r.getOfficerId());
			ids.add(r.getSecondOfficerId());
		});
		proceeding.getApprovals().forEach(a -> ids.add(a.getApproverId()));
		proceeding.getServiceAttempts().forEach(a -> {
			ids.add(a.getOfficerId());
			ids.add(a.getSecondOfficerId());
		});
		Stream.of(proceeding.getNotice().getHearingHostId(), proceeding.getDiscussion().getDiscussionChairId(),
				proceeding.getSignedById())
			.filter(Objects::nonNull)
			.forEach(ids::add);
		var people = new HashMap<Long, String>();
		staff.summaries(ids).forEach(s -> people.put(s.id(), s.name()));
		var certificates = new HashMap<Long, String>();
		ids.forEach(id -> {
			var number = staff.certificateOf(id).number();
			if (number != null) {
				certificates.put(id, number);
			}
		});
		return new DocumentModel(proceeding, party, benchmark, people, certificates, properties.bank(),
				properties.statementWorkingDays(), record, attempt, of(proceeding).stream()
					.filter(d -> d.getKind() == DocumentKind.DECISION || d.getKind() == DocumentKind.ON_SITE_DECISION)
					.map(IssuedDocument::getNumber)
					.reduce((first, second) -> second)
					.orElse(null), forPublic,
				proceeding.enforcing().owed(calendar.today(), new CalendarPeriods(calendar)));
	}
}
