package org.chengguan.penalty;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.party.PartyManagement;
import org.chengguan.party.PartyView;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.OfficerStanding;
import org.chengguan.staff.StaffManagement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The desks of the penalty module: 案件台 for the officers, 待审批 for every level, and the list by state. */
@Component
@Transactional(readOnly = true)
class ProceedingDesk {

	/** Where a proceeding waits for a decision, the action that takes it. */
	static final Map<ProceedingStatus, ProceedingAction> DECISIONS = Map.of(ProceedingStatus.ON_SITE_DECIDED,
			ProceedingAction.RECORD_ON_SITE, ProceedingStatus.FILING, ProceedingAction.APPROVE_FILING,
			ProceedingStatus.IN_APPROVAL, ProceedingAction.APPROVE, ProceedingStatus.HEARING_REQUESTED,
			ProceedingAction.SCHEDULE_HEARING, ProceedingStatus.HEARING_SCHEDULED, ProceedingAction.HOLD_HEARING,
			ProceedingStatus.LEGAL_REVIEW, ProceedingAction.PASS_REVIEW, ProceedingStatus.COLLECTIVE_DISCUSSION,
			ProceedingAction.RECORD_DISCUSSION, ProceedingStatus.DECISION_PENDING, ProceedingAction.DECIDE);

	static final Set<ProceedingStatus> FINISHED = EnumSet.of(ProceedingStatus.NO_CASE, ProceedingStatus.NO_PENALTY,
			ProceedingStatus.TRANSFERRED, ProceedingStatus.RECORDED);

	private final ProceedingRepository proceedings;

	private final PartyManagement parties;

	private final StaffManagement staff;

	private final WorkingCalendar calendar;

	private final BenchmarkRepository benchmarks;

	ProceedingDesk(ProceedingRepository proceedings, PartyManagement parties, StaffManagement staff,
			WorkingCalendar calendar, BenchmarkRepository benchmarks) {
		this.proceedings = proceedings;
		this.benchmarks = benchmarks;
		this.parties = parties;
		this.staff = staff;
		this.calendar = calendar;
	}

