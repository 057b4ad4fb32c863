package org.chengguan.notification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One notification for one person; {@code ref} is the stage of a warning or the 督办 it announces. */
@Entity
@Table(name = "notification")
class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long recipientId;

	@Enumerated(EnumType.STRING)
	private NotificationKind kind;

	private long caseId;

	private String caseNo;

	private String ref;

	private Instant createdAt;

	private @Nullable Instant readAt;

	protected Notification() {
		this.kind = NotificationKind.WARNING;
		this.caseNo = "";
		this.ref = "";
		this.createdAt = Instant.EPOCH;
	}

	void read(Instant at) {
		if (readAt == null) {
			readAt = at;
		}
	}

	public @Nullable Long getId() {
		return id;
	}

	public long getRecipientId() {
		return recipientId;
	}

	public NotificationKind getKind() {
		return kind;
	}

	public long getCaseId() {
		return caseId;
	}

	public String getCaseNo() {
		return caseNo;
	}

	public String getRef() {
		return ref;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public @Nullable Instant getReadAt() {
		return readAt;
	}
}
