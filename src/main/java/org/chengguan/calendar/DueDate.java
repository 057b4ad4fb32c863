package org.chengguan.calendar;

import java.time.Instant;

/**
 * A computed due instant. {@code provisional} when the count crossed a year whose holidays are not loaded yet: such a
 * deadline counted plain weekdays and may move once the year's notice is entered.
 */
public record DueDate(Instant at, boolean provisional) {
}
