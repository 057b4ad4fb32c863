package org.chengguan.disclosure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.DecimalFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.chengguan.calendar.Deadline;
import org.chengguan.calendar.DeadlineUnit;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.evidence.EvidenceManagement;
import org.chengguan.evidence.EvidenceSource;
import org.chengguan.penalty.Disclosable;
import org.chengguan.penalty.ExecutionManagement;
import org.chengguan.penalty.PenaltyEvents;
import org.chengguan.penalty.PenaltyMeasure;
import org.chengguan.penalty.ProceedingAction;
import org.chengguan.staff.Actor;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公示: every 普通程序 decision is queued to be published within 7 working days of the day it was made; the 法制股
 * publishes its 决定书 with the party masked, or withdraws a published one with the reason, within 3 working days of
 * the decision being changed or revoked (《行政处罚法》第四十八条).
 */
@Service
@Transactional(readOnly = true)
public class DisclosureManagement {

	/** 国办发〔2018〕118号：行政处罚决定自作出之日起七个工作日内公开. */
	static final Deadline PUBLISH_WITHIN = new Deadline(7, DeadlineUnit.WORKING_DAY);

	/** 《行政处罚法》第四十八条第二款：决定被依法变更、撤销、确认违法或者确认无效的，应当在三日内撤回并公开说明理由. */
	static final Deadline WITHDRAW_WITHIN = new Deadline(3, DeadlineUnit.WORKING_DAY);

	static final String PUBLISHER = "hasAuthority('penalty:approve:legal')";

	static final int PAGE = 20;

	private final DisclosureRepository notices;

	private final ExecutionManagement execution;

	private final EvidenceManagement evidence;

	private final WorkingCalendar calendar;

	private final MessageSource messages;

	private final Clock clock;

	DisclosureManagement(DisclosureRepository notices, ExecutionManagement execution, EvidenceManagement evidence,
			WorkingCalendar calendar, MessageSource messages, Clock clock) {
		this.notices = notices;
		this.execution = execution;
		this.evidence = evidence;
		this.calendar = calendar;
		this.messages = messages;
		this.clock = clock;
	}

	/** A decision made gets its notice to publish, due 7 working days on, in the deciding transaction. */
	@EventListener
	@Transactional
	void on(PenaltyEvents.ProceedingMoved moved) {
		if (moved.action() == ProceedingAction.DECIDE && !notices.existsByProceedingId(moved.proceedingId())) {
			execution.disclosable(moved.proceedingId()).ifPresent(decision -> notices.save(new DisclosureNotice(
					decision, penalty(decision), dayOf(calendar.deadline(moved.at(), PUBLISH_WITHIN).at()),
					clock.instant())));
		}
	}

	/** 公示: the 决定书 rendered again for the public and kept with its SHA-256. */
	@Transactional
	@PreAuthorize(PUBLISHER)
	public DisclosureNotice publish(long id, Actor actor) {
		var notice = notices.findById(id).orElseThrow(() -> new DisclosureRuleException("disclosure.error.notFound"));
		var pdf = execution.publicDecision(notice.getProceedingId())
			.orElseThrow(() -> new DisclosureRuleException("disclosure.error.noDecision"));
		var file = evidence.store(new ByteArrayInputStream(pdf), "public-decision.pdf",
				new EvidenceSource("DISCLOSURE", clock.instant(), actor.username()));
		notice.published(Objects.requireNonNull(file.getId()), file.getSha256(), actor.username(), clock.instant());
		return notices.save(notice);
	}

	/** A 复议 or a court changed, revoked or found illegal the decision (《行政处罚法》第四十八条第二款). */
	@EventListener
	@Transactional
	void on(PenaltyEvents.DecisionAltered altered) {
		decisionAltered(altered.proceedingId());
	}

	/** The decision was changed, revoked, or found illegal or void: it is to be withdrawn within 3 working days. */
	@Transactional
	public void decisionAltered(long proceedingId) {
		notices.findByProceedingId(proceedingId).ifPresent(notice -> {
			notice.withdrawBy(dayOf(calendar.deadline(clock.instant(), WITHDRAW_WITHIN).at()));
			notices.save(notice);
		});
	}

	/** 撤回 with the reason, which the public list shows in its place. */
	@Transactional
	@PreAuthorize(PUBLISHER)
	public void withdraw(long id, String reason, Actor actor) {
		var notice = notices.findById(id).orElseThrow(() -> new DisclosureRuleException("disclosure.error.notFound"));
		notice.withdrawn(reason, actor.username(), clock.instant());
		notices.save(notice);
	}

	/** The notice of a proceeding's decision, if it has one. */
	public Optional<DisclosureNotice> of(long proceedingId) {
		return notices.findByProceedingId(proceedingId);
	}

	/** The public list, page by page (published and withdrawn, the latest first). */
	public List<DisclosureNotice> shown(int page) {
		return notices.findByStatusNotOrderByPublishedAtDescIdDesc(DisclosureNotice.Status.PENDING,
				PageRequest.of(Math.max(0, page), PAGE));
	}

	public long shownCount() {
		return notices.countByStatusNot(DisclosureNotice.Status.PENDING);
	}

	/** A published notice's PDF; none for a pending or withdrawn one. */
	public Optional<InputStream> publishedPdf(long id) throws IOException {
		var notice = notices.findById(id).filter(n -> n.getStatus() == DisclosureNotice.Status.PUBLISHED);
		if (notice.isEmpty()) {
			return Optional.empty();
		}
		var file = evidence.find(Objects.requireNonNull(notice.get().getEvidenceId())).orElseThrow();
		return Optional.of(evidence.open(file));
	}

	/** The 法制股's desk: the latest notices, whatever their state. */
	@PreAuthorize(PUBLISHER)
	public List<DisclosureNotice> desk() {
		return notices.findAllByOrderByIdDesc(Limit.of(200));
	}

	private java.time.LocalDate dayOf(java.time.Instant at) {
		return at.atZone(calendar.zone()).toLocalDate();
	}

	/** The penalties in words, as the public list shows them: 警告；罚款人民币3,000元；没收烧烤炉两个. */
	private String penalty(Disclosable decision) {
		var parts = new ArrayList<String>();
		if (decision.warning()) {
			parts.add(text("disclosure.penalty.warning"));
		}
		if (decision.fine().signum() > 0) {
			parts.add(text("disclosure.penalty.fine", new DecimalFormat("#,##0.##").format(decision.fine())));
		}
		if (decision.confiscation() != null) {
			parts.add(text("disclosure.penalty.confiscation", decision.confiscation()));
		}
		decision.measures()
			.stream()
			.filter(m -> m != PenaltyMeasure.CONFISCATION)
			.forEach(m -> parts.add(text("penalty.measure." + m)));
		return String.join(text("disclosure.penalty.separator"), parts);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}

}
