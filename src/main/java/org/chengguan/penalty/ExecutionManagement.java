package org.chengguan.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.documents.DocumentKind;
import org.chengguan.evidence.Upload;
import org.chengguan.party.PartyManagement;
import org.chengguan.party.PartyView;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * 执行: what follows the decision (domain.md §8.7, §8.8, §8.11, §8.12) — the 送达地址确认书, the service of the
 * decision by two officers, the 公告 that makes it served when its period has run, and the fine the bank collects
 * with what is owed on a day.
 */
@Service
@Transactional(readOnly = true)
public class ExecutionManagement {

	private final ProceedingChanges changes;

	private final ProceedingRepository proceedings;

	private final PartyManagement parties;

	private final ProceedingDocuments documents;

	private final BenchmarkRepository benchmarks;

	private final ProceedingFiles files;

	private final ProceedingAssessments assessments;

	private final PenaltyProperties properties;

	private final WorkingCalendar calendar;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final PeriodClock clock;

	ExecutionManagement(ProceedingChanges changes, ProceedingRepository proceedings, PartyManagement parties,
			ProceedingDocuments documents, BenchmarkRepository benchmarks, ProceedingFiles files, ProceedingAssessments assessments,
			PenaltyProperties properties, WorkingCalendar calendar, JdbcTemplate jdbc,
			TransactionTemplate transactions) {
		this.changes = changes;
		this.proceedings = proceedings;
		this.parties = parties;
		this.documents = documents;
		this.benchmarks = benchmarks;
		this.files = files;
		this.assessments = assessments;
		this.properties = properties;
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = new CalendarPeriods(calendar);
	}

	/** 送达地址确认书 as the party signed it (《行政处罚法》第六十一条第二款). */
	@Transactional
	public void confirmAddress(long id, long version, String address, @Nullable String electronicAddress,
			boolean electronicConsent, Actor actor, DataScope scope) {
		changes.change(id, version, actor, scope, step -> step.proceeding()
			.executing()
			.confirmAddress(address, electronicAddress, electronicConsent, step.by(), step.at()));
	}

	/** An attempt to serve the decision, with its photos, video or postal receipt stored as evidence. */
	@Transactional
	public void serveDecision(long id, long version, NewServiceAttempt attempt, List<Upload> uploads, Actor actor,
			DataScope scope) {
		changes.change(id, version, actor, scope, step -> {
			var ids = new ArrayList<>(attempt.evidenceIds());
			ids.addAll(files.store(uploads, actor));
			var proceeding = step.proceeding();
			proceeding.executing().serveDecision(attempt.withEvidence(ids), step.by(),
					changes.participant(attempt.secondOfficerId(), proceeding.getAct().getUnitId()),
					assessments.partyKind(proceeding.getAct().getPartyId()), properties.publicNoticeDays(), step.at(),
					clock);
		});
	}

	/**
	 * The fine the bank is to collect, once the decision is served: none without a fine, for cash taken on the spot,
	 * or once paid.
	 */
	public Optional<Payable> payable(long id) {
		return proceedings.findById(id).flatMap(p -> {
			var execution = p.getExecution();
			var due = p.period(PeriodKind.PAYMENT);
			if (execution.getServedOn() == null || execution.getPaidOn() != null || due.isEmpty()) {
				return Optional.empty();
			}
			var party = parties.forDocuments(p.getAct().getPartyId()).orElseThrow();
			return Optional.of(new Payable(id, p.getNumber(), party.name(), p.getProposal().fine(),
					due.get().getDueOn()));
		});
	}

	/**
	 * What the party owes on a day: the fine and the 加处罚款 accrued by then (domain.md §8.8), or nothing before the
	 * decision is served.
	 */
	public BigDecimal amountDue(long id, LocalDate asOf) {
		var proceeding = proceedings.findById(id).orElseThrow(() -> new PenaltyNotFoundException(id));
		var due = proceeding.enforcing().amountDue(asOf, clock);
		return due == null ? BigDecimal.ZERO : due.total();
	}

