package org.chengguan.appraisal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.caseflow.FieldWorkManagement;
import org.chengguan.duty.AttendanceManagement;
import org.chengguan.staff.OrgManagement;
import org.chengguan.staff.OrgUnitType;
import org.chengguan.staff.StaffManagement;
import org.chengguan.staff.StaffSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 协管员考核: computes a squad's month from its auxiliaries' duty, field work and complaints under the scheme in force
 * at the month's end, takes it through the 执法股's review to publication, corrects a published one by a new version,
 * and records complaints. What each person may see is {@link AppraisalAccess}'s, what they may do
 * {@link AppraisalAction}'s.
 */
@Component
@Transactional
public class AppraisalManagement {

	/** A squad of the month's list with its latest version (none yet, or one the viewer does not see). */
	public record SquadMonth(long unitId, String unitName, int auxiliaries, @Nullable Appraisal latest) {
	}

	/** A complaint as recorded by the 执法股. */
	public record NewComplaint(long staffId, LocalDate receivedOn, Complaint.Source source, String summary,
			@Nullable String caseNumber, boolean upheld) {
	}

	private final AppraisalRepository appraisals;

	private final ComplaintRepository complaints;

	private final AppraisalSchemes schemes;

	private final AttendanceManagement attendance;

	private final FieldWorkManagement fieldWork;

	private final StaffManagement staff;

	private final OrgManagement org;

	private final WorkingCalendar calendar;

	AppraisalManagement(AppraisalRepository appraisals, ComplaintRepository complaints, AppraisalSchemes schemes,
			AttendanceManagement attendance, FieldWorkManagement fieldWork, StaffManagement staff, OrgManagement org,
			WorkingCalendar calendar) {
		this.appraisals = appraisals;
		this.complaints = complaints;
		this.schemes = schemes;
		this.attendance = attendance;
		this.fieldWork = fieldWork;
		this.staff = staff;
		this.org = org;
		this.calendar = calendar;
	}

	/** The squads the viewer sees (their own, those in the 辖区, or all for the 执法股) with the month's appraisals. */
	@Transactional(readOnly = true)
	public List<SquadMonth> month(YearMonth month, AppraisalAccess.Viewer viewer) {
		var versions = appraisals.findByMonthOrderByUnitIdAscVersionDesc(month.atDay(1));
		var rows = new ArrayList<SquadMonth>();
		for (var row : org.tree()) {
			var unit = row.unit();
			var id = Objects.requireNonNull(unit.getId());
			if (unit.getType() != OrgUnitType.SQUAD
					|| !(viewer.holds(AppraisalAction.AUTHORITY) || AppraisalAccess.ofSquad(viewer, id))) {
				continue;
			}
			var latest = versions.stream().filter(a -> a.getUnitId() == id && AppraisalAccess.sees(viewer, a))
				.findFirst().orElse(null);
			rows.add(new SquadMonth(id, unit.getName(), auxiliariesOf(id).size(), latest));
		}
		return rows;
	}

	/** One version, if the viewer sees it. */
	@Transactional(readOnly = true)
	public Appraisal get(long id, AppraisalAccess.Viewer viewer) {
		var found = appraisals.findById(id).filter(a -> AppraisalAccess.sees(viewer, a))
			.orElseThrow(() -> new AppraisalNotFoundException("appraisal " + id));
		found.getLines().size();
		found.getItems().size();
		return found;
	}

	/** Every version of the squad's month the viewer sees, newest first. */
	@Transactional(readOnly = true)
	public List<Appraisal> versions(Appraisal of, AppraisalAccess.Viewer viewer) {
		return appraisals.findByMonthAndUnitIdOrderByVersionDesc(of.getMonth(), of.getUnitId()).stream()
			.filter(a -> AppraisalAccess.sees(viewer, a))
			.toList();
	}

