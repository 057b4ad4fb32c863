package org.chengguan.penalty;

import java.time.Period;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chengguan.penalty.*}: the bureau's rules for proceedings.
 *
 * @param thresholds the approval route's thresholds (versioned; the hearing threshold is the province's)
 * @param statementWorkingDays the 陈述申辩 period after the 告知 (the law sets none; 5 working days, at least 3)
 * @param firstOffenceWindow how far back an earlier offence of the same kind rules out 首违不罚 (第三十三条)
 * @param publicNoticeDays after how many days a 公告 counts as served (《民事诉讼法》第九十五条: 30; 上海 sets 60)
 * @param reminderAfter when the 催告书 may go out: once the time to sue has run out (SUIT, the default) or once the
 *        time to pay has (PAYMENT); the court is asked only after the time to sue either way (《行政强制法》第五十三条)
 * @param bank the bank that collects the fines under the 代收罚款协议 (罚缴分离实施办法第六条、第七条)
 */
@Validated
@ConfigurationProperties("chengguan.penalty")
record PenaltyProperties(@Valid @NotNull @DefaultValue ApprovalThresholds thresholds,
		@Min(3) @Max(15) @DefaultValue("5") int statementWorkingDays,
		@NotNull @DefaultValue("P1Y") Period firstOffenceWindow, @Min(30) @Max(60) @DefaultValue("30") int publicNoticeDays,
		@NotNull @DefaultValue("SUIT") ProceedingEnforcement.ReminderAfter reminderAfter, @Valid @NotNull Bank bank) {

	/** 代收机构: its name and address, as the 决定书 names them. */
	public record Bank(@NotBlank String name, @NotBlank String address) {
	}
}
