package org.chengguan.supervision;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.road.RoadManagement;
import org.chengguan.road.RoadSegment;
import org.chengguan.staff.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 月考核 and 季度通报: computes a month's assessment of the streets, the units or the 路长 from the adjusted figures under the scheme
 * in force at the month's end, takes it through review and publication, corrects a published one by a new version,
 * and ranks a quarter from its published months.
 */
@Service
@Transactional
class AssessmentManagement {

	/** One subject of a quarter: its published monthly totals and their mean, ranked. */
	record QuarterRow(int rank, String key, String name, List<Optional<java.math.BigDecimal>> months,
			java.math.BigDecimal mean) {
	}

	/** A quarter's 通报: its months, those not yet published, and the ranked subjects. */
	record Quarter(int year, int quarter, MonthlyAssessment.Subject subject, List<YearMonth> months,
			List<YearMonth> unpublished, List<QuarterRow> rows) {
	}

	private final AssessmentRepository assessments;

	private final Rollups rollups;

	private final Schemes schemes;

	private final Names names;

	private final WorkingCalendar calendar;

	private final SupervisionProperties properties;

	private final RoadManagement roads;

	AssessmentManagement(AssessmentRepository assessments, Rollups rollups, Schemes schemes, Names names,
			WorkingCalendar calendar, SupervisionProperties properties, RoadManagement roads) {
		this.roads = roads;
		this.assessments = assessments;
		this.rollups = rollups;
		this.schemes = schemes;
		this.names = names;
		this.calendar = calendar;
		this.properties = properties;
	}

	@PreAuthorize("hasAuthority('supervision:view')")
	@Transactional(readOnly = true)
	List<MonthlyAssessment> list() {
		return assessments.findAllByOrderByMonthDescSubjectAscVersionDesc();
	}

	@PreAuthorize("hasAuthority('supervision:view')")
	@Transactional(readOnly = true)
	MonthlyAssessment get(long id) {
		var found = assessments.findById(id).orElseThrow(() -> new AssessmentNotFoundException(id));
		found.getScores().size();
		found.itemsOf("").size();
		return found;
	}

	/**
	 * 计算 a month that has ended: the first version, or the open one again; a published month is corrected
	 * instead. Under the named scheme, or the first in force at the month's end.
	 */
	@PreAuthorize("hasAuthority('supervision:manage')")
	long compute(YearMonth month, MonthlyAssessment.Subject subject, @Nullable String schemeCode, Actor actor) {
		if (!month.isBefore(YearMonth.from(calendar.today()))) {
			throw new AssessmentRuleException("supervision.assessment.error.notEnded");
		}
		var versions = assessments.findByMonthAndSubjectOrderByVersionDesc(month.atDay(1), subject);
		var scored = score(month, subject, schemeCode);
		if (versions.isEmpty()) {
			return assessments.save(MonthlyAssessment.first(month.atDay(1), subject, scored, actor.username(),
					calendar.now())).getId();
		}
		var latest = versions.get(0);
		if (latest.getStatus() == AssessmentStatus.PUBLISHED) {
			throw new AssessmentRuleException("supervision.assessment.error.published");
		}
		latest.recompute(scored, actor.username(), calendar.now());
		return latest.getId();
	}

	@PreAuthorize("hasAuthority('supervision:manage')")
	void review(long id, long rowVersion, String opinion, Actor actor) {
		current(id, rowVersion).review(opinion, actor.username(), calendar.now());
	}

	/** 发布; the version it corrects, if any, becomes 已更正 in the same transaction. */
	@PreAuthorize("hasAuthority('supervision:manage')")
	void publish(long id, long rowVersion, Actor actor) {
		var assessment = current(id, rowVersion);
		assessments.findByMonthAndSubjectAndStatus(assessment.getMonth(), assessment.getSubject(),
				AssessmentStatus.PUBLISHED).ifPresent(earlier -> {
					earlier.supersede();
					assessments.saveAndFlush(earlier);
				});
		assessment.publish(actor.username(), calendar.now());
	}

