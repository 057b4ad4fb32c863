package org.chengguan.caseflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.chengguan.NoResources;
import org.chengguan.intake.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A channel reads the case its report opened from the transaction that opened it, as it is now (the memory itself:
 * {@code system/TransactionMemoryTests}).
 */
class OpenedCasesTests {

	final OpenedCases opened = new OpenedCases();

	final EnforcementCaseTests cases = new EnforcementCaseTests();

	final TransactionTemplate transaction = new TransactionTemplate(new NoResources());

	EnforcementCase stored(long id) {
		var c = cases.report(Channel.HOTLINE_12345, EnforcementCaseTests.GRID, null, false);
		ReflectionTestUtils.setField(c, "id", id);
		return c;
	}

	@Test
	void aCaseOpenedInTheTransactionIsAnsweredAsItIsNow() {
		var c = stored(41);
		transaction.executeWithoutResult(status -> {
			opened.remember(c);
			c.accept(5, "E06010", cases.step(null), EnforcementCaseTests.CLOCK);

			assertThat(opened.byReport(c.getReportId())).hasValueSatisfying(ref -> {
				assertThat(ref.id()).isEqualTo(41);
				assertThat(ref.number()).isEqualTo(c.getNumber());
				assertThat(ref.status()).isEqualTo(c.getStatus()).isNotEqualTo(CaseStatus.REPORTED);
			});
			assertThat(opened.byReport(c.getReportId() + 1)).isEmpty();
		});
	}
}
