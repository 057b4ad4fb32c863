package org.chengguan.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

/**
 * 监管通知单: a numbered notice from the 督查股 to a handling unit with its items; the unit replies, the 督查股 verifies
 * each item, and a failed one goes back. Its status changes only through {@link NoticeAction}.
 */
@Entity
@Table(name = "supervision_notice")
public class SupervisionNotice {

	/** What the verification of an item found. */
	public enum Verification {
		PASSED, FAILED
	}

	/** One problem of the notice, with the unit's reply and the verification. */
	@Embeddable
	public record Item(int position, String description, String address, @Nullable String categoryKey,
			LocalDate deadline, @Column(name = "photo_ids") Long[] photoIds, @Nullable Long caseId,
			@Nullable Boolean rectified, @Enumerated(EnumType.STRING) @Nullable Verification verification,
			@Nullable String verificationNote) {

		Item replied(boolean done) {
			return new Item(position, description, address, categoryKey, deadline, photoIds, caseId, done,
					verification == Verification.PASSED ? verification : null, verificationNote);
		}

		Item verified(Verification result, @Nullable String note) {
			return new Item(position, description, address, categoryKey, deadline, photoIds, caseId, rectified,
					result, note);
		}

		public boolean passed() {
			return verification == Verification.PASSED;
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String number;

	private long targetUnitId;

	private String title;

	@Enumerated(EnumType.STRING)
	private NoticeStatus status = NoticeStatus.ISSUED;

	private String issuedBy;

	private Instant issuedAt;

	private @Nullable String reply;

	private @Nullable String repliedBy;

	private @Nullable Instant repliedAt;

	private @Nullable String verifiedBy;

	private @Nullable Instant verifiedAt;

	@Version
	private long rowVersion;

	@ElementCollection
	@CollectionTable(name = "supervision_notice_item", joinColumns = @JoinColumn(name = "notice_id"))
	@OrderBy("position")
	private List<Item> items = new ArrayList<>();

	protected SupervisionNotice() {
		this.number = "";
		this.title = "";
		this.issuedBy = "";
		this.issuedAt = Instant.EPOCH;
	}

	SupervisionNotice(String number, long targetUnitId, String title, List<Item> items, String by, Instant at) {
		if (items.isEmpty()) {
			throw new NoticeRuleException("supervision.notice.error.noItems");
		}
		this.number = number;
		this.targetUnitId = targetUnitId;
		this.title = title;
		this.items = new ArrayList<>(items);
		this.issuedBy = by;
		this.issuedAt = at;
	}

	/** 整改回复: which items the unit rectified (by position), and what it says. */
	void reply(Map<Integer, Boolean> rectified, String text, String by, Instant at) {
		require(NoticeStatus.ISSUED);
		items.replaceAll(i -> i.passed() ? i : i.replied(Boolean.TRUE.equals(rectified.get(i.position()))));
		reply = text;
		repliedBy = by;
		repliedAt = at;
		status = NoticeStatus.REPLIED;
	}

	/** 现场核查 of the items not passed yet; all passed closes the notice, otherwise it goes back to the unit. */
	void verify(Map<Integer, Verification> results, Map<Integer, String> notes, String by, Instant at) {
		require(NoticeStatus.REPLIED);
		for (var i = 0; i < items.size(); i++) {
			var item = items.get(i);
			if (!item.passed()) {
				var result = results.get(item.position());
				if (result == null) {
					throw new NoticeRuleException("supervision.notice.error.verifyAll");
				}
				items.set(i, item.verified(result, notes.get(item.position())));
			}
		}
		verifiedBy = by;
		verifiedAt = at;
		status = items.stream().allMatch(Item::passed) ? NoticeStatus.CLOSED : NoticeStatus.ISSUED;
	}

	/** The loop case an item opened. */
	void caseOpened(int position, long caseId) {
		items.replaceAll(i -> i.position() != position ? i : new Item(i.position(), i.description(), i.address(),
				i.categoryKey(), i.deadline(), i.photoIds(), caseId, i.rectified(), i.verification(),
				i.verificationNote()));
	}

	private void require(NoticeStatus expected) {
		if (status != expected) {
			throw new NoticeRuleException("supervision.notice.error.state");
		}
	}

	public Long getId() {
		if (id == null) {
			throw new IllegalStateException("Notice not saved yet");
		}
		return id;
	}

	public String getNumber() {
		return number;
	}

	public long getTargetUnitId() {
		return targetUnitId;
	}

	public String getTitle() {
		return title;
	}

	public NoticeStatus getStatus() {
		return status;
	}

	public String getIssuedBy() {
		return issuedBy;
	}

	public Instant getIssuedAt() {
		return issuedAt;
	}

	public @Nullable String getReply() {
		return reply;
	}

	public @Nullable String getRepliedBy() {
		return repliedBy;
	}

	public @Nullable String getVerifiedBy() {
		return verifiedBy;
	}

	public long getRowVersion() {
		return rowVersion;
	}

	public List<Item> getItems() {
		return List.copyOf(items);
	}

	/** Items verified as rectified, and items notified (问题整改率). */
	public long passedItems() {
		return items.stream().filter(Item::passed).count();
	}
}