	/**
	 * 计算 a squad's month (or again, while not published); a month is appraised once it has ended. The version
	 * computed.
	 */
	public long compute(YearMonth month, long unitId, AppraisalAccess.Viewer by) {
		if (!by.holds(AppraisalAction.AUTHORITY)) {
			throw new AppraisalRuleException("appraisal.error.notYours");
		}
		if (!month.isBefore(YearMonth.from(calendar.today())) || month.isBefore(YearMonth.of(2000, 1))) {
			throw new AppraisalRuleException("appraisal.error.month");
		}
		var unit = org.get(unitId);
		if (unit.getType() != OrgUnitType.SQUAD || auxiliariesOf(unitId).isEmpty()) {
			throw new AppraisalRuleException("appraisal.error.squad");
		}
		var scheme = schemes.inForce(month.atEndOfMonth())
			.orElseThrow(() -> new AppraisalRuleException("appraisal.error.scheme"));
		var ranked = rank(scheme, month, unitId);
		var versions = appraisals.findByMonthAndUnitIdOrderByVersionDesc(month.atDay(1), unitId);
		var open = versions.stream().filter(a -> a.getStatus() == AppraisalStatus.COMPUTED
				|| a.getStatus() == AppraisalStatus.REVIEWED).findFirst();
		if (open.isPresent()) {
			open.get().recompute(scheme, ranked, by, calendar.now());
			return open.get().getId();
		}
		if (!versions.isEmpty()) {
			throw new AppraisalRuleException("appraisal.error.published");
		}
		return appraisals.save(Appraisal.first(month.atDay(1), unitId, scheme, ranked, by.actor().username(),
				calendar.now())).getId();
	}

	public void review(long id, long rowVersion, String opinion, AppraisalAccess.Viewer by) {
		current(id, rowVersion, by).review(opinion, by, calendar.now());
	}

	/** 发布; a correction published supersedes the version it corrects. */
	public void publish(long id, long rowVersion, AppraisalAccess.Viewer by) {
		var appraisal = current(id, rowVersion, by);
		appraisal.publish(by, calendar.now());
		appraisals.findByMonthAndUnitIdOrderByVersionDesc(appraisal.getMonth(), appraisal.getUnitId()).stream()
			.filter(a -> a.getVersion() < appraisal.getVersion() && a.getStatus() == AppraisalStatus.PUBLISHED)
			.forEach(Appraisal::supersede);
	}

	/** 更正: the next version, computed afresh from today's records; its id. */
	public long correct(long id, long rowVersion, String reason, AppraisalAccess.Viewer by) {
		var appraisal = current(id, rowVersion, by);
		var month = YearMonth.from(appraisal.getMonth());
		var scheme = schemes.inForce(month.atEndOfMonth())
			.orElseThrow(() -> new AppraisalRuleException("appraisal.error.scheme"));
		if (appraisals.findByMonthAndUnitIdOrderByVersionDesc(appraisal.getMonth(), appraisal.getUnitId()).stream()
			.anyMatch(a -> a.getStatus() == AppraisalStatus.COMPUTED || a.getStatus() == AppraisalStatus.REVIEWED)) {
			throw new AppraisalRuleException("appraisal.error.state");
		}
		var next = appraisal.correction(reason, scheme, rank(scheme, month, appraisal.getUnitId()), by,
				calendar.now());
		return appraisals.save(next).getId();
	}

	/** The actions the viewer may take on this version now. */
	public Set<String> actions(Appraisal appraisal, AppraisalAccess.Viewer viewer) {
		var allowed = new java.util.TreeSet<String>();
		for (var action : AppraisalAction.values()) {
			if (action.allows(viewer, appraisal)) {
				allowed.add(action.name());
			}
		}
		return allowed;
	}

	/** Whether the viewer sees the pay grades and the 末位 of this version. */
	public boolean seesGrades(Appraisal appraisal, AppraisalAccess.Viewer viewer) {
		return AppraisalAccess.seesGrades(viewer, appraisal);
	}

	/** The scheme a version was computed under. */
	@Transactional(readOnly = true)
	public Optional<AppraisalScheme> schemeOf(Appraisal appraisal) {
		return schemes.get(appraisal.getSchemeCode(), appraisal.getSchemeVersion());
	}

