package org.chengguan.hotline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** 工单: one order of a platform, its case, and the clocks of what we owe the platform. */
@Entity
@Table(name = "hotline_order")
public class HotlineOrder {

	/** One 回访 as kept. */
	@Embeddable
	record Visited(@Column(name = "visit_no") int number, @Enumerated(EnumType.STRING) VisitResult result,
			@Nullable Boolean resolved, @Nullable String reason, @Column(name = "visited_at") Instant at) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long platformId;

	private String orderNo;

	private long reportId;

	private long caseId;

	@Enumerated(EnumType.STRING)
	private OrderStatus status = OrderStatus.RECEIVED;

	private boolean urgent;

	private Instant receivedAt;

	private @Nullable Instant platformReplyDue;

	private Instant signDueAt;

	private @Nullable Instant signedAt;

	private Instant replyDueAt;

	private @Nullable Instant repliedAt;

	private boolean designated;

	private int replyRound;

	@Enumerated(EnumType.STRING)
	private @Nullable VisitResult visitResult;

	private @Nullable String visitReason;

	private @Nullable Boolean visitResolved;

	private @Nullable Instant visitedAt;

	/** Every 回访 in order: a 不满意 followed by a second visit keeps both (满意率 counts 回访, not orders). */
	@ElementCollection
	@CollectionTable(name = "hotline_visit", joinColumns = @JoinColumn(name = "order_id"))
	@OrderBy("number")
	private List<Visited> visits = new ArrayList<>();

	@Version
	private long version;

	protected HotlineOrder() {
		this.orderNo = "";
		this.receivedAt = Instant.EPOCH;
		this.signDueAt = Instant.EPOCH;
		this.replyDueAt = Instant.EPOCH;
	}

	HotlineOrder(long platformId, String orderNo, long reportId, long caseId, boolean urgent, Instant receivedAt,
			@Nullable Instant platformReplyDue, Instant signDueAt, Instant replyDueAt) {
		this.platformId = platformId;
		this.orderNo = orderNo;
		this.reportId = reportId;
		this.caseId = caseId;
		this.urgent = urgent;
		this.receivedAt = receivedAt;
		this.platformReplyDue = platformReplyDue;
		this.signDueAt = signDueAt;
		this.replyDueAt = replyDueAt;
	}

	/** 签收: once; false when already signed. */
	boolean sign(Instant at) {
		if (signedAt != null) {
			return false;
		}
		signedAt = at;
		if (status == OrderStatus.RECEIVED) {
			moveTo(OrderStatus.SIGNED);
		}
		return true;
	}

	/** 办结回复 of the current round: once per round; false when this round was answered or the order returned. */
	boolean reply(Instant at) {
		if (repliedAt != null || !status.canMoveTo(OrderStatus.REPLIED)) {
			return false;
		}
		repliedAt = at;
		moveTo(OrderStatus.REPLIED);
		return true;
	}

	/** 退单 requested: not our duty (不予受理 by the centre, or the 热线联络员's request). */
	void requestReturn() {
		moveTo(OrderStatus.RETURN_REQUESTED);
	}

	/** 延期 requested of the platform; the order waits for its answer (the work goes on meanwhile). */
	void requestExtension() {
		if (repliedAt == null && status.canMoveTo(OrderStatus.EXTENSION_REQUESTED)) {
			moveTo(OrderStatus.EXTENSION_REQUESTED);
		}
	}

	/**
	 * The platform's answer to our 退单 request: approved, the order is theirs again; rejected, it stays with us as if
	 * designated (it cannot be returned twice), with the reply deadline the platform set, if it set one.
	 */
	void decideReturn(boolean approved, @Nullable Instant newReplyDue) {
		if (approved) {
			moveTo(OrderStatus.RETURNED);
			return;
		}
		moveTo(OrderStatus.RETURN_REJECTED);
		designated = true;
		if (newReplyDue != null) {
			replyDueAt = newReplyDue;
		}
	}

	/** The platform's answer to our 延期 request: approved, the reply is due on {@code newReplyDue}. */
	void decideExtension(boolean approved, Instant newReplyDue) {
		if (approved && repliedAt == null) {
			replyDueAt = newReplyDue;
		}
		if (status == OrderStatus.EXTENSION_REQUESTED) {
			moveTo(approved ? OrderStatus.EXTENDED : replyRound > 0 ? OrderStatus.REOPENED : OrderStatus.SIGNED);
		}
	}

	/**
	 * 回访: the caller's verdict. 不满意 reopens the order: a new round whose reply is due on {@code newReplyDue}
	 * (济南 Art. 27, 潍坊 Art. 25).
	 */
	void visit(Visit visit, Instant newReplyDue) {
		var result = visit.result();
		visitResult = result;
		visitReason = visit.reason();
		visitResolved = visit.resolved();
		var at = visit.visitedAt().toInstant();
		visitedAt = at;
		visits.add(new Visited(visits.size() + 1, result, visit.resolved(), visit.reason(), at));
		if (result == VisitResult.UNSATISFIED) {
			moveTo(OrderStatus.REOPENED);
			replyRound++;
			repliedAt = null;
			replyDueAt = newReplyDue;
		}
		else {
			moveTo(OrderStatus.VISITED);
		}
	}

	/** The only place the status changes, by the table of {@link OrderStatus}. */
	private void moveTo(OrderStatus next) {
		if (!status.canMoveTo(next)) {
			throw new IllegalStateException("Order " + orderNo + " cannot move from " + status + " to " + next);
		}
		status = next;
	}

	/** Its id, once {@link HotlineOrderRows} has written it. */
	void written(long id) {
		if (this.id != null) {
			throw new IllegalStateException("Order " + this.id + " written already");
		}
		this.id = id;
	}

	/** A new order has no 回访 yet, whose rows are written with the order's changes. */
	boolean isVisited() {
		return !visits.isEmpty();
	}

	long getVersion() {
		return version;
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("Order not saved yet");
		}
		return id;
	}

	public int getReplyRound() {
		return replyRound;
	}


	public long getPlatformId() {
		return platformId;
	}

	public String getOrderNo() {
		return orderNo;
	}

	public long getReportId() {
		return reportId;
	}

	public long getCaseId() {
		return caseId;
	}

	public OrderStatus getStatus() {
		return status;
	}

	public boolean isUrgent() {
		return urgent;
	}

	public Instant getReceivedAt() {
		return receivedAt;
	}

	public @Nullable Instant getPlatformReplyDue() {
		return platformReplyDue;
	}

	public Instant getSignDueAt() {
		return signDueAt;
	}

	public @Nullable Instant getSignedAt() {
		return signedAt;
	}

	public Instant getReplyDueAt() {
		return replyDueAt;
	}

	public @Nullable Instant getRepliedAt() {
		return repliedAt;
	}

	public boolean isDesignated() {
		return designated;
	}

	public @Nullable VisitResult getVisitResult() {
		return visitResult;
	}

	public @Nullable String getVisitReason() {
		return visitReason;
	}

	/** Whether the caller said the problem was solved; null where the platform did not say. */
	public @Nullable Boolean getVisitResolved() {
		return visitResolved;
	}

	@Nullable Instant getVisitedAt() {
		return visitedAt;
	}
}
