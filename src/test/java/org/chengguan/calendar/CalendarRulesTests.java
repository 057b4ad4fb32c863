package org.chengguan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.calendar.DeadlineUnit.NATURAL_DAY;
import static org.chengguan.calendar.DeadlineUnit.URGENT_HOUR;
import static org.chengguan.calendar.DeadlineUnit.WORKING_DAY;
import static org.chengguan.calendar.DeadlineUnit.WORKING_HOUR;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarRulesTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** The 2026 arrangement exactly as V7__calendar_2026_holidays.sql loads it. */
	static CalendarRules rules2026() {
		Map<LocalDate, DayKind> days = new HashMap<>();
		holidays(days, "2026-01-01", "2026-01-03");
		holidays(days, "2026-02-15", "2026-02-23");
		holidays(days, "2026-04-04", "2026-04-06");
		holidays(days, "2026-05-01", "2026-05-05");
		holidays(days, "2026-06-19", "2026-06-21");
		holidays(days, "2026-09-25", "2026-09-27");
		holidays(days, "2026-10-01", "2026-10-07");
		List.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")
			.forEach(d -> days.put(LocalDate.parse(d), DayKind.MAKEUP_WORKDAY));
		var hours = new OfficeHours(List.of(new OfficeHours.Window(LocalTime.of(8, 30), LocalTime.of(12, 0)),
				new OfficeHours.Window(LocalTime.of(13, 30), LocalTime.of(17, 30))));
		return new CalendarRules(days, Set.of(2026), hours, SHANGHAI);
	}

	private static void holidays(Map<LocalDate, DayKind> days, String first, String last) {
		for (var d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)); d = d.plusDays(1)) {
			days.put(d, DayKind.HOLIDAY);
		}
	}

	static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
	}

	final CalendarRules rules = rules2026();

	@ParameterizedTest(name = "{0} + {1} {2} = {3} (provisional {4})")
	@CsvSource({
			// 工作日: the start day is not counted; due when the office closes on the last working day.
			"2026-02-12T10:00, 1, WORKING_DAY, 2026-02-13T17:30, false",
			"2026-02-12T10:00, 2, WORKING_DAY, 2026-02-14T17:30, false", // 调休 Saturday counts
			"2026-02-13T10:00, 2, WORKING_DAY, 2026-02-24T17:30, false", // across 春节
			"2026-09-30T16:00, 1, WORKING_DAY, 2026-10-08T17:30, false", // across 国庆
			"2026-09-30T16:00, 3, WORKING_DAY, 2026-10-10T17:30, false", // 调休 Saturday 10-10
			"2026-09-18T09:00, 1, WORKING_DAY, 2026-09-20T17:30, false", // 调休 Sunday 09-20
			"2026-12-30T09:00, 3, WORKING_DAY, 2027-01-04T17:30, true", // 2027 not loaded: plain weekdays
			// 自然日: a period ending on a non-working day ends on the next working day.
			"2026-09-24T10:00, 7, NATURAL_DAY, 2026-10-08T23:59:59, false",
			"2026-01-20T10:00, 15, NATURAL_DAY, 2026-02-04T23:59:59, false",
			"2026-02-10T10:00, 5, NATURAL_DAY, 2026-02-24T23:59:59, false",
			"2026-02-09T10:00, 5, NATURAL_DAY, 2026-02-14T23:59:59, false", // ends on a 调休 Saturday: stays
			"2026-03-02T10:00, 5, NATURAL_DAY, 2026-03-09T23:59:59, false", // ends on a Saturday: to Monday
			// 工作时: office hours 08:30–12:00 and 13:30–17:30 on working days.
			"2026-03-02T11:00, 2, WORKING_HOUR, 2026-03-02T14:30, false",
			"2026-03-02T12:30, 1, WORKING_HOUR, 2026-03-02T14:30, false",
			"2026-03-02T07:00, 4, WORKING_HOUR, 2026-03-02T14:00, false",
			"2026-03-02T20:00, 1, WORKING_HOUR, 2026-03-03T09:30, false",
			"2026-03-02T10:00, 2, WORKING_HOUR, 2026-03-02T12:00, false",
			"2026-02-13T16:30, 2, WORKING_HOUR, 2026-02-14T09:30, false", // into the 调休 Saturday
			"2026-02-14T17:00, 1, WORKING_HOUR, 2026-02-24T09:00, false", // over 春节
			"2026-12-31T17:00, 4, WORKING_HOUR, 2027-01-01T12:00, true",
			// 紧急工作时: continuous clock hours, holidays included.
			"2026-10-01T10:00, 30, URGENT_HOUR, 2026-10-02T16:00, false",
			"2026-12-31T22:00, 4, URGENT_HOUR, 2027-01-01T02:00, false" })
	void computesDeadlines(String from, int amount, DeadlineUnit unit, String expected, boolean provisional) {
		var due = rules.deadline(at(from), new Deadline(amount, unit));
		assertThat(due.at()).isEqualTo(at(expected));
		assertThat(due.provisional()).isEqualTo(provisional);
	}

	@ParameterizedTest(name = "{0} working: {1}")
	@CsvSource({ "2026-02-14, true", "2026-02-15, false", "2026-02-16, false", "2026-02-24, true",
			"2026-02-28, true", "2026-03-01, false", "2026-10-10, true", "2026-10-11, false", "2027-01-01, true",
			"2027-01-02, false" })
	void knowsWorkingDays(LocalDate day, boolean working) {
		assertThat(rules.isWorkingDay(day)).isEqualTo(working);
	}

	@Test
	void measuresOfficeTimeAndWorkingDays() {
		assertThat(rules.measure(at("2026-03-02T08:30"), at("2026-03-03T08:30"), WORKING_HOUR))
			.isEqualTo(Duration.ofMinutes(450));
		assertThat(rules.measure(at("2026-02-13T00:00"), at("2026-02-25T00:00"), WORKING_DAY))
			.isEqualTo(Duration.ofDays(3)); // 02-13, the 调休 02-14 and 02-24
		assertThat(rules.measure(at("2026-03-02T12:00"), at("2026-03-02T11:00"), WORKING_HOUR))
			.isEqualTo(Duration.ofHours(-1));
		assertThat(rules.measure(at("2026-10-01T00:00"), at("2026-10-02T00:00"), NATURAL_DAY))
			.isEqualTo(Duration.ofDays(1));
	}

	@Test
	void aDeadlineNamedByItsDayIsDueAtCloseOfOffice() {
		assertThat(rules.dueOn(java.time.LocalDate.of(2026, 3, 4)).at()).isEqualTo(at("2026-03-04T17:30"));
		// A Saturday: the next working day.
		assertThat(rules.dueOn(java.time.LocalDate.of(2026, 3, 7)).at()).isEqualTo(at("2026-03-09T17:30"));
	}

	@Test
	void resumesPausedClocksWithWhatWasLeft() {
		// 2 working hours were left at the pause; they count again from the resumption.
		assertThat(rules.resume(at("2026-03-02T14:30"), at("2026-03-02T11:00"), at("2026-03-04T16:30"), WORKING_HOUR)
			.at()).isEqualTo(at("2026-03-05T09:30"));
		// Thursday and Friday were left; resumed on Monday, due Wednesday.
		assertThat(rules.resume(at("2026-03-06T17:30"), at("2026-03-04T10:00"), at("2026-03-09T09:00"),
				WORKING_DAY)
			.at()).isEqualTo(at("2026-03-11T17:30"));
		assertThat(rules.resume(at("2026-03-02T15:00"), at("2026-03-02T10:00"), at("2026-03-03T10:00"), URGENT_HOUR)
			.at()).isEqualTo(at("2026-03-03T15:00"));
		// Already overdue when paused: the due instant stays.
		assertThat(rules.resume(at("2026-03-02T09:00"), at("2026-03-02T10:00"), at("2026-03-05T10:00"), WORKING_HOUR)
			.at()).isEqualTo(at("2026-03-02T09:00"));
	}
}
