package org.chengguan.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.chengguan.ChengguanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** 文号 on the real database: one gapless sequence per kind and year, also when issued at once from many threads. */
@ChengguanIntegrationTest
class DocumentNumbersTests {

	static final Agency AGENCY = new Agency("示范市城市管理综合执法局", "示", "", "", "示范市人民政府", "示范市人民法院");

	@Autowired
	DocumentNumbers numbers;

	@Autowired
	TransactionTemplate transactions;

	String next(DocumentKind kind, int year) {
		return transactions.execute(status -> numbers.next(AGENCY, kind, year));
	}

	@Test
	void aNumberReadsAsTheKindsCodeInTheYearsSequence() {
		assertThat(numbers.format(AGENCY, DocumentKind.DECISION, 2026, 7)).isEqualTo("示城管罚决〔2026〕0007号");
		assertThat(numbers.format(AGENCY, DocumentKind.PRIOR_NOTICE_HEARING, 2026, 12))
			.isEqualTo("示城管听告〔2026〕0012号");
	}

	@Test
	void parallelIssuesTakeEveryNumberOnceAndNoneIsSkipped() throws Exception {
		var year = 2301;
		var taken = Collections.synchronizedList(new ArrayList<String>());
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(8);
		try {
			var done = IntStream.range(0, 8).mapToObj(thread -> pool.submit(() -> {
				start.await();
				for (var i = 0; i < 5; i++) {
					taken.add(next(DocumentKind.DECISION, year));
				}
				return null;
			})).toList();
			start.countDown();
			for (var each : done) {
				each.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(taken).hasSize(40)
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 40)
				.mapToObj(n -> numbers.format(AGENCY, DocumentKind.DECISION, year, n))
				.toList());
		// another kind, another year: sequences of their own
		assertThat(next(DocumentKind.PRIOR_NOTICE, year))
			.isEqualTo("示城管告〔2301〕0001号");
		assertThat(next(DocumentKind.DECISION, year + 1))
			.isEqualTo("示城管罚决〔2302〕0001号");
	}

	@Test
	void aNumberTakenByAnIssueThatFailsIsGivenBack() {
		var year = 2303;
		assertThat(next(DocumentKind.DECISION, year))
			.endsWith("0001号");
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			numbers.next(AGENCY, DocumentKind.DECISION, year);
			throw new IllegalStateException("rendering failed");
		})).hasMessage("rendering failed");
		assertThat(next(DocumentKind.DECISION, year))
			.endsWith("0002号");
	}

}
