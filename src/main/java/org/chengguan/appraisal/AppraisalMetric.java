package org.chengguan.appraisal;

import org.chengguan.caseflow.FieldWorkManagement.FieldWork;
import org.chengguan.duty.AttendanceManagement.MemberDuty;

/**
 * What an auxiliary's month is measured by: patrol, report and attendance only (domain.md §9.3). The list is closed
 * (the database refuses any other): no fine, penalty or amount can be a metric (《行政处罚法》第七十四条).
 */
public enum AppraisalMetric {

	/** 出勤率: shifts kept (上岗 and 下岗 reported) of those rostered. */
	SHIFTS_KEPT(true),
	/** 巡查覆盖率: unit grids of the shifts the person's own track passed, of those to cover. */
	GRID_COVERAGE(true),
	/** 上报数: reports made. */
	REPORTS(false),
	/** 上报有效率: reports the desk accepted, of those decided (自行处置 apart). */
	REPORTS_VERIFIED(true),
	/** 核实核查完成率: 核实 and 核查 done, of those sent to the person. */
	TASKS_DONE(true),
	/** 自行处置数: problems fixed on the spot. */
	SELF_DISPOSED(false),
	/** 有效投诉: complaints against the person found true. */
	COMPLAINTS(false);

	private final boolean rate;

	AppraisalMetric(boolean rate) {
		this.rate = rate;
	}

	/** A rate (numerator of denominator) rather than a count. */
	public boolean isRate() {
		return rate;
	}

	/** One person's month, as the metrics read it. */
	record Inputs(MemberDuty duty, FieldWork work, int complaints) {
	}

	/** A metric's value: a count has the denominator 1; a rate without a denominator has no data. */
	public record Figure(long numerator, long denominator) {
	}

	Figure of(Inputs in) {
		var duty = in.duty();
		var work = in.work();
		return switch (this) {
			case SHIFTS_KEPT -> new Figure(duty.kept(), duty.planned());
			case GRID_COVERAGE -> new Figure(duty.gridsVisited(), duty.gridsPlanned());
			case REPORTS -> new Figure(work.reports(), 1);
			case REPORTS_VERIFIED -> new Figure(work.verified(), work.verified() + work.refused());
			case TASKS_DONE -> new Figure(work.tasksDone(), work.tasks());
			case SELF_DISPOSED -> new Figure(work.selfDisposed(), 1);
			case COMPLAINTS -> new Figure(in.complaints(), 1);
		};
	}
}
