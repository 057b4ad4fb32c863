package org.chengguan.calendar;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Zone and office hours of the working calendar.
 *
 * @param zone the zone calendar arithmetic runs in
 * @param officeHours windows as {@code HH:mm-HH:mm}, default 08:30–12:00 and 13:30–17:30
 * @param warnDaysAhead how many days before a year starts administrators are warned that it is not loaded
 */
@Validated
@ConfigurationProperties("chengguan.calendar")
record CalendarProperties(@DefaultValue("Asia/Shanghai") @NotNull ZoneId zone,
		@DefaultValue({ "08:30-12:00", "13:30-17:30" }) @NotEmpty List<String> officeHours,
		@DefaultValue("60") int warnDaysAhead) {

	OfficeHours hours() {
		return new OfficeHours(officeHours.stream().map(CalendarProperties::window).toList());
	}

	private static OfficeHours.Window window(String text) {
		var parts = text.trim().split("-");
		if (parts.length != 2) {
			throw new IllegalArgumentException("Office hours must look like 08:30-12:00, was " + text);
		}
		return new OfficeHours.Window(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
	}
}
