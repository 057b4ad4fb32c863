package org.chengguan.caseflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.chengguan.intake.Channel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A channel reads the case its report opened from the transaction that opened it, never from another one. */
class OpenedCasesTests {

	final OpenedCases opened = new OpenedCases();

	final EnforcementCaseTests cases = new EnforcementCaseTests();

	@AfterEach
	void endTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			complete();
		}
	}

	EnforcementCase stored(long id) {
		var c = cases.report(Channel.HOTLINE_12345, EnforcementCaseTests.GRID, null, false);
		ReflectionTestUtils.setField(c, "id", id);
		return c;
	}

	@Test
	void aCaseOpenedInTheTransactionIsAnsweredAsItIsNow() {
		TransactionSynchronizationManager.initSynchronization();
		var c = stored(41);
		opened.remember(c);
		c.accept(5, "E06010", cases.step(null), EnforcementCaseTests.CLOCK);

		assertThat(opened.byReport(c.getReportId())).hasValueSatisfying(ref -> {
			assertThat(ref.id()).isEqualTo(41);
			assertThat(ref.number()).isEqualTo(c.getNumber());
			assertThat(ref.status()).isEqualTo(c.getStatus()).isNotEqualTo(CaseStatus.REPORTED);
		});
		assertThat(opened.byReport(c.getReportId() + 1)).isEmpty();
	}

	@Test
	void theMemoryEndsWithItsTransaction() {
		TransactionSynchronizationManager.initSynchronization();
		var c = stored(42);
		opened.remember(c);
		complete();

		assertThat(opened.byReport(c.getReportId())).isEmpty();
		assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
	}

	@Test
	void aTransactionRunInsideDoesNotSeeTheOuterOnesCases() {
		TransactionSynchronizationManager.initSynchronization();
		var c = stored(43);
		opened.remember(c);
		List<TransactionSynchronization> suspended = TransactionSynchronizationManager.getSynchronizations();
		suspended.forEach(TransactionSynchronization::suspend);
		TransactionSynchronizationManager.clearSynchronization();

		assertThat(opened.byReport(c.getReportId())).isEmpty();

		TransactionSynchronizationManager.initSynchronization();
		suspended.forEach(TransactionSynchronization::resume);
		suspended.forEach(TransactionSynchronizationManager::registerSynchronization);
		assertThat(opened.byReport(c.getReportId())).isPresent();
	}

	@Test
	void outsideATransactionNothingIsRemembered() {
		var c = stored(44);
		opened.remember(c);

		assertThat(opened.byReport(c.getReportId())).isEmpty();
		assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
	}

	private static void complete() {
		var synchronizations = TransactionSynchronizationManager.getSynchronizations();
		TransactionSynchronizationManager.clearSynchronization();
		synchronizations.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
	}
}
