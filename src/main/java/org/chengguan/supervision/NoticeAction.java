package org.chengguan.supervision;

import static org.chengguan.supervision.NoticeStatus.ISSUED;
import static org.chengguan.supervision.NoticeStatus.REPLIED;

/**
 * The transition table of a 监管通知单: the state each step starts from, and who may take it — the target unit's own
 * people reply, the 督查股 verifies (seeing is not acting: leaders read every notice, a unit its own).
 */
enum NoticeAction {

	/** 整改回复 by a member of the target unit who disposes cases. */
	REPLY(ISSUED, "case:dispose"),
	/** 现场核查 of each item by the 督查股: all passed closes the notice, any failed sends it back. */
	VERIFY(REPLIED, "supervision:manage");

	private final NoticeStatus from;

	private final String authority;

	NoticeAction(NoticeStatus from, String authority) {
		this.from = from;
		this.authority = authority;
	}

	String authority() {
		return authority;
	}

	/** Whether a holder of {@link #authority()} in this org unit may take the step now. */
	boolean allows(boolean holdsAuthority, long orgUnitId, SupervisionNotice notice) {
		if (!holdsAuthority || notice.getStatus() != from) {
			return false;
		}
		return this != REPLY || orgUnitId == notice.getTargetUnitId();
	}
}
