package org.chengguan.penalty;

import java.util.List;

/** A record as the officers enter it; {@code officerId} and {@code secondOfficerId} are the two who took it. */
public record NewRecord(RecordKind kind, String title, String content, long officerId, long secondOfficerId,
		List<Long> evidenceIds) {

	public NewRecord {
		evidenceIds = List.copyOf(evidenceIds);
	}
}
