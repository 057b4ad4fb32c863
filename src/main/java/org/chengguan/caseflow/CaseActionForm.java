package org.chengguan.caseflow;

import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * One form for every action on the case page; each action reads the fields it needs. {@code version} is the case
 * version the page showed (a concurrent change gives the 409 page). {@code until} is the date a request names: the end
 * of a 挂账, the deadline a 延期 asks for, or the one its approver grants.
 */
record CaseActionForm(@NotNull Long version,
		@Size(max = 2000, message = "{caseflow.error.opinionLength}") @Nullable String opinion,
		@Nullable Long categoryId, @Nullable Long conditionId, @Nullable Long unitId, @Nullable Long assigneeId,
		@Size(max = 16) @Nullable String parentNumber,
		@DecimalMin("-180") @DecimalMax("180") @Nullable Double lon,
		@DecimalMin("-90") @DecimalMax("90") @Nullable Double lat,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate until) {

	/** The point a 受理员 pinned an unlocated report at, when both coordinates were given. */
	CaseManagement.@Nullable Point pin() {
		return lon == null || lat == null ? null : new CaseManagement.Point(lon, lat);
	}
}
