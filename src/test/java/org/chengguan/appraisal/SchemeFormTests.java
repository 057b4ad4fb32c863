package org.chengguan.appraisal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A revised scheme as the 执法股 posts it: whole months, a rule per metric, grades down to 0, clear refusals. */
class SchemeFormTests {

	static Map<String, String> form() {
		var form = new HashMap<String, String>();
		form.put("name", "协管员月度绩效考核（2027 版）");
		form.put("validFrom", "2027-01-01");
		form.put("bottomCount", "2");
		form.put("use.SHIFTS_KEPT", "true");
		form.put("weight.SHIFTS_KEPT", "40");
		form.put("use.REPORTS", "true");
		form.put("weight.REPORTS", "30");
		form.put("perUnit.REPORTS", "1");
		form.put("use.COMPLAINTS", "true");
		form.put("weight.COMPLAINTS", "30");
		form.put("perUnit.COMPLAINTS", "10");
		form.put("weight.GRID_COVERAGE", "20");
		form.put("grade.1", "合格");
		form.put("min.1", "60");
		form.put("grade.2", "不合格");
		form.put("min.2", "0");
		return form;
	}

	@Test
	void eachMetricUsedGetsItsRuleAndTheGradesAreKeptInOrder() {
		var scheme = SchemeForm.read("AUXILIARY", form());
		assertThat(scheme.items()).extracting(AppraisalScheme.Item::metric)
			.containsExactly(AppraisalMetric.SHIFTS_KEPT, AppraisalMetric.REPORTS, AppraisalMetric.COMPLAINTS);
		assertThat(scheme.items()).extracting(AppraisalScheme.Item::transform).containsExactly(
				AppraisalScheme.Transform.RATE, AppraisalScheme.Transform.PER_UNIT,
				AppraisalScheme.Transform.PENALTY_PER_UNIT);
		assertThat(scheme.items().get(1).cap()).isEqualByComparingTo("30");
		assertThat(scheme.validFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(scheme.bottomCount()).isEqualTo(2);
		assertThat(scheme.gradeOf(new BigDecimal("59.99"))).isEqualTo("不合格");
	}

	@Test
	void whatCannotBeAScheme() {
		assertRefused("validFrom", "2027-01-15", "appraisal.scheme.error.validFrom");
		assertRefused("validFrom", "next year", "appraisal.scheme.error.validFrom");
		assertRefused("bottomCount", "1.5", "appraisal.scheme.error.bottom");
		assertRefused("bottomCount", "11", "appraisal.scheme.error.bottom");
		assertRefused("weight.REPORTS", "abc", "appraisal.scheme.error.number");
		assertRefused("weight.REPORTS", "-5", "appraisal.scheme.error.item");
		assertRefused("name", " ", "appraisal.scheme.error.name");
		// the lowest grade must start at 0, so that every total has one
		assertRefused("min.2", "10", "appraisal.scheme.error.shape");
		var none = form();
		none.keySet().removeIf(k -> k.startsWith("use."));
		assertThatThrownBy(() -> SchemeForm.read("AUXILIARY", none)).hasMessage("appraisal.scheme.error.shape");
	}

	static void assertRefused(String key, String value, String message) {
		var form = form();
		form.put(key, value);
		assertThatThrownBy(() -> SchemeForm.read("AUXILIARY", form)).hasMessage(message);
	}
}
