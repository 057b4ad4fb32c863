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

/**
 * One notification for one person: about one case ({@code ref} tells which event, {@code detail} what to show: a
 * stage, a request), or a desk's summary without a case ({@code ref} is the stage, {@code count} how many cases since
 * it was last read).
 */
@Entity
@Table(name = "notification")
class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long recipientId;

	@Enumerated(EnumType.STRING)
	private NotificationKind kind;

	private @Nullable Long caseId;

	private @Nullable Long proceedingId;

	private @Nullable String caseNo;

	private String ref;

	private @Nullable String detail;

	private int count;

	private Instant createdAt;

	private @Nullable Instant readAt;

	protected Notification() {
		this.kind = NotificationKind.WARNING;
		this.ref = "";
		this.createdAt = Instant.EPOCH;
	}

	void read(Instant at) {
		if (readAt == null) {
			readAt = at;
		}
	}

	/** Where opening it leads: its case or proceeding, or the desk list of a summary. */
	String target() {
		if (caseId != null) {
			return "/cases/" + caseId;
		}
		if (proceedingId != null) {
			return "/penalties/" + proceedingId;
		}
		var queue = switch (ref) {
			case "INTAKE", "VERIFY", "REGISTER" -> "INTAKE";
			case "DISPATCH" -> "DISPATCH";
			case "SIGN", "DISPOSE" -> "UNIT";
			default -> "CHECK";
		};
		return kind == NotificationKind.SUPERVISION ? "/cases?queue=" + queue
				: "/cases?queue=" + queue + "&level=" + kind.name();
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

	public @Nullable Long getCaseId() {
		return caseId;
	}

	public @Nullable Long getProceedingId() {
		return proceedingId;
	}

	public @Nullable String getCaseNo() {
		return caseNo;
	}

	public String getRef() {
		return ref;
	}

	public @Nullable String getDetail() {
		return detail;
	}

	public int getCount() {
		return count;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public @Nullable Instant getReadAt() {
		return readAt;
	}
}
