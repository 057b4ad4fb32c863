package org.chengguan.supervision;

import java.util.Objects;

import org.chengguan.staff.Actor;

import static org.chengguan.supervision.AppealStatus.APPROVED;
import static org.chengguan.supervision.AppealStatus.FIRST_PASSED;
import static org.chengguan.supervision.AppealStatus.REJECTED;
import static org.chengguan.supervision.AppealStatus.SUBMITTED;

/**
 * The transition table of a 申诉: the state each review starts from and leads to, the authority it needs, and who
 * among its holders may take it — the first review by the dispatch desk, the second by the intake desk and never by
 * the first reviewer or the appellant.
 */
enum AppealAction {

	/** 初审通过 by a 派遣员. */
	FIRST_APPROVE(SUBMITTED, FIRST_PASSED, "case:dispatch"),
	/** 初审不通过. */
	FIRST_REJECT(SUBMITTED, REJECTED, "case:dispatch"),
	/** 复审通过 by a 受理员: approved. */
	SECOND_APPROVE(FIRST_PASSED, APPROVED, "case:accept"),
	/** 复审不通过. */
	SECOND_REJECT(FIRST_PASSED, REJECTED, "case:accept");

	private final AppealStatus from;

	private final AppealStatus to;

	private final String authority;

	AppealAction(AppealStatus from, AppealStatus to, String authority) {
		this.from = from;
		this.to = to;
		this.authority = authority;
	}

	AppealStatus target() {
		return to;
	}

	String authority() {
		return authority;
	}

	/** Whether this person (holding {@code authority}) may take the step on the appeal now. */
	boolean allows(Actor actor, boolean holdsAuthority, Appeal appeal) {
		return holdsAuthority && appeal.getStatus() == from && !actor.username().equals(appeal.getSubmittedBy())
				&& !Objects.equals(actor.username(), appeal.getFirstBy());
	}
}
