package org.chengguan.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.chengguan.penalty.ClosedFile;
import org.chengguan.penalty.Procedure;
import org.chengguan.penalty.ProceedingStatus;
import org.junit.jupiter.api.Test;

/** A sampled file is reviewed once: every criterion within its points, the findings written, the grade by the total. */
class ReviewFileTests {

	static ReviewFile pending() {
		return new ReviewFile(1, new ClosedFile(7, "CF2026000007", Procedure.ORDINARY, ProceedingStatus.ARCHIVED,
				LocalDate.of(2026, 11, 30), 11, 12, 100));
	}

	static Map<Criterion, Integer> full() {
		var scores = new EnumMap<Criterion, Integer>(Criterion.class);
		for (var criterion : Criterion.values()) {
			scores.put(criterion, criterion.points());
		}
		return scores;
	}

	@Test
	void theCriteriaMakeAHundredPoints() {
		assertThat(java.util.Arrays.stream(Criterion.values()).mapToInt(Criterion::points).sum()).isEqualTo(100);
	}

	@Test
	void everyCriterionIsScoredWithinItsPointsAndTheFindingsAreWritten() {
		var file = pending();
		var missing = full();
		missing.remove(Criterion.FILE);
		assertThatThrownBy(() -> file.review(missing, "无", 31, "法制员", Instant.EPOCH)).hasMessage("review.error.score");
		var over = full();
		over.put(Criterion.FACTS, 16);
		assertThatThrownBy(() -> file.review(over, "无", 31, "法制员", Instant.EPOCH)).hasMessage("review.error.score");
		var negative = full();
		negative.put(Criterion.LAW, -1);
		assertThatThrownBy(() -> file.review(negative, "无", 31, "法制员", Instant.EPOCH)).hasMessage("review.error.score");
		assertThatThrownBy(() -> file.review(full(), " ", 31, "法制员", Instant.EPOCH))
			.hasMessage("review.error.findings");
		assertThat(file.getStatus()).isEqualTo(ReviewFile.Status.PENDING);
	}

	@Test
	void theGradeFollowsTheTotalAndAFileIsReviewedOnce() {
		var file = pending();
		var scores = full();
		scores.put(Criterion.EVIDENCE, 10);
		scores.put(Criterion.DOCUMENTS, 3);
		file.review(scores, "证据目录不全；文书说理不充分", 31, "法制员", Instant.EPOCH);
		assertThat(file.getTotal()).isEqualTo(93);
		assertThat(file.getGrade()).isEqualTo(Grade.EXCELLENT);
		assertThat(file.score(Criterion.EVIDENCE)).isEqualTo(10);
		assertThatThrownBy(() -> file.review(full(), "再评", 31, "法制员", Instant.EPOCH)).hasMessage("review.error.done");
		assertThat(Grade.of(90)).isEqualTo(Grade.EXCELLENT);
		assertThat(Grade.of(89)).isEqualTo(Grade.PASS);
		assertThat(Grade.of(70)).isEqualTo(Grade.PASS);
		assertThat(Grade.of(69)).isEqualTo(Grade.FAIL);
	}
}
