package org.chengguan.penalty;

import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.documents.IssuedDocument;
import org.chengguan.evidence.EvidenceFile;
import org.chengguan.evidence.EvidenceManagement;
import org.chengguan.evidence.Upload;
import org.chengguan.party.NewParty;
import org.chengguan.party.PartyManagement;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.StaffManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The penalty module's API: open a lead or decide on the spot, and take each step of a proceeding. Each method loads
 * the proceeding within the caller's 辖区 (else 404), checks the version the page showed (else 409), lets the
 * aggregate decide, and publishes every step for the audit trail and the notices.
 */
@Service
@Transactional(readOnly = true)
public class PenaltyManagement {

	/** The states of a decision made (for 第二十九条 and 首违不罚), before and after its service. */
	static final EnumSet<ProceedingStatus> DECIDED = EnumSet.of(ProceedingStatus.DECIDED, ProceedingStatus.RECORDED,
			ProceedingStatus.PUBLIC_NOTICE, ProceedingStatus.SERVED);

	private final ProceedingRepository proceedings;

	private final ProceedingAssessments assessments;

	private final PartyManagement parties;

	private final StaffManagement staff;

	private final WorkingCalendar calendar;

	private final PenaltyProperties properties;

	private final ProceedingNumbers numbers;

	private final FormRangeManagement formRanges;

	private final EvidenceManagement evidence;

	private final ProceedingFiles files;

	private final ProceedingDocuments documents;

	private final ProceedingChanges changes;

	private final ApplicationEventPublisher events;

	private final PeriodClock clock;

	PenaltyManagement(ProceedingRepository proceedings, ProceedingAssessments assessments, PartyManagement parties,
			StaffManagement staff, WorkingCalendar calendar, PenaltyProperties properties, ProceedingNumbers numbers,
			FormRangeManagement formRanges, EvidenceManagement evidence, ProceedingFiles files,
			ProceedingDocuments documents,
			ProceedingChanges changes, ApplicationEventPublisher events) {
		this.proceedings = proceedings;
		this.assessments = assessments;
		this.parties = parties;
		this.staff = staff;
		this.calendar = calendar;
		this.properties = properties;
		this.numbers = numbers;
		this.formRanges = formRanges;
		this.evidence = evidence;
		this.files = files;
		this.documents = documents;
		this.changes = changes;
		this.events = events;
		this.clock = new CalendarPeriods(calendar);
	}

	/** 线索登记 by the 承办人 with the second officer, for the 承办人's own unit. */
	@Transactional
	@PreAuthorize("hasAuthority('penalty:handle')")
	public long openLead(NewLead lead, Actor actor) {
		var by = participant(actor.id(), lead.unitId());
		requireOwnUnit(actor, lead.unitId());
		var now = calendar.now();
		var opened = PenaltyProceeding.openLead(numbers.next(Year.from(calendar.today())), lead, by,
				participant(lead.coHandlerId(), lead.unitId()), now, clock);
		return changes.open(opened).getId();
	}

	/**
	 * 线索登记 for a party as the officer found them: the party is found again by its number or registered, in the
	 * same transaction as the lead (nothing is kept when the lead is refused).
	 */
	@Transactional
	@PreAuthorize("hasAuthority('penalty:handle')")
	public long openLead(NewParty party, NewLead lead, Actor actor) {
		var partyId = parties.register(party, actor.username());
		return openLead(lead.of(partyId), actor);
	}

	/** 简易程序 当场处罚决定 by two officers (《行政处罚法》第五十一条). */
	@Transactional
	@PreAuthorize("hasAuthority('penalty:handle')")
	public long decideOnSite(OnSiteDecision decision, Actor actor) {
		var lead = decision.lead();
		requireOwnUnit(actor, lead.unitId());
		var party = assessments.partyKind(lead.partyId());
		var decided = PenaltyProceeding.decideOnSite(numbers.next(Year.from(calendar.today())),
				formRanges.next(lead.unitId()), decision, participant(actor.id(), lead.unitId()),
				participant(lead.coHandlerId(), lead.unitId()), party, properties.thresholds(), calendar.now(), clock);
		return changes.open(decided).getId();
	}

