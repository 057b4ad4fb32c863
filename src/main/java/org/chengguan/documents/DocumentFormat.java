package org.chengguan.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/**
 * How documents write dates and sums, as {@code fmt} in every template: 2026年12月1日, 2026年12月1日14时05分, 1,500.00元 and
 * the capitals of a sum on a 决定书 (人民币壹仟伍佰元整).
 */
public final class DocumentFormat {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy年M月d日H时mm分");

	private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";

	private static final String[] SMALL = { "", "拾", "佰", "仟" };

	private static final String[] LARGE = { "", "万", "亿", "万亿" };

	private final ZoneId zone;

	DocumentFormat(ZoneId zone) {
		this.zone = zone;
	}

	public String day(@Nullable LocalDate day) {
		return day == null ? "" : DAY.format(day);
	}

	public String day(@Nullable Instant at) {
		return at == null ? "" : DAY.format(at.atZone(zone));
	}

	public String minute(@Nullable Instant at) {
		return at == null ? "" : MINUTE.format(at.atZone(zone));
	}

	/** 1,500.00 */
	public String amount(@Nullable BigDecimal yuan) {
		return yuan == null ? "" : new DecimalFormat("#,##0.00").format(yuan.setScale(2, RoundingMode.HALF_UP));
	}

	/** 人民币壹仟伍佰元整, 人民币叁拾元零伍角 — the capitals a 决定书 writes a sum in. */
	public String capitals(BigDecimal yuan) {
		var cents = yuan.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
		if (cents < 0) {
			throw new IllegalArgumentException("A negative sum: " + yuan);
		}
		var whole = cents / 100;
		var jiao = (int) (cents / 10 % 10);
		var fen = (int) (cents % 10);
		var text = new StringBuilder("人民币");
		if (whole > 0) {
			text.append(integer(whole)).append('元');
		}
		if (jiao == 0 && fen == 0) {
			return text.append(whole == 0 ? "零元整" : "整").toString();
		}
		if (jiao > 0) {
			text.append(whole > 0 && whole % 10 == 0 ? "零" : "").append(DIGITS.charAt(jiao)).append('角');
		}
		if (fen > 0) {
			text.append(jiao == 0 && whole > 0 ? "零" : "").append(DIGITS.charAt(fen)).append('分');
		}
		return text.toString();
	}

	private static String integer(long value) {
		var text = new StringBuilder();
		var group = 0;
		var zeroPending = false;
		while (value > 0) {
			var part = (int) (value % 10_000);
			if (part > 0) {
				var chunk = new StringBuilder(four(part)).append(LARGE[group]);
				if (zeroPending) {
					chunk.append('零');
				}
				text.insert(0, chunk);
				zeroPending = part < 1000;
			}
			else if (text.length() > 0) {
				zeroPending = true;
			}
			value /= 10_000;
			group++;
		}
		return text.toString();
	}

	private static String four(int part) {
		var text = new StringBuilder();
		var zero = false;
		for (var position = 3; position >= 0; position--) {
			var digit = part / (int) Math.pow(10, position) % 10;
			if (digit == 0) {
				zero = text.length() > 0;
				continue;
			}
			if (zero) {
				text.append('零');
				zero = false;
			}
			text.append(DIGITS.charAt(digit)).append(SMALL[position]);
		}
		return text.toString();
	}
}
