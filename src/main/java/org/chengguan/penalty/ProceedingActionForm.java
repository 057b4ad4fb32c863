package org.chengguan.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * One form for every action on the proceeding page; each action reads the fields it needs. {@code version} is the
 * version the page showed (a concurrent change gives the 409 page).
 */
record ProceedingActionForm(@NotNull Long version, @Size(max = 2000) @Nullable String opinion,
		@Nullable RecordKind kind, @Size(max = 200) @Nullable String title,
		@Size(max = 20000) @Nullable String content, @Nullable Long secondOfficerId, @Nullable Integer seq,
		@Nullable Boolean approved, @Nullable Outcome outcome, @Nullable Long benchmarkId,
		@Nullable DiscretionLevel level, @Nullable Boolean warning,
		@DecimalMin("0") @DecimalMax("100000000") @Nullable BigDecimal fine,
		@DecimalMin("0") @DecimalMax("10000000000") @Nullable BigDecimal fineBase,
		@DecimalMin("0") @DecimalMax("100") @Nullable BigDecimal fineRate, @Size(max = 300) @Nullable String confiscation,
		@DecimalMin("0") @DecimalMax("10000000000") @Nullable BigDecimal confiscationValue,
		@Nullable Set<PenaltyMeasure> measures, @Size(max = 500) @Nullable String correctionOrder,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate correctionDueOn,
		@Nullable Set<Mitigation> mitigation, @Size(max = 1000) @Nullable String reasons,
		@Nullable Set<MajorFlag> flags, @Size(max = 100) @Nullable String transferTo,
		@Size(max = 20) @Nullable String method, @Nullable Boolean adopted,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime hearingAt,
		@Size(max = 200) @Nullable String place, @Nullable Long hostId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate notifiedOn, @Nullable Boolean open,
		@Nullable Set<ReviewItem> issues, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
		@Size(max = 500) @Nullable String attendees, @Min(1) @Max(50) @Nullable Integer members,
		@Nullable ServiceResult result,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime attemptedAt,
		@Size(max = 60) @Nullable String recipient, @Size(max = 40) @Nullable String relation,
		@Size(max = 60) @Nullable String witness,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate receivedOn,
		@Size(max = 300) @Nullable String address, @Size(max = 200) @Nullable String electronicAddress,
		@Nullable Boolean consent, @Nullable RemedyKind remedyKind, @Size(max = 100) @Nullable String body,
		@Size(max = 60) @Nullable String reference,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day, @Nullable RemedyOutcome remedyOutcome,
		@Nullable CourtStep courtStep, @Nullable Set<EnforcementMaterial> materials,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable List<@Nullable LocalDate> planDueOn,
		@Nullable List<@Nullable @DecimalMin("0.01") @DecimalMax("100000000") BigDecimal> planAmount) {

	boolean yes(@Nullable Boolean value) {
		return Boolean.TRUE.equals(value);
	}

	String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	/** The proposal of a 调查终结报告 as the form states it. */
	ProposedOutcome proposal() {
		return new ProposedOutcome(outcome == null ? Outcome.PENALTY : outcome, benchmarkId, level, yes(warning),
				fine == null ? BigDecimal.ZERO : fine, fineBase, fineRate, confiscation,
				confiscationValue == null ? BigDecimal.ZERO : confiscationValue, measures == null ? Set.of() : measures,
				correctionOrder, correctionDueOn, mitigation == null ? Set.of() : mitigation, reasons,
				flags == null ? Set.of() : flags, transferTo);
	}

	/** The dates and sums of a 暂缓 or 分期 plan, row by row; a row with neither is skipped, one with only one is refused. */
	List<Instalment> instalments() {
		var dates = planDueOn == null ? List.<@Nullable LocalDate>of() : planDueOn;
		var sums = planAmount == null ? List.<@Nullable BigDecimal>of() : planAmount;
		var rows = new java.util.ArrayList<Instalment>();
		for (var i = 0; i < Math.max(dates.size(), sums.size()); i++) {
			var day = i < dates.size() ? dates.get(i) : null;
			var sum = i < sums.size() ? sums.get(i) : null;
			if (day == null && sum == null) {
				continue;
			}
			if (day == null || sum == null) {
				throw new PenaltyTransitionException("penalty.plan.error.instalments");
			}
			rows.add(new Instalment(rows.size() + 1, day, sum));
		}
		return rows;
	}

	/** A record taken by the actor and the second officer named. */
	NewRecord record(RecordKind recordKind, long officerId, List<Long> evidenceIds) {
		if (secondOfficerId == null || text(content).isEmpty()) {
			throw new PenaltyTransitionException("penalty.error.form");
		}
		return new NewRecord(recordKind, text(title), text(content), officerId, secondOfficerId, evidenceIds);
	}
}