	/** The same for a party as the officers found it, registered in the same transaction. */
	@Transactional
	@PreAuthorize("hasAuthority('penalty:handle')")
	public long decideOnSite(NewParty party, OnSiteDecision decision, Actor actor) {
		var partyId = parties.register(party, actor.username());
		return decideOnSite(new OnSiteDecision(decision.lead().of(partyId), decision.penalty(), decision.informed(),
				decision.statement(), decision.cash(), decision.hardToCollect(), decision.cashReceipt()), actor);
	}

	/** 当场收缴的罚款交至行政机关 (《行政处罚法》第七十一条). */
	@Transactional
	public void handOverCash(long id, long version, @Nullable String opinion, Actor actor, DataScope scope) {
		changes.change(id, version, actor, scope, step -> step.proceeding().handOverCash(step.by(), opinion, step.at()));
	}

	/** An action without data of its own: 备案审查, 不予立案, 不予批准立案, 继续调查. */
	@Transactional
	public void act(long id, long version, ProceedingAction action, @Nullable String opinion, Actor actor,
			DataScope scope) {
		changes.change(id, version, actor, scope, step -> step.proceeding().act(action, step.by(), opinion, step.at()));
	}

	/** 提请立案. */
	@Transactional
	public void requestFiling(long id, long version, Actor actor, DataScope scope) {
		changes.change(id, version, actor, scope,
				step -> step.proceeding().requestFiling(step.by(), calendar.today(), step.at()));
	}

	/** 负责人批准延长立案前核查 (住建部令第55号第十五条). */
	@Transactional
	public void extendLeadCheck(long id, long version, String opinion, Actor actor, DataScope scope) {
		changes.change(id, version, actor, scope,
				step -> step.proceeding().extendLeadCheck(step.by(), opinion, step.at(), clock));
	}

	/** 负责人批准立案: the 立案日期 is now. */
	@Transactional
	public void approveFiling(long id, long version, @Nullable String opinion, Actor actor, DataScope scope) {
		changes.change(id, version, actor, scope,
				step -> step.proceeding().approveFiling(step.by(), opinion, step.at(), clock));
	}

	/** A record taken by the actor and the second officer it names. */
	@Transactional
	public void addRecord(long id, long version, NewRecord record, Actor actor, DataScope scope) {
		addRecord(id, version, record, List.of(), actor, scope);
	}

	/** The same with its files (photos, scans, PDFs), stored as evidence in the same transaction. */
	@Transactional
	public void addRecord(long id, long version, NewRecord record, List<Upload> files, Actor actor, DataScope scope) {
		changes.change(id, version, actor, scope, step -> {
			var ids = new ArrayList<>(record.evidenceIds());
			ids.addAll(this.files.store(files, actor));
			var withFiles = new NewRecord(record.kind(), record.title(), record.content(), record.officerId(),
					record.secondOfficerId(), ids);
			step.proceeding().addRecord(withFiles, step.by(), on(record.secondOfficerId(), step.proceeding()),
					step.at(), clock);
		});
	}

	/** Every evidence file of the proceeding (records and service attempts), for its archive. */
	public List<EvidenceFile> evidenceFiles(long id, DataScope scope) {
		var proceeding = get(id, scope);
		return documents.evidenceOf(proceeding).stream().map(e -> evidence.find(e.id()).orElseThrow()).toList();
	}

	/** An evidence file of one of the proceeding's records, if the viewer may see the proceeding. */
	public Optional<EvidenceFile> evidenceOf(long id, long evidenceId, DataScope scope) {
		var proceeding = get(id, scope);
		var belongs = proceeding.getRecords().stream().anyMatch(r -> r.getEvidenceIds().contains(evidenceId))
				|| proceeding.getServiceAttempts().stream().anyMatch(a -> a.getEvidenceIds().contains(evidenceId));
		return belongs ? evidence.find(evidenceId) : Optional.empty();
	}

	/** 负责人 decides a 先行登记保存 or a 回避 request. */
	@Transactional
	public void decideRecord(long id, long version, int seq, boolean approved, @Nullable String note, Actor actor,
			DataScope scope) {
		changes.change(id, version, actor, scope,
				step -> step.proceeding().decideRecord(seq, approved, step.by(), note, step.at()));
	}

