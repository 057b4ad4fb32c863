package org.chengguan.hotline;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;

import org.chengguan.intake.JsonInput;
import org.jspecify.annotations.Nullable;

/**
 * A 回访 result as the platform pushes it: the caller's verdict, with the reason when unsatisfied, and whether the
 * problem was solved if the platform asked (解决率).
 */
record Visit(VisitResult result, @Nullable String reason, @Nullable Boolean resolved, OffsetDateTime visitedAt) {

	static Visit read(JsonInput in, String platformOfKey) {
		var platform = in.choice("platform", true, Set.of("12345", "12319"));
		if (platform != null && !platform.equals(platformOfKey)) {
			in.problem("platform", "hotline.error.platform");
		}
		var result = in.choice("result", true, Set.of("SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"));
		var reason = in.text("reason", false, 500);
		if ("UNSATISFIED".equals(result) && reason == null) {
			in.problem("reason", "hotline.error.visitReason");
		}
		var resolved = in.flag("resolved", false);
		var visitedAt = in.dateTime("visitedAt", true);
		in.throwIfInvalid();
		return new Visit(VisitResult.valueOf(Objects.requireNonNull(result)), reason, resolved,
				Objects.requireNonNull(visitedAt));
	}
}
