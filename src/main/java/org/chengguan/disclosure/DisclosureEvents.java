package org.chengguan.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the disclosure module tells others. */
public final class DisclosureEvents {

	private DisclosureEvents() {
	}

	/** What is due. */
	public enum Due {
		/** 公示 within 7 working days of the decision. */
		PUBLISH,
		/** 撤回 within 3 working days of the decision's change. */
		WITHDRAW
	}

	/** A decision is to be published or withdrawn by {@code dueOn} and is not yet: the 法制股 hears of it once. */
	public record DisclosureDue(long proceedingId, String proceedingNumber, Due due, LocalDate dueOn,
			List<Long> recipients, Instant at) {
	}
}
