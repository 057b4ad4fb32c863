package org.chengguan.penalty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A service attempt as the officer records it; the officer recording it is the first of the two.
 *
 * @param receivedOn the day the postal receipt was signed (邮寄送达)
 * @param evidenceIds photos or video of a 留置送达, the postal receipt, the 公告
 */
public record NewServiceAttempt(ServiceMethod method, ServiceResult result, Instant attemptedAt, String place,
		@Nullable String recipient, @Nullable String relation, @Nullable String witness, @Nullable LocalDate receivedOn,
		long secondOfficerId, List<Long> evidenceIds, @Nullable String note) {

	public NewServiceAttempt {
		evidenceIds = List.copyOf(evidenceIds);
	}

	NewServiceAttempt withEvidence(List<Long> ids) {
		return new NewServiceAttempt(method, result, attemptedAt, place, recipient, relation, witness, receivedOn,
				secondOfficerId, ids, note);
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
