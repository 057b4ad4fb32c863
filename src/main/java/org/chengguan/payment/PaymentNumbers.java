package org.chengguan.payment;

import java.security.SecureRandom;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 缴款书号 JK + year + six digits, gapless per year (the year's row locked in the issuing transaction), and the 缴款码 a
 * party types at the bank or scans: 18 random digits and a Luhn check digit, so that a mistyped code is caught.
 */
@Component
class PaymentNumbers {

	private final JdbcTemplate jdbc;

	private final SecureRandom random = new SecureRandom();

	PaymentNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	String nextNoticeNo(int year) {
		var value = Objects.requireNonNull(jdbc.queryForObject("""
				INSERT INTO payment_number (year, last_value) VALUES (?, 1)
				ON CONFLICT (year) DO UPDATE SET last_value = payment_number.last_value + 1
				RETURNING last_value""", Integer.class, year));
		return "JK%d%06d".formatted(year, value);
	}

	String paymentCode() {
		var digits = new StringBuilder();
		for (var i = 0; i < 18; i++) {
			digits.append(random.nextInt(10));
		}
		return digits.append(luhn(digits)).toString();
	}

	/** The Luhn check digit of a string of digits. */
	static int luhn(CharSequence digits) {
		var sum = 0;
		for (var i = 0; i < digits.length(); i++) {
			var digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 0) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return (10 - sum % 10) % 10;
	}
}
