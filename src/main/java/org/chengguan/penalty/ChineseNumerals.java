package org.chengguan.penalty;

/** 第六十四条, 第（四）项: article, paragraph and item numbers as statutes write them (1 to 9,999). */
final class ChineseNumerals {

	private static final String DIGITS = "零一二三四五六七八九";

	private static final String[] UNITS = { "", "十", "百", "千" };

	private ChineseNumerals() {
	}

	static String of(int number) {
		if (number <= 0 || number > 9999) {
			throw new IllegalArgumentException("Not an article number: " + number);
		}
		var text = new StringBuilder();
		var digits = String.valueOf(number);
		var zero = false;
		for (var i = 0; i < digits.length(); i++) {
			var digit = digits.charAt(i) - '0';
			var unit = digits.length() - 1 - i;
			if (digit == 0) {
				zero = true;
				continue;
			}
			if (zero) {
				text.append('零');
				zero = false;
			}
			// 十一, not 一十一, when the number starts with the tens
			if (!(digit == 1 && unit == 1 && text.isEmpty())) {
				text.append(DIGITS.charAt(digit));
			}
			text.append(UNITS[unit]);
		}
		return text.toString();
	}
}
