package org.chengguan.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * How documents write dates and sums, as {@code fmt} in every template: 2026年12月1日, 2026年12月1日14时05分, 1,500.00元 and
 * the capitals of a sum on a 决定书 (人民币壹仟伍佰元整).
 */
public final class DocumentFormat {

	private final DateTimeFormatter day;

	private final DateTimeFormatter minute;

	/** The capital digits 零 to 玖, then 拾 佰 仟, then 万 亿, then 人民币 元 角 分 整 ({@code document.format.*}). */
	private final String digits;

	private final String[] small;

	private final String[] large;

	private final String[] money;

	private final ZoneId zone;

	DocumentFormat(ZoneId zone, Function<String, String> text) {
		this.zone = zone;
		this.day = DateTimeFormatter.ofPattern(text.apply("document.format.day"));
		this.minute = DateTimeFormatter.ofPattern(text.apply("document.format.minute"));
		this.digits = text.apply("document.format.digits");
		this.small = ("," + text.apply("document.format.small")).split(",");
		this.large = ("," + text.apply("document.format.large")).split(",");
		this.money = text.apply("document.format.money").split(",");
	}

	public String day(@Nullable LocalDate day) {
		return day == null ? "" : this.day.format(day);
	}

	public String day(@Nullable Instant at) {
		return at == null ? "" : day.format(at.atZone(zone));
	}

	public String minute(@Nullable Instant at) {
		return at == null ? "" : minute.format(at.atZone(zone));
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
		var zero = digits.charAt(0);
		var text = new StringBuilder(money[0]);
		if (whole > 0) {
			text.append(integer(whole)).append(money[1]);
		}
		if (jiao == 0 && fen == 0) {
			return text.append(whole == 0 ? zero + money[1] + money[4] : money[4]).toString();
		}
		if (jiao > 0) {
			text.append(whole > 0 && whole % 10 == 0 ? String.valueOf(zero) : "").append(digits.charAt(jiao))
				.append(money[2]);
		}
		if (fen > 0) {
			text.append(jiao == 0 && whole > 0 ? String.valueOf(zero) : "").append(digits.charAt(fen)).append(money[3]);
		}
		return text.toString();
	}

	private String integer(long value) {
		var text = new StringBuilder();
		var group = 0;
		var zeroPending = false;
		while (value > 0) {
			var part = (int) (value % 10_000);
			if (part > 0) {
				var chunk = new StringBuilder(four(part)).append(large[group]);
				if (zeroPending) {
					chunk.append(digits.charAt(0));
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

	private String four(int part) {
		var text = new StringBuilder();
		var zero = false;
		for (var position = 3; position >= 0; position--) {
			var digit = part / (int) Math.pow(10, position) % 10;
			if (digit == 0) {
				zero = text.length() > 0;
				continue;
			}
			if (zero) {
				text.append(digits.charAt(0));
				zero = false;
			}
			text.append(digits.charAt(digit)).append(small[position]);
		}
		return text.toString();
	}
}
