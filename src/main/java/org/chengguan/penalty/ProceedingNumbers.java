package org.chengguan.penalty;

import java.time.Year;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** CF + year + six digits, gapless per year: the year's row is taken with its lock in the opening transaction. */
@Component
class ProceedingNumbers {

	private final JdbcTemplate jdbc;

	ProceedingNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	String next(Year year) {
		var value = Objects.requireNonNull(jdbc.queryForObject("""
				INSERT INTO penalty_number (year, last_value) VALUES (?, 1)
				ON CONFLICT (year) DO UPDATE SET last_value = penalty_number.last_value + 1
				RETURNING last_value""", Integer.class, year.getValue()));
		return "CF%d%06d".formatted(year.getValue(), value);
	}
}
