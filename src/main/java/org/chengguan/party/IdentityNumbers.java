package org.chengguan.party;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * The identity numbers a machine can check: 居民身份证号码 (GB 11643-1999, ISO 7064 MOD 11-2) and 统一社会信用代码
 * (GB 32100-2015, MOD 31); the others are checked for their shape only.
 */
final class IdentityNumbers {

	private static final int[] RESIDENT_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String RESIDENT_CHECK = "10X98765432";

	/** GB 32100 字符集: the digits and the capitals without I, O, Z, S and V. */
	private static final String CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] CREDIT_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private IdentityNumbers() {
	}

	/** Upper case without spaces: the form numbers are stored, hashed and compared in. */
	static String normalise(String number) {
		return number.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
	}

	/** The message key of what is wrong with a (normalised) number of this type; empty when it is well formed. */
	static Optional<String> problem(IdType type, String number) {
		return switch (type) {
			case RESIDENT_ID -> residentIdValid(number) ? Optional.empty() : Optional.of("party.error.residentId");
			case CREDIT_CODE -> creditCodeValid(number) ? Optional.empty() : Optional.of("party.error.creditCode");
			default -> number.matches("[A-Z0-9-]{5,30}") ? Optional.empty() : Optional.of("party.error.idNumber");
		};
	}

	static boolean residentIdValid(String number) {
		if (!number.matches("\\d{17}[\\dX]") || birthDate(number).isEmpty()) {
			return false;
		}
		var sum = 0;
		for (var i = 0; i < 17; i++) {
			sum += (number.charAt(i) - '0') * RESIDENT_WEIGHTS[i];
		}
		return RESIDENT_CHECK.charAt(sum % 11) == number.charAt(17);
	}

	/** The birth date in positions 7–14 of a resident identity number. */
	static Optional<LocalDate> birthDate(String residentId) {
		if (residentId.length() != 18) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(residentId.substring(6, 14), BIRTH));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	static boolean creditCodeValid(String code) {
		if (code.length() != 18) {
			return false;
		}
		var sum = 0;
		for (var i = 0; i < 17; i++) {
			var value = CREDIT_CHARSET.indexOf(code.charAt(i));
			if (value < 0) {
				return false;
			}
			sum += value * CREDIT_WEIGHTS[i];
		}
		var check = (31 - sum % 31) % 31;
		return CREDIT_CHARSET.charAt(check) == code.charAt(17);
	}

	/** 110105********1234: the region and the last four. */
	static String mask(String number) {
		if (number.length() <= 8) {
			return "*".repeat(Math.max(0, number.length() - 2)) + number.substring(Math.max(0, number.length() - 2));
		}
		return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
	}
}