	/** 案件台: what the person works as 承办人 or 协办人, the nearest due day first. */
	List<ProceedingRow> worked(Actor actor) {
		return rows(proceedings.findWorkedBy(actor.id(), FINISHED)).stream()
			.sorted(Comparator.comparing(ProceedingRow::nextDue, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	/** 待审批: what waits for this person's decision now (their rule allows them to take it), oldest first. */
	List<ProceedingRow> inbox(Actor actor, DataScope scope) {
		var standing = staff.standing(actor.id());
		var waiting = inScope(DECISIONS.keySet(), scope).stream()
			.filter(p -> p.refusal(DECISIONS.get(p.getStatus()), participant(standing, p)).isEmpty())
			.toList();
		return rows(waiting).stream()
			.sorted(Comparator.comparing(ProceedingRow::nextDue, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	long waiting(Actor actor, DataScope scope) {
		var standing = staff.standing(actor.id());
		return inScope(DECISIONS.keySet(), scope).stream()
			.filter(p -> p.refusal(DECISIONS.get(p.getStatus()), participant(standing, p)).isEmpty())
			.count();
	}

	/** A party's proceedings that the viewer may see, newest first (its history: 首违不罚, 第二十九条). */
	List<ProceedingRow> ofParty(long partyId, DataScope scope) {
		return rows(proceedings.findByActPartyIdOrderByOpenedAtDesc(partyId)
			.stream()
			.filter(p -> PenaltyManagement.visible(p, scope))
			.toList());
	}

	/** A party's record by violation (the benchmark's code): how many proceedings, how many decided, the last act. */
	record Violation(String code, String name, long proceedings, long decided, LocalDate lastActOn) {
	}

	List<Violation> violationsOf(long partyId, DataScope scope) {
		var visible = proceedings.findByActPartyIdOrderByOpenedAtDesc(partyId).stream()
			.filter(p -> PenaltyManagement.visible(p, scope) && p.getProposal().getBenchmarkId() != null)
			.toList();
		var entries = new HashMap<Long, BenchmarkEntry>();
		benchmarks.findAllById(visible.stream().map(p -> p.getProposal().getBenchmarkId()).toList())
			.forEach(e -> entries.put(e.getId(), e));
		return visible.stream()
			.collect(Collectors.groupingBy(p -> entries.get(p.getProposal().getBenchmarkId()).getCode(),
					java.util.TreeMap::new, Collectors.toList()))
			.entrySet().stream()
			.map(group -> new Violation(group.getKey(),
					entries.get(group.getValue().get(0).getProposal().getBenchmarkId()).getName(),
					group.getValue().size(),
					group.getValue().stream().filter(p -> PenaltyManagement.DECIDED.contains(p.getStatus())).count(),
					group.getValue().stream().map(p -> p.getAct().getActStartedOn()).max(Comparator.naturalOrder())
						.orElseThrow()))
			.toList();
	}

	/** The proceedings opened from a loop case that the viewer may see. */
	List<ProceedingRow> forCase(long caseId, DataScope scope) {
		return rows(proceedings.findByActSourceCaseIdOrderByOpenedAtDesc(caseId)
			.stream()
			.filter(p -> PenaltyManagement.visible(p, scope))
			.toList());
	}

	/** Every proceeding in the scope in these states, newest first (at most 500). */
	List<ProceedingRow> browse(Set<ProceedingStatus> statuses, DataScope scope) {
		return rows(inScope(statuses, scope));
	}

	private List<PenaltyProceeding> inScope(Set<ProceedingStatus> statuses, DataScope scope) {
		var streets = scope.regionPrefixes().stream().filter(p -> p.length() == 9).toList();
		var districts = scope.regionPrefixes().stream().filter(p -> p.length() == 6).toList();
		return proceedings.findInScope(statuses, scope.citywide(),
				scope.orgUnitIds().isEmpty() ? List.of(-1L) : scope.orgUnitIds(),
				streets.isEmpty() ? List.of("-") : streets, districts.isEmpty() ? List.of("-") : districts);
	}

	static Participant participant(OfficerStanding standing, PenaltyProceeding proceeding) {
		return new Participant(standing.staffId(), standing.name(), standing.authorities(), standing.certified(),
				standing.legalQualified(), standing.orgUnitSubtree().contains(proceeding.getAct().getUnitId()));
	}

	private List<ProceedingRow> rows(List<PenaltyProceeding> found) {
		var names = new HashMap<Long, String>();
		staff.summaries(found.stream()
			.map(p -> p.getAct().getHandlerId())
			.collect(Collectors.toSet())).forEach(s -> names.put(s.id(), s.name()));
		var today = calendar.today();
		return found.stream().map(p -> {
			var next = p.getPeriods().stream().filter(ProceedingPeriod::isRunning)
				.min(Comparator.comparing(ProceedingPeriod::getDueOn));
			var decision = p.period(PeriodKind.DECISION).filter(ProceedingPeriod::isRunning);
			var facts = p.getAct().getFacts();
			return new ProceedingRow(p.getId(), p.getNumber(), p.getProcedure(), p.getStatus(),
					p.getRoute().getTier(), p.levelAtHand(), parties.find(p.getAct().getPartyId())
						.map(PartyView::name)
						.orElse("—"),
					facts.length() > 60 ? facts.substring(0, 60) + "…" : facts,
					names.getOrDefault(p.getAct().getHandlerId(), "—"), next.map(ProceedingPeriod::getKind).orElse(null),
					next.map(ProceedingPeriod::getDueOn).orElse(null),
					decision.map(ProceedingPeriod::getDueOn).orElse(null),
					decision.map(d -> ChronoUnit.DAYS.between(today, d.getDueOn())).orElse(null));
		}).toList();
	}
}
