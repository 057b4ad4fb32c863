package org.chengguan.appraisal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The form of a new scheme version as posted: the name, the first day of the month it applies from, the 末位 count,
 * each metric used with its points (a rate's weight; a count's points per unit and cap, taken for complaints) and up
 * to {@link #GRADES} pay grades with their minimum totals.
 */
final class SchemeForm {

	static final int GRADES = 5;

	private SchemeForm() {
	}

	static AppraisalScheme read(String code, Map<String, String> form) {
		var name = text(form, "name");
		if (name.isEmpty() || name.length() > 100) {
			throw new AppraisalRuleException("appraisal.scheme.error.name");
		}
		LocalDate validFrom;
		try {
			validFrom = LocalDate.parse(text(form, "validFrom"));
		}
		catch (DateTimeParseException ex) {
			throw new AppraisalRuleException("appraisal.scheme.error.validFrom");
		}
		// a scheme applies to whole months
		if (validFrom.getDayOfMonth() != 1) {
			throw new AppraisalRuleException("appraisal.scheme.error.validFrom");
		}
		var bottom = number(form, "bottomCount");
		if (bottom == null || bottom.scale() > 0 || bottom.signum() < 0 || bottom.intValue() > 10) {
			throw new AppraisalRuleException("appraisal.scheme.error.bottom");
		}
		var items = new ArrayList<AppraisalScheme.Item>();
		for (var metric : AppraisalMetric.values()) {
			if (!form.containsKey("use." + metric)) {
				continue;
			}
			var weight = number(form, "weight." + metric);
			if (weight == null) {
				throw new AppraisalRuleException("appraisal.scheme.error.number");
			}
			var transform = metric.isRate() ? AppraisalScheme.Transform.RATE
					: metric == AppraisalMetric.COMPLAINTS ? AppraisalScheme.Transform.PENALTY_PER_UNIT
							: AppraisalScheme.Transform.PER_UNIT;
			var perUnit = metric.isRate() ? BigDecimal.ZERO : number(form, "perUnit." + metric);
			if (perUnit == null) {
				throw new AppraisalRuleException("appraisal.scheme.error.number");
			}
			try {
				items.add(new AppraisalScheme.Item(metric, weight, transform, perUnit, weight));
			}
			catch (IllegalArgumentException ex) {
				throw new AppraisalRuleException("appraisal.scheme.error.item");
			}
		}
		var grades = new ArrayList<AppraisalScheme.Grade>();
		for (var i = 1; i <= GRADES; i++) {
			var label = text(form, "grade." + i);
			if (label.isEmpty()) {
				continue;
			}
			var min = number(form, "min." + i);
			if (label.length() > 40 || min == null || min.signum() < 0) {
				throw new AppraisalRuleException("appraisal.scheme.error.grade");
			}
			grades.add(new AppraisalScheme.Grade(label, min));
		}
		try {
			return new AppraisalScheme(code, 0, name, validFrom, bottom.intValue(), items, grades);
		}
		catch (IllegalArgumentException ex) {
			throw new AppraisalRuleException("appraisal.scheme.error.shape");
		}
	}

	private static String text(Map<String, String> form, String key) {
		var value = form.get(key);
		return value == null ? "" : value.strip();
	}

	private static @Nullable BigDecimal number(Map<String, String> form, String key) {
		var value = text(form, key);
		try {
			var number = new BigDecimal(value);
			return number.abs().compareTo(new BigDecimal("1000")) > 0 ? null : number;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