	/** 罚缴分离实施办法第十条：the bank reports the fine paid in full; the proceeding moves on as the bank's confirmation. */
	@Transactional
	public void confirmPayment(long id, LocalDate paidOn) {
		changes.changeAsSystem(id, step -> step.proceeding().executing().confirmPayment(paidOn, step.at()));
	}

	/** The decision as the public may know it, once its 决定书 is issued. */
	public Optional<Disclosable> disclosable(long id) {
		return proceedings.findById(id).flatMap(p -> {
			var decidedAt = p.getDecidedAt();
			var decision = documents.of(p).stream().filter(d -> d.getKind() == DocumentKind.DECISION)
				.reduce((first, second) -> second);
			if (decidedAt == null || decision.isEmpty() || p.getProcedure() != Procedure.ORDINARY) {
				return Optional.empty();
			}
			var party = parties.find(p.getAct().getPartyId()).orElseThrow();
			var proposal = p.getProposal();
			var benchmarkId = proposal.getBenchmarkId();
			var violation = benchmarkId == null ? p.getAct().getFacts()
					: benchmarks.findById(benchmarkId).map(BenchmarkEntry::getName).orElse(p.getAct().getFacts());
			return Optional.of(new Disclosable(id, p.getNumber(), decision.get().getNumber(), party.name(), violation,
					proposal.isWarning(), proposal.fine(), proposal.getConfiscation(), proposal.getMeasures(),
					clock.dayOf(decidedAt)));
		});
	}

	/**
	 * The decision as the credit platform is to be told of it, once made (《行政处罚法》第四十八条; domain.md §8.10).
	 */
	public Optional<CreditFacts> creditFacts(long id) {
		return proceedings.findById(id).flatMap(p -> {
			var decidedAt = p.getDecidedAt();
			if (decidedAt == null) {
				return Optional.empty();
			}
			var party = parties.forDocuments(p.getAct().getPartyId()).orElseThrow();
			var proposal = p.getProposal();
			var benchmarkId = proposal.getBenchmarkId();
			var benchmark = benchmarkId == null ? null : benchmarks.findById(benchmarkId).orElse(null);
			var decision = documents.of(p).stream()
				.filter(d -> d.getKind() == DocumentKind.DECISION || d.getKind() == DocumentKind.ON_SITE_DECISION)
				.reduce((first, second) -> second)
				.map(org.chengguan.documents.IssuedDocument::getNumber)
				.orElse(null);
			return Optional.of(new CreditFacts(id, p.getNumber(), p.getProcedure(),
					benchmark == null ? null : benchmark.getCode(), proposal.getDiscretionLevel(),
					proposal.getMitigation().contains(Mitigation.REMOVED_HARM), proposal.fine(), decision,
					clock.dayOf(decidedAt), p.getExecution().getServedOn(), party,
					parties.find(p.getAct().getPartyId()).map(PartyView::name).orElse(party.name()),
					benchmark == null ? p.getAct().getFacts() : benchmark.getName(),
					benchmark == null ? "" : benchmark.getPenaltyBasis().text()));
		});
	}

	/** The 决定书 for the public (公示): the party masked, identity numbers and addresses left out. */
	public Optional<byte[]> publicDecision(long id) {
		return proceedings.findById(id).flatMap(documents::publicDecision).map(ProceedingDocuments.PublicCopy::pdf);
	}

	/** 公告期满视为送达 (《民事诉讼法》第九十五条), each proceeding in its own transaction, once a day and at start. */
	@Scheduled(initialDelayString = "PT2M", fixedDelayString = "${chengguan.penalty.clock-interval:PT1H}")
	@SchedulerLock(name = "penalty-public-notice", lockAtMostFor = "PT30M")
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void deemServed() {
		for (var id : jdbc.queryForList("""
				SELECT id FROM penalty_proceeding WHERE status = 'PUBLIC_NOTICE' AND deemed_served_on <= ?
				ORDER BY id""", Long.class, calendar.today())) {
			transactions.executeWithoutResult(
					status -> changes.changeAsSystem(id, step -> step.proceeding().executing().deemServed(step.at(), clock)));
		}
	}
}
