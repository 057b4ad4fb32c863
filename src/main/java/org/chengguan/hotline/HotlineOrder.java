package org.chengguan.hotline;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** 工单: one order of a platform, its case, and the clocks of what we owe the platform. */
@Entity
@Table(name = "hotline_order")
public class HotlineOrder {

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
}
