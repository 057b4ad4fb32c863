package org.chengguan.penalty;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The days that matter for an unpaid fine (domain.md §8.12), as the proceeding page shows them.
 *
 * @param paymentDue the last day to pay
 * @param suitDeadline the last day to sue (moved by a 复议决定)
 * @param earliestReminder the first day the 催告书 may go out
 * @param earliestFiling the first day the court may be asked, once the 催告书 is served
 * @param lastFilingDay the last day the court may be asked
 * @param hardAlertFrom the day the hard alert starts
 */
public record EnforcementDates(LocalDate paymentDue, LocalDate suitDeadline, LocalDate earliestReminder,
		@Nullable LocalDate earliestFiling, LocalDate lastFilingDay, LocalDate hardAlertFrom) {
}
