package org.chengguan.penalty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.party.PartyManagement;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.StaffManagement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The proceeding page as a viewer sees it: the proceeding with its party, benchmark, people, route and offers. */
@Component
@Transactional(readOnly = true)
class ProceedingPages {

	private final PenaltyManagement penalties;

	private final PartyManagement parties;

	private final BenchmarkRepository benchmarks;

	private final StaffManagement staff;

	private final WorkingCalendar calendar;

	private final PenaltyProperties properties;

	ProceedingPages(PenaltyManagement penalties, PartyManagement parties, BenchmarkRepository benchmarks,
			StaffManagement staff, WorkingCalendar calendar, PenaltyProperties properties) {
		this.penalties = penalties;
		this.parties = parties;
		this.benchmarks = benchmarks;
		this.staff = staff;
		this.calendar = calendar;
		this.properties = properties;
	}

	/** The proceeding page for this viewer: everything it shows, and what they are offered. */
	ProceedingPage of(long id, Actor actor, DataScope scope) {
		var proceeding = penalties.get(id, scope);
		var party = parties.find(proceeding.getAct().getPartyId())
			.orElseThrow(() -> new PenaltyTransitionException("penalty.error.party"));
		var benchmarkId = proceeding.getProposal().getBenchmarkId();
		var benchmark = benchmarkId == null ? null : benchmarks.findWithLevels(benchmarkId).orElse(null);
		var ids = new HashSet<Long>(List.of(proceeding.getAct().getHandlerId(),
				proceeding.getAct().getCoHandlerId()));
		proceeding.getApprovals().forEach(a -> ids.add(a.getApproverId()));
		proceeding.getRecords().forEach(r -> {
			ids.add(r.getOfficerId());
			ids.add(r.getSecondOfficerId());
		});
		proceeding.getServiceAttempts().forEach(a -> {
			ids.add(a.getOfficerId());
			ids.add(a.getSecondOfficerId());
		});
		proceeding.getSteps().forEach(step -> {
			if (step.getActorId() != null) {
				ids.add(step.getActorId());
			}
		});
		Stream.of(proceeding.getNotice().getHearingHostId(),
				proceeding.getDiscussion().getDiscussionChairId(), proceeding.getSignedById())
			.filter(Objects::nonNull)
			.forEach(ids::add);
		var people = new HashMap<Long, String>();
		staff.summaries(ids).forEach(s -> people.put(s.id(), s.name()));
		// the page reads them after the transaction
		proceeding.getPeriods();
		proceeding.getRemedies();
		proceeding.getInstalments();
		return new ProceedingPage(proceeding, party, benchmark, people, nodes(proceeding),
				ProceedingOffers.of(proceeding,
						penalties.participant(actor.id(), proceeding.getAct().getUnitId()), calendar.today(), calendar.now(),
						new CalendarPeriods(calendar), properties.reminderAfter()),
				penalties.documents(id, scope), calendar.today(), properties.thresholds().confirmed(),
				proceeding.enforcing().dates(properties.reminderAfter(), new CalendarPeriods(calendar)));
	}

	/** The current round of the route, node by node. */
	private static List<ProceedingPage.Node> nodes(PenaltyProceeding proceeding) {
		var route = proceeding.getRoute().route();
		if (route == null) {
			return List.of();
		}
		var round = proceeding.getRoute().getRound();
		var atHand = proceeding.levelAtHand();
		var levels = new ArrayList<>(route.reviews());
		levels.addAll(route.afterNotice());
		return levels.stream().map(level -> {
			var done = proceeding.getApprovals()
				.stream()
				.filter(a -> a.getRound() == round && a.getLevel() == level
						&& (a.getDecision() == ApprovalDecision.APPROVED || a.getDecision() == ApprovalDecision.PASSED))
				.reduce((first, second) -> second);
			var state = done.isPresent() && level != atHand ? ProceedingPage.Node.State.DONE
					: level == atHand ? ProceedingPage.Node.State.AT_HAND : ProceedingPage.Node.State.AHEAD;
			return new ProceedingPage.Node(level, state, done.orElse(null));
		}).toList();
	}
}
