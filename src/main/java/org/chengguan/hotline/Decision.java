package org.chengguan.hotline;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;

import org.chengguan.intake.JsonInput;
import org.jspecify.annotations.Nullable;

/**
 * The platform's answer to a 退单 or 延期 request as it pushes it: approved or rejected (with the reason), when, and
 * the reply deadline it set, if any.
 */
record Decision(Request request, boolean approved, @Nullable String reason, OffsetDateTime decidedAt,
		@Nullable OffsetDateTime replyDue) {

	/** What we asked for. */
	enum Request {

		RETURN, EXTENSION
	}

	static Decision read(JsonInput in, String platformOfKey) {
		var platform = in.choice("platform", true, Set.of("12345", "12319"));
		if (platform != null && !platform.equals(platformOfKey)) {
			in.problem("platform", "hotline.error.platform");
		}
		var request = in.choice("request", true, Set.of("RETURN", "EXTENSION"));
		var decision = in.choice("decision", true, Set.of("APPROVED", "REJECTED"));
		var reason = in.text("reason", false, 500);
		if ("REJECTED".equals(decision) && reason == null) {
			in.problem("reason", "hotline.error.decisionReason");
		}
		var decidedAt = in.dateTime("decidedAt", true);
		var replyDue = in.dateTime("replyDue", false);
		if (replyDue != null && decidedAt != null && !replyDue.isAfter(decidedAt)) {
			in.problem("replyDue", "hotline.error.replyDueBeforeDecision");
		}
		in.throwIfInvalid();
		return new Decision(Request.valueOf(Objects.requireNonNull(request)), "APPROVED".equals(decision), reason,
				Objects.requireNonNull(decidedAt), replyDue);
	}
}
