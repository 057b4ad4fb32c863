package org.chengguan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The monthly assessment's states, who may take each step, and that a published one never changes. */
class MonthlyAssessmentTests {

	static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

	static MonthlyAssessment.Scored scored(String total) {
		return new MonthlyAssessment.Scored(ScoringSchemeTests.ON_TIME_CLOSE_60,
				List.of(new MonthlyAssessment.Score("990101001", "枫林街道", 1, new BigDecimal(total), true, 10)),
				List.of(new MonthlyAssessment.Item("990101001", 1, Indicator.ON_TIME_CLOSE_RATE, 9, 10,
						new BigDecimal(total))));
	}

	static MonthlyAssessment computed() {
		return MonthlyAssessment.first(LocalDate.of(2026, 11, 1), MonthlyAssessment.Subject.STREET, scored("54.00"),
				"supervisor", NOW);
	}

	@Test
	void aMonthIsComputedReviewedByAnotherAndPublished() {
		var a = computed();
		a.review("数据核对无误", "supervisor2", NOW);
		a.publish("supervisor", NOW);
		assertThat(a.getStatus()).isEqualTo(AssessmentStatus.PUBLISHED);
		assertThat(a.getReviewedBy()).isEqualTo("supervisor2");
		assertThat(a.getPublishedBy()).isEqualTo("supervisor");
	}

	@Test
	void whoComputedItCannotApproveIt() {
		assertThatThrownBy(() -> computed().review("自己审核", "supervisor", NOW))
			.hasMessage("supervision.assessment.error.fourEyes");
	}

	@Test
	void computingAgainUndoesTheReview() {
		var a = computed();
		a.review("同意", "supervisor2", NOW);
		a.recompute(scored("50.00"), "supervisor", NOW);
		assertThat(a.getStatus()).isEqualTo(AssessmentStatus.COMPUTED);
		assertThat(a.getReviewedBy()).isNull();
		assertThat(a.getScores().get(0).total()).isEqualByComparingTo("50.00");
	}

	@Test
	void aPublishedAssessmentIsNotComputedAgainButCorrectedByANewVersionWithItsReason() {
		var a = computed();
		a.review("同意", "supervisor2", NOW);
		a.publish("supervisor", NOW);
		assertThatThrownBy(() -> a.recompute(scored("10.00"), "supervisor", NOW))
			.hasMessage("supervision.assessment.error.state");
		var next = a.correction("申诉核减后重新计算", scored("57.00"), "supervisor", NOW);
		assertThat(next.getVersion()).isEqualTo(2);
		assertThat(next.getReason()).isEqualTo("申诉核减后重新计算");
		assertThat(next.getStatus()).isEqualTo(AssessmentStatus.COMPUTED);
		assertThat(a.getScores().get(0).total()).isEqualByComparingTo("54.00");
		a.supersede();
		assertThat(a.getStatus()).isEqualTo(AssessmentStatus.SUPERSEDED);
	}

	@ParameterizedTest(name = "{0} on a {1} assessment by {2}: {3}")
	@CsvSource({
			"COMPUTE, COMPUTED,   supervisor,  true", "COMPUTE, REVIEWED, supervisor, true",
			"COMPUTE, PUBLISHED,  supervisor,  false",
			"REVIEW,  COMPUTED,   supervisor,  false", "REVIEW, COMPUTED, supervisor2, true",
			"REVIEW,  REVIEWED,   supervisor2, false",
			"PUBLISH, COMPUTED,   supervisor,  false", "PUBLISH, REVIEWED, supervisor, true",
			"PUBLISH, REVIEWED,   supervisor2, true", "PUBLISH, PUBLISHED, supervisor, false",
			"CORRECT, REVIEWED,   supervisor,  false", "CORRECT, PUBLISHED, supervisor2, true",
			"CORRECT, SUPERSEDED, supervisor,  false" })
	void theMatrixOfStepsAndPeople(AssessmentAction action, AssessmentStatus status, String who, boolean allowed) {
		var a = computed();
		if (status != AssessmentStatus.COMPUTED) {
			a.review("同意", "supervisor2", NOW);
		}
		if (status == AssessmentStatus.PUBLISHED || status == AssessmentStatus.SUPERSEDED) {
			a.publish("supervisor", NOW);
		}
		if (status == AssessmentStatus.SUPERSEDED) {
			a.supersede();
		}
		assertThat(action.allows(who, a)).isEqualTo(allowed);
	}
}
