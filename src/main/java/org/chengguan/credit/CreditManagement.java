package org.chengguan.credit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chengguan.calendar.Deadline;
import org.chengguan.calendar.DeadlineUnit;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.documents.DocumentManagement;
import org.chengguan.penalty.CreditFacts;
import org.chengguan.penalty.ExecutionManagement;
import org.chengguan.penalty.PenaltyEvents;
import org.chengguan.penalty.ProceedingAction;
import org.chengguan.penalty.ProceedingStatus;
import org.chengguan.staff.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;

/**
 * 信用推送 (domain.md §8.10): a decision, once served, is classified by the 法制股's table and queued for the credit
 * platform within 7 working days (not at all when it is 不纳入); a decision changed, revoked or found illegal is queued
 * for withdrawal within 3 working days. The table is the 法制股's to change.
 */
@Service
@Transactional(readOnly = true)
public class CreditManagement {

	static final String KEEPER = "hasAuthority('penalty:approve:legal')";

	/** 七个工作日内推送 (国办发〔2018〕118号: 行政处罚信息自作出决定之日起七个工作日内公示). */
	static final Deadline PUSH_WITHIN = new Deadline(7, DeadlineUnit.WORKING_DAY);

	/** 山东省社会信用条例第四十条：行政处罚决定变更、撤销的，三个工作日内报送. */
	static final Deadline WITHDRAW_WITHIN = new Deadline(3, DeadlineUnit.WORKING_DAY);

	private final CreditRuleRepository rules;

	private final CreditRecordRepository records;

	private final CreditOutboxRepository outbox;

	private final ExecutionManagement execution;

	private final DocumentManagement documents;

	private final WorkingCalendar calendar;

	private final ObjectMapper json;

	private final Clock clock;

	CreditManagement(CreditRuleRepository rules, CreditRecordRepository records, CreditOutboxRepository outbox,
			ExecutionManagement execution, DocumentManagement documents, WorkingCalendar calendar, ObjectMapper json,
			Clock clock) {
		this.rules = rules;
		this.records = records;
		this.outbox = outbox;
		this.execution = execution;
		this.documents = documents;
		this.calendar = calendar;
		this.json = json;
		this.clock = clock;
	}

	/** A decision served (or made and handed over on the spot) is classified and queued in the serving transaction. */
	@EventListener
	@Transactional
	void on(PenaltyEvents.ProceedingMoved moved) {
		var serving = moved.action() == ProceedingAction.DECIDE_ON_SITE
				|| moved.to() == ProceedingStatus.SERVED && (moved.action() == ProceedingAction.SERVE_DECISION
						|| moved.action() == ProceedingAction.DEEM_SERVED);
		if (serving && !records.existsByProceedingId(moved.proceedingId())) {
			execution.creditFacts(moved.proceedingId()).ifPresent(facts -> classify(facts, moved));
		}
	}

	private void classify(CreditFacts facts, PenaltyEvents.ProceedingMoved moved) {
		var classification = CreditClassifier.classify(facts, rules.findAllByOrderBySeqAscIdAsc());
		var excluded = classification.classification() == CreditClass.EXCLUDED;
		var record = records.save(new CreditRecord(facts, classification,
				excluded ? null : calendar.deadline(moved.at(), PUSH_WITHIN).at().atZone(calendar.zone()).toLocalDate(),
				clock.instant()));
		if (!excluded) {
			outbox.save(new CreditOutboxMessage(record, "PUSH", json.writeValueAsString(push(facts, record)),
					clock.instant()));
		}
	}

	private Map<String, Object> push(CreditFacts facts, CreditRecord record) {
		var party = facts.party();
		var subject = new LinkedHashMap<String, Object>();
		subject.put("kind", party.kind().name());
		subject.put("name", party.name());
		subject.put("idType", party.idType().name());
		subject.put("idNumber", party.idNumber());
		if (party.legalRepresentative() != null) {
			subject.put("legalRepresentative", party.legalRepresentative());
		}
		var message = new LinkedHashMap<String, Object>();
		message.put("type", "PUSH");
		message.put("reference", facts.number());
		message.put("decisionNumber", facts.decisionNumber() == null ? facts.number() : facts.decisionNumber());
		message.put("decidedOn", facts.decidedOn().toString());
		if (facts.servedOn() != null) {
			message.put("servedOn", facts.servedOn().toString());
		}
		message.put("classification", record.getClassification().name());
		if (record.getRepairableFrom() != null) {
			message.put("repairableFrom", record.getRepairableFrom().toString());
		}
		message.put("subject", subject);
		message.put("violation", facts.violation());
		message.put("basis", facts.basis());
		message.put("fine", facts.fine());
		message.put("agency", documents.agency().name());
		return message;
	}

	/** 决定被变更、撤销或者确认违法的，三个工作日内撤回已推送的信息. */
	@EventListener
	@Transactional
	void on(PenaltyEvents.DecisionAltered altered) {
		records.findByProceedingId(altered.proceedingId()).filter(CreditRecord::pushed).ifPresent(record -> {
			record.withdrawBy(calendar.deadline(altered.at(), WITHDRAW_WITHIN).at().atZone(calendar.zone())
				.toLocalDate(), altered.outcome().name());
			records.save(record);
			outbox.save(new CreditOutboxMessage(record, "WITHDRAW", json.writeValueAsString(Map.of("type", "WITHDRAW",
					"reference", record.getProceedingNumber(), "decisionNumber",
					record.getDecisionNumber() == null ? record.getProceedingNumber() : record.getDecisionNumber(),
					"reason", altered.outcome().name(), "at", altered.at().toString())), clock.instant()));
		});
	}

	/** The platform took a message: its answer is kept as the record's receipt. */
	@Transactional
	void delivered(CreditOutboxMessage message) {
		records.findById(message.getRecordId()).ifPresent(record -> {
			record.sent(message.getKind(), message.getReceipt(), clock.instant());
			records.save(record);
		});
	}

	/** The table in order. */
	public List<CreditRule> rules() {
		return rules.findAllByOrderBySeqAscIdAsc();
	}

	/** The latest records, newest first. */
	public List<CreditRecord> latest() {
		return records.findTop200ByOrderByClassifiedAtDescIdDesc();
	}

	/** The record of a proceeding's decision, if it was classified. */
	public java.util.Optional<CreditRecord> of(long proceedingId) {
		return records.findByProceedingId(proceedingId);
	}

	/** A new row of the table; later decisions are classified with it. */
	@Transactional
	@PreAuthorize(KEEPER)
	public CreditRule addRule(CreditRuleForm form, Actor by) {
		return rules.save(new CreditRule(form, by.username(), clock.instant()));
	}

	/** A row no longer applies (rows are kept: earlier records name the row that classified them). */
	@Transactional
	@PreAuthorize(KEEPER)
	public void disableRule(long id, Actor by) {
		var rule = rules.findById(id).orElseThrow(() -> new CreditRuleException("credit.error.notFound"));
		rule.disable(by.username(), clock.instant());
		rules.save(rule);
	}

	LocalDate today() {
		return calendar.today();
	}
}