	/** 更正 a published assessment: a new version from the current figures, with the reason; its id. */
	@PreAuthorize("hasAuthority('supervision:manage')")
	long correct(long id, long rowVersion, String reason, Actor actor) {
		var published = current(id, rowVersion);
		var open = assessments.findByMonthAndSubjectOrderByVersionDesc(published.getMonth(), published.getSubject())
			.get(0);
		if (open.getVersion() > published.getVersion()) {
			throw new AssessmentRuleException("supervision.assessment.error.correctionOpen");
		}
		var scored = score(YearMonth.from(published.getMonth()), published.getSubject(), published.getSchemeCode());
		return assessments.save(published.correction(reason, scored, actor.username(), calendar.now())).getId();
	}

	/** 季度通报: each subject's published monthly totals in the quarter, ranked by their mean. */
	@PreAuthorize("hasAuthority('supervision:view')")
	@Transactional(readOnly = true)
	Quarter quarter(int year, int quarter, MonthlyAssessment.Subject subject) {
		var first = YearMonth.of(year, (quarter - 1) * 3 + 1);
		var months = List.of(first, first.plusMonths(1), first.plusMonths(2));
		var published = assessments.findByMonthBetweenAndSubjectAndStatusOrderByMonth(first.atDay(1),
				first.plusMonths(2).atDay(1), subject, AssessmentStatus.PUBLISHED);
		return QuarterReport.of(year, quarter, subject, months, published);
	}

	private MonthlyAssessment current(long id, long rowVersion) {
		var assessment = assessments.findById(id).orElseThrow(() -> new AssessmentNotFoundException(id));
		if (assessment.getRowVersion() != rowVersion) {
			throw new ObjectOptimisticLockingFailureException(MonthlyAssessment.class, id);
		}
		return assessment;
	}

	/** The month's figures of every subject, by key, with the names it is shown by. */
	private record Subjects(Map<String, Tally> tallies, Map<String, String> names) {
	}

	private Subjects subjects(YearMonth month, MonthlyAssessment.Subject subject, Period period) {
		var tallies = new LinkedHashMap<String, Tally>();
		var labels = new HashMap<String, String>();
		if (subject == MonthlyAssessment.Subject.ROAD) {
			// 路长: each segment by the facts of the cases found on it in the month (counts and rates only)
			var zone = calendar.zone();
			var received = roads.casesReceived(month.atDay(1).atStartOfDay(zone).toInstant(),
					month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
			var chiefs = roads.names(received.keySet().stream().map(RoadSegment::getChiefId).collect(Collectors.toSet()));
			received.forEach((segment, cases) -> {
				tallies.put(segment.getCode(), rollups.ofCases(cases, true));
				var label = segment.getName() + " · " + chiefs.getOrDefault(segment.getChiefId(), "");
				labels.put(segment.getCode(), label.length() > 100 ? label.substring(0, 100) : label);
			});
			return new Subjects(tallies, labels);
		}
		tallies.putAll(rollups.ranking(subject.grouping(), Scope.CITY, period, true));
		tallies.remove("");
		var all = names.all(Locale.SIMPLIFIED_CHINESE);
		tallies.keySet().forEach(key -> labels.put(key, Names.of(subject.grouping(), key, all)));
		return new Subjects(tallies, labels);
	}

	/** Every subject of the month ranked under the scheme, from the adjusted figures. */
	private MonthlyAssessment.Scored score(YearMonth month, MonthlyAssessment.Subject subject,
			@Nullable String schemeCode) {
		var inForce = schemes.inForce(month.atEndOfMonth());
		var scheme = inForce.stream().filter(s -> s.code().equals(schemeCode)).findFirst()
			.or(() -> inForce.stream().findFirst())
			.orElseThrow(() -> new AssessmentRuleException("supervision.assessment.error.noScheme"));
		var period = Period.of(Period.Kind.MONTH, month.atDay(1));
		var subjects = subjects(month, subject, period);
		var ranked = Ranking.of(subjects.tallies(), scheme, properties.settings(), subjects.names()::get);
		var scores = new ArrayList<MonthlyAssessment.Score>();
		var items = new ArrayList<MonthlyAssessment.Item>();
		for (var r : ranked) {
			scores.add(new MonthlyAssessment.Score(r.key(), r.name(), r.rank(), r.score().total(), r.score().complete(),
					(int) r.tally().cases()));
			var position = 0;
			for (var item : r.score().items()) {
				items.add(new MonthlyAssessment.Item(r.key(), ++position, item.item().indicator(),
						item.figure().numerator(), item.figure().denominator(), item.points().orElse(null)));
			}
		}
		return new MonthlyAssessment.Scored(scheme, scores, items);
	}
}
