package org.chengguan.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the calendar pages. */
final class CalendarForms {

	private CalendarForms() {
	}

	/** Add a holiday or 调休 day to a loaded year. */
	record DayForm(@NotNull(message = "{calendar.day.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
			@Nullable LocalDate day, @NotNull(message = "{calendar.kind.required}") @Nullable DayKind kind,
			@NotBlank(message = "{calendar.name.required}") @Size(max = 50, message = "{calendar.name.size}")
			@Nullable String name) {
	}

	/** Register a year's 国务院办公厅 notice; its days are added after. */
	record YearForm(@NotNull(message = "{calendar.year.required}") @Min(value = 2000, message = "{calendar.year.range}")
			@Max(value = 2100, message = "{calendar.year.range}") @Nullable Integer year,
			@NotBlank(message = "{calendar.notice.required}") @Size(max = 200, message = "{calendar.notice.size}")
			@Nullable String notice,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate publishedOn) {
	}

	/** The deadline calculator. */
	record DeadlineForm(@NotNull(message = "{calendar.from.required}")
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime from,
			@NotNull(message = "{calendar.amount.required}") @Min(value = 1, message = "{calendar.amount.min}")
			@Max(value = 3660, message = "{calendar.amount.max}") @Nullable Integer amount,
			@NotNull(message = "{calendar.unit.required}") @Nullable DeadlineUnit unit) {
	}
}
