package org.chengguan.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Password strength (GB/T 22239-2019 等保 2.0 三级 asks for complexity and regular change): at least 10 characters, three
 * of four character classes, not containing the username.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 64;

	private PasswordPolicy() {
	}

	/** Message keys of every rule the password breaks; empty when it is acceptable. */
	static List<String> check(String password, String username) {
		var problems = new ArrayList<String>();
		if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			problems.add("staff.password.length");
		}
		var classes = 0;
		classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
		classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
		if (classes < 3) {
			problems.add("staff.password.classes");
		}
		if (!username.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			problems.add("staff.password.containsUsername");
		}
		return problems;
	}
}
