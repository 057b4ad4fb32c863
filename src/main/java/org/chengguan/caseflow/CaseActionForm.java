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
 * version the page showed (a concurrent change gives the 409 page).
 */
record CaseActionForm(@NotNull Long version, @Size(max = 2000, message = "{caseflow.error.opinionLength}") @Nullable String opinion,
		@Nullable Long categoryId, @Nullable Long conditionId, @Nullable Long unitId,
		@Size(max = 16) @Nullable String parentNumber,
		@DecimalMin("-180") @DecimalMax("180") @Nullable Double lon,
		@DecimalMin("-90") @DecimalMax("90") @Nullable Double lat,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate holdUntil) {
}
