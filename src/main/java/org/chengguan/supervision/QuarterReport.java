package org.chengguan.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * 季度通报 from the published monthly assessments of a quarter: each subject's monthly totals and their mean over the
 * months it was assessed in, ranked by the mean. Published assessments are frozen, so the report is too.
 */
final class QuarterReport {

	private QuarterReport() {
	}

	static AssessmentManagement.Quarter of(int year, int quarter, MonthlyAssessment.Subject subject,
			List<YearMonth> months, List<MonthlyAssessment> published) {
		var names = new LinkedHashMap<String, String>();
		var totals = new LinkedHashMap<String, List<Optional<BigDecimal>>>();
		var unpublished = new ArrayList<>(months);
		for (var assessment : published) {
			var index = months.indexOf(YearMonth.from(assessment.getMonth()));
			unpublished.remove(months.get(index));
			for (var score : assessment.getScores()) {
				names.putIfAbsent(score.key(), score.name());
				totals.computeIfAbsent(score.key(), k -> new ArrayList<>(List.of(Optional.<BigDecimal>empty(),
						Optional.<BigDecimal>empty(), Optional.<BigDecimal>empty())))
					.set(index, Optional.of(score.total()));
			}
		}
		var rows = new ArrayList<AssessmentManagement.QuarterRow>();
		totals.forEach((key, values) -> {
			var present = values.stream().flatMap(Optional::stream).toList();
			var mean = present.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
				.divide(BigDecimal.valueOf(present.size()), 2, RoundingMode.HALF_UP);
			rows.add(new AssessmentManagement.QuarterRow(0, key, names.get(key), values, mean));
		});
		rows.sort(Comparator.comparing(AssessmentManagement.QuarterRow::mean).reversed()
			.thenComparing(AssessmentManagement.QuarterRow::key));
		var ranked = new ArrayList<AssessmentManagement.QuarterRow>();
		for (var i = 0; i < rows.size(); i++) {
			var r = rows.get(i);
			var rank = i > 0 && r.mean().compareTo(rows.get(i - 1).mean()) == 0 ? ranked.get(i - 1).rank() : i + 1;
			ranked.add(new AssessmentManagement.QuarterRow(rank, r.key(), r.name(), r.months(), r.mean()));
		}
		return new AssessmentManagement.Quarter(year, quarter, subject, months, unpublished, ranked);
	}
}
