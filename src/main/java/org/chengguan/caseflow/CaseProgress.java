package org.chengguan.caseflow;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Where a case stands for a 阶段性答复: its state, its 处置 deadline once dispatched, its 挂账 end date while held. */
public record CaseProgress(String number, CaseStatus status, @Nullable Instant disposeDueAt,
		@Nullable LocalDate holdUntil) {
}