	@Transactional(readOnly = true)
	public String unitName(long unitId) {
		return org.get(unitId).getName();
	}

	/** The squad's auxiliaries (协管员). */
	@Transactional(readOnly = true)
	public List<StaffSummary> auxiliariesOf(long unitId) {
		return staff.summaries(Set.copyOf(staff.membersOf(unitId))).stream()
			.filter(StaffSummary::auxiliary)
			.sorted(java.util.Comparator.comparing(StaffSummary::username))
			.toList();
	}

	/** Records a complaint against an auxiliary of a squad; only the 执法股 records them. */
	public Complaint record(NewComplaint complaint, AppraisalAccess.Viewer by) {
		if (!by.holds(AppraisalAction.AUTHORITY)) {
			throw new AppraisalRuleException("appraisal.error.notYours");
		}
		var person = staff.summaries(Set.of(complaint.staffId())).stream().filter(StaffSummary::auxiliary)
			.findFirst().orElseThrow(() -> new AppraisalRuleException("appraisal.complaint.error.staff"));
		var summary = complaint.summary().strip();
		if (summary.isEmpty() || summary.length() > 500) {
			throw new AppraisalRuleException("appraisal.complaint.error.summary");
		}
		if (complaint.receivedOn().isAfter(calendar.today()) || complaint.receivedOn().getYear() < 2000) {
			throw new AppraisalRuleException("appraisal.complaint.error.date");
		}
		var number = complaint.caseNumber() == null || complaint.caseNumber().isBlank() ? null
				: complaint.caseNumber().strip();
		if (number != null && number.length() > 40) {
			throw new AppraisalRuleException("appraisal.complaint.error.caseNumber");
		}
		return complaints.save(new Complaint(person.id(), person.orgUnitId(), complaint.receivedOn(),
				complaint.source(), summary, number, complaint.upheld(), by.actor().username(), calendar.now()));
	}

	/** The complaints recorded against a squad's auxiliaries in a month, newest first. */
	@Transactional(readOnly = true)
	public List<Complaint> complaints(long unitId, YearMonth month, AppraisalAccess.Viewer viewer) {
		if (!viewer.holds(AppraisalAction.AUTHORITY)) {
			throw new AppraisalNotFoundException("complaints of unit " + unitId);
		}
		return complaints.findByUnitIdAndReceivedOnBetweenOrderByReceivedOnDesc(unitId, month.atDay(1),
				month.atEndOfMonth());
	}

	private SquadRanking.Ranked rank(AppraisalScheme scheme, YearMonth month, long unitId) {
		var people = auxiliariesOf(unitId);
		var ids = people.stream().map(StaffSummary::id).toList();
		var zone = calendar.zone();
		var from = month.atDay(1);
		var to = month.plusMonths(1).atDay(1);
		var duty = attendance.of(ids, from, to, calendar.now());
		var work = fieldWork.of(ids, from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant());
		var upheld = new HashMap<Long, Integer>();
		complaints.findByStaffIdInAndReceivedOnBetweenAndUpheldTrue(ids, from, month.atEndOfMonth())
			.forEach(c -> upheld.merge(c.getStaffId(), 1, Integer::sum));
		var candidates = people.stream()
			.map(p -> new SquadRanking.Candidate(p.id(), p.name(), new AppraisalMetric.Inputs(
					duty.getOrDefault(p.id(), new AttendanceManagement.MemberDuty(0, 0, 0, 0)),
					work.getOrDefault(p.id(), FieldWorkManagement.FieldWork.NONE), upheld.getOrDefault(p.id(), 0))))
			.toList();
		return SquadRanking.rank(scheme, candidates);
	}

	private Appraisal current(long id, long rowVersion, AppraisalAccess.Viewer by) {
		var appraisal = appraisals.findById(id).filter(a -> AppraisalAccess.sees(by, a))
			.orElseThrow(() -> new AppraisalNotFoundException("appraisal " + id));
		if (appraisal.getRowVersion() != rowVersion) {
			throw new ObjectOptimisticLockingFailureException(Appraisal.class, id);
		}
		return appraisal;
	}
}