	/** 调查终结 with the proposal. */
	@Transactional
	public void conclude(long id, long version, ProposedOutcome proposed, Actor actor, DataScope scope) {
		changes.change(id, version, actor, scope, step -> step.proceeding()
			.conclude(proposed, assessments.of(step.proceeding(), proposed.benchmarkId()), step.by(), step.at()));
	}

	/** 提交审批: the route is derived from the facts and the configured thresholds, and stored. */
	@Transactional
	public void submit(long id, long version, Actor actor, DataScope scope) {
		changes.change(id, version, actor, scope, step -> {
			var route = assessments.route(step.proceeding());
			step.proceeding().approval().submit(route, step.by(), step.at(), clock);
			events.publishEvent(new PenaltyEvents.RouteStored(id, step.proceeding().getNumber(), route.tier(),
					route.thresholdsVersion(), route.delegated(), actor.username(), step.at()));
		});
	}

	/** 审批同意 at the node at hand (a 法制审核 node with its checklist). */
	@Transactional
	public void approve(long id, long version, @Nullable String opinion, @Nullable String checklist, Actor actor,
			DataScope scope) {
		changes.change(id, version, actor, scope,
				step -> step.proceeding().approval().approve(step.by(), opinion, checklist, step.at(), clock));
	}

	/** 退回上一审批环节. */
	@Transactional
	public void returnToNode(long id, long version, String opinion, Actor actor, DataScope scope) {
		changes.change(id, version, actor, scope,
				step -> step.proceeding().approval().returnToNode(step.by(), opinion, step.at(), clock));
	}

	/** 退回补充调查 ({@link ProceedingAction#RETURN}) or 不同意 ({@link ProceedingAction#REJECT}). */
	@Transactional
	public void sendBack(long id, long version, ProceedingAction back, String opinion, Actor actor, DataScope scope) {
		changes.change(id, version, actor, scope,
				step -> step.proceeding().approval().send(back, step.by(), opinion, step.at()));
	}

	/** 送达事先告知书 by the actor and the second officer. */
	@Transactional
	public void serveNotice(long id, long version, String method, long secondOfficerId, Actor actor,
			DataScope scope) {
		changes.change(id, version, actor, scope, step -> {
			var proceeding = step.proceeding();
			var eligible = properties.thresholds().hearingEligible(assessments.facts(proceeding));
			proceeding.hearing().serveNotice(step.by(), on(secondOfficerId, proceeding), method, eligible,
					properties.statementWorkingDays(), step.at(), clock);
		});
	}

	/** 陈述申辩, adopted or not; an adopted point may lighten the proposal ({@code revised}). */
	@Transactional
	public void recordStatement(long id, long version, NewRecord statement, boolean adopted, String response,
			@Nullable ProposedOutcome revised, Actor actor, DataScope scope) {
		changes.change(id, version, actor, scope, step -> {
			var proceeding = step.proceeding();
			var assessment = assessments.of(proceeding,
					revised == null ? proceeding.getProposal().getBenchmarkId() : revised.benchmarkId());
			proceeding.hearing().recordStatement(statement, adopted, response, revised, assessment, step.by(),
					on(statement.secondOfficerId(), proceeding), step.at(), clock);
		});
	}

	/** 书面放弃陈述申辩、听证. */
	@Transactional
	public void recordWaiver(long id, long version, NewRecord waiver, Actor actor, DataScope scope) {
		changes.change(id, version, actor, scope, step -> step.proceeding().hearing().recordWaiver(waiver, step.by(),
				on(waiver.secondOfficerId(), step.proceeding()), step.at(), clock));
	}

	/** 当事人要求听证. */
	@Transactional
	public void requestHearing(long id, long version, Actor actor, DataScope scope) {
		changes.change(id, version, actor, scope,
				step -> step.proceeding().hearing().requestHearing(step.by(), step.at(), clock));
	}

	/** 安排听证. */
	@Transactional
	public void scheduleHearing(long id, long version, HearingPlan plan, Actor actor, DataScope scope) {
		// the host holds the hearing on this system: one of the 法制股 (who alone may hold it here)
		if (staff.holdersAmong(java.util.Set.of(plan.hostId()), "penalty:approve:legal").isEmpty()) {
			throw new PenaltyTransitionException("penalty.error.hearingHost");
		}
		changes.change(id, version, actor, scope,
				step -> step.proceeding().hearing().scheduleHearing(plan, step.by(), step.at(), clock));
	}

