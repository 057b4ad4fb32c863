package org.chengguan.credit;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.chengguan.penalty.DiscretionLevel;
import org.jspecify.annotations.Nullable;

/** A new row of the credit table, as the 法制股 enters it. */
public record CreditRuleForm(@NotNull @Min(1) @Max(9999) Integer seq, @Size(max = 20) @Nullable String benchmarkCode,
		@Nullable DiscretionLevel discretionLevel, @Nullable Boolean harmRemoved,
		@DecimalMin("0") @DecimalMax("100000000") @Nullable BigDecimal minFine, @NotNull CreditClass classification,
		@NotBlank @Size(max = 200) String note) {
}
