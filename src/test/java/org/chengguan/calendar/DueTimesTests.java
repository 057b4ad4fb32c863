package org.chengguan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Due times as people say them. */
class DueTimesTests {

	final WorkingCalendar calendar = org.mockito.Mockito.mock(WorkingCalendar.class);

	DueTimes dueTimes() {
		org.mockito.Mockito.when(calendar.zone()).thenReturn(ZoneId.of("Asia/Shanghai"));
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		return new DueTimes(calendar, messages);
	}

	@Test
	void aDeadlineAtTheEndOfADayIsThatDayAndAnyOtherItsMinute() {
		var due = dueTimes();
		assertThat(due.format(Instant.parse("2026-12-02T15:59:59Z"))).isEqualTo("2026-12-02");
		assertThat(due.format(Instant.parse("2026-12-02T09:30:00Z"))).isEqualTo("2026-12-02 17:30");
	}

	@Test
	void theTimeLeftReadsInDaysHoursAndMinutes() {
		var due = dueTimes();
		var now = Instant.parse("2026-12-01T01:00:00Z");
		assertThat(due.remaining(now, now.plusSeconds(2 * 3600 + 5 * 60))).isEqualTo("剩 2 小时 5 分钟");
		assertThat(due.remaining(now, now.plusSeconds(27 * 3600))).isEqualTo("剩 1 天 3 小时");
		assertThat(due.remaining(now, now.minusSeconds(3 * 3600))).isEqualTo("超 3 小时");
		assertThat(due.remaining(now, now.plusSeconds(20))).isEqualTo("剩 1 分钟");
	}
}