	/** 举行听证, the transcript signed by the host and the clerk it names. */
	@Transactional
	public void holdHearing(long id, long version, NewRecord transcript, Actor actor, DataScope scope) {
		changes.change(id, version, actor, scope, step -> step.proceeding().hearing().holdHearing(transcript, step.by(),
				on(transcript.secondOfficerId(), step.proceeding()), step.at(), clock));
	}

	/** 当事人未出席听证. */
	@Transactional
	public void hearingAbsent(long id, long version, String opinion, Actor actor, DataScope scope) {
		changes.change(id, version, actor, scope,
				step -> step.proceeding().hearing().hearingAbsent(step.by(), opinion, step.at(), clock));
	}

	/** 陈述申辩期结束. */
	@Transactional
	public void endStatementPeriod(long id, long version, Actor actor, DataScope scope) {
		changes.change(id, version, actor, scope,
				step -> step.proceeding().hearing().endStatementPeriod(step.by(), step.at(), clock));
	}

	/** 法制审核 after the 告知 (a hearing or a changed penalty). */
	@Transactional
	public void review(long id, long version, boolean passed, @Nullable String opinion, String checklist, Actor actor,
			DataScope scope) {
		changes.change(id, version, actor, scope,
				step -> step.proceeding().approval().review(passed, step.by(), opinion, checklist, step.at(), clock));
	}

	/** 集体讨论记录 by its chair. */
	@Transactional
	public void recordDiscussion(long id, long version, DiscussionRecord discussion, Actor actor, DataScope scope) {
		changes.change(id, version, actor, scope,
				step -> step.proceeding().approval().recordDiscussion(discussion, step.by(), step.at(), clock));
	}

	/** 负责人作出处罚决定. */
	@Transactional
	public void decide(long id, long version, Actor actor, DataScope scope) {
		changes.change(id, version, actor, scope, step -> step.proceeding()
			.decide(step.by(), assessments.of(step.proceeding(), step.proceeding().getProposal().getBenchmarkId()),
					step.at(), clock));
	}

	/** The proceeding's 文书 in the order issued, corrections after what they replace. */
	public List<IssuedDocument> documents(long id, DataScope scope) {
		return documents.of(get(id, scope));
	}

	/** One of the proceeding's 文书; empty when it is another's. */
	public Optional<IssuedDocument> document(long id, long documentId, DataScope scope) {
		return documents.of(get(id, scope)).stream().filter(d -> d.getId() == documentId).findFirst();
	}

	/** 更正 by the 法制股: the document issued again from the records as they are now, with the same 文号. */
	@Transactional
	@PreAuthorize("hasAuthority('penalty:approve:legal')")
	public IssuedDocument correctDocument(long id, long documentId, String reason, Actor actor, DataScope scope) {
		var proceeding = get(id, scope);
		var document = document(id, documentId, scope).orElseThrow(() -> new PenaltyNotFoundException(id));
		return documents.correct(proceeding, document, reason, actor.username(), calendar.now());
	}

	/** The proceeding in the scope (collections loaded); 404 outside it. */
	public PenaltyProceeding get(long id, DataScope scope) {
		var proceeding = proceedings.findById(id).filter(p -> visible(p, scope))
			.orElseThrow(() -> new PenaltyNotFoundException(id));
		proceeding.getSteps().size();
		return proceeding;
	}

	private Participant on(long staffId, PenaltyProceeding proceeding) {
		return participant(staffId, proceeding.getAct().getUnitId());
	}

	/** The person as the rules see them on this proceeding. */
	public Participant participant(long staffId, long unitId) {
		return changes.participant(staffId, unitId);
	}

	/** Squads see their own unit's proceedings (and brigades those below them), the 法制股 and leaders all. */
	static boolean visible(PenaltyProceeding proceeding, DataScope scope) {
		var act = proceeding.getAct();
		return scope.coversOrgUnit(act.getUnitId())
				|| act.getStreetCode() != null && scope.coversRegion(act.getStreetCode());
	}

	private void requireOwnUnit(Actor actor, long unitId) {
		if (!staff.standing(actor.id()).orgUnitSubtree().contains(unitId)) {
			throw new PenaltyTransitionException("penalty.actor.unit");
		}
	}
}
