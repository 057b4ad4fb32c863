package org.chengguan.calendar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A time limit such as 5 工作日 or 2 紧急工作时. */
public record Deadline(@Min(value = 1, message = "{calendar.amount.min}") @Max(value = 3660,
		message = "{calendar.amount.max}") int amount, @NotNull(message = "{calendar.unit.required}") DeadlineUnit unit) {

	public Deadline {
		if (amount < 1 || amount > 3660) {
			throw new IllegalArgumentException("Deadline amount must be 1..3660, was " + amount);
		}
	}
}
