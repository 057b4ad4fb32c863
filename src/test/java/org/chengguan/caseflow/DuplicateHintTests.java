package org.chengguan.caseflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestCases;
import org.chengguan.intake.IntakeManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** D2 (domain.md §4.5): a case opens with the hint of an open case of its family nearby, never of itself. */
@ChengguanIntegrationTest
class DuplicateHintTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IntakeManagement intake;

	@Test
	void aCaseOpenedWhereAnOpenOneOfItsFamilyIsCarriesTheHintFromItsInsert() {
		var first = TestCases.barbecueOnPatrol(jdbc, intake, "officer01", "夜市路口露天烧烤");
		var second = TestCases.barbecueOnPatrol(jdbc, intake, "officer01", "夜市路口又有露天烧烤");
		var hint = jdbc.queryForObject("select suspected_duplicate_of_id from caseflow_case where id = ?", Long.class,
				second);
		// the nearest open one of the family: the first, or one opened at the same point before it
		assertThat(hint).isNotNull().isNotEqualTo(second).isLessThanOrEqualTo(first);
		assertThat(jdbc.queryForObject("""
				select count(*) from caseflow_case where id = ? and category_key = (select category_key
				from caseflow_case where id = ?) and status not in ('CLOSED', 'REJECTED', 'DECLINED', 'CANCELLED',
				'MERGED')""", Integer.class, hint, second)).isOne();
		assertThat(jdbc.queryForObject("select suspected_duplicate_of_id is distinct from id from caseflow_case "
				+ "where id = ?", Boolean.class, first)).isTrue();
	}
}
