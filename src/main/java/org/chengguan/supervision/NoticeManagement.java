package org.chengguan.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.caseflow.CaseManagement;
import org.chengguan.category.CategoryManagement;
import org.chengguan.evidence.EvidenceManagement;
import org.chengguan.evidence.EvidenceSource;
import org.chengguan.evidence.Upload;
import org.chengguan.intake.Attachment;
import org.chengguan.intake.Channel;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.intake.NewReport;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 监管通知单: issues a numbered notice to a handling unit, opens a loop case (source SUPERVISION, 督办 from the start)
 * for each item that asks for one, takes the unit's reply and the 督查股's verification, and gives the 问题整改率.
 */
@Service
@Transactional
class NoticeManagement {

	/** An item as the 督查股 enters it. */
	record NewItem(String description, String address, @Nullable String categoryKey, LocalDate deadline,
			boolean openCase, List<Upload> photos) {
	}

	/** 问题整改率 of the notices issued in a period: items verified as rectified / items notified. */
	record Rate(long passed, long notified) {

		Figure figure() {
			return new Figure(passed, notified, false);
		}
	}

	private final NoticeRepository notices;

	private final IntakeManagement intake;

	private final CaseManagement cases;

	private final CategoryManagement categories;

	private final EvidenceManagement evidence;

	private final WorkingCalendar calendar;

	NoticeManagement(NoticeRepository notices, IntakeManagement intake, CaseManagement cases,
			CategoryManagement categories, EvidenceManagement evidence, WorkingCalendar calendar) {
		this.notices = notices;
		this.intake = intake;
		this.cases = cases;
		this.categories = categories;
		this.evidence = evidence;
		this.calendar = calendar;
	}

	/** The notices this person sees: every one for citywide supervisors and leaders, else their own unit's. */
	@Transactional(readOnly = true)
	List<SupervisionNotice> visibleTo(Asker asker) {
		var found = sees(asker) ? notices.findTop200ByOrderByIssuedAtDesc()
				: notices.findTop200ByTargetUnitIdOrderByIssuedAtDesc(asker.orgUnitId());
		found.forEach(n -> n.getItems().size());
		return found;
	}

	@Transactional(readOnly = true)
	SupervisionNotice get(long id, Asker asker) {
		var notice = notices.findById(id)
			.filter(n -> sees(asker) || n.getTargetUnitId() == asker.orgUnitId())
			.orElseThrow(() -> new NoticeNotFoundException(id));
		notice.getItems().size();
		return notice;
	}

	/** 下发: the notice with its items, photos stored and cases opened; its id. */
	long issue(long targetUnitId, String title, List<NewItem> items, Asker asker) {
		if (!asker.holds("supervision:manage")) {
			throw new NoticeRuleException("supervision.notice.error.notYours");
		}
		if (cases.dispatchUnits().stream().noneMatch(u -> Objects.equals(u.getId(), targetUnitId))) {
			throw new NoticeRuleException("supervision.notice.error.unit");
		}
		var now = calendar.now();
		var year = String.valueOf(calendar.today().getYear());
		var number = year + "-" + String.format("%04d", notices.countInYear(year) + 1);
		var by = asker.actor().username();
		var stored = new ArrayList<SupervisionNotice.Item>();
		var attachments = new ArrayList<List<Attachment>>();
		for (var i = 0; i < items.size(); i++) {
			var item = items.get(i);
			var files = evidence.storePhotos(item.photos(), new EvidenceSource("SUPERVISION", now, by));
			stored.add(new SupervisionNotice.Item(i + 1, item.description(), item.address(), item.categoryKey(),
					item.deadline(), files.stream().map(f -> Objects.requireNonNull(f.getId())).toArray(Long[]::new),
					null, null, null, null));
			attachments.add(files.stream().map(f -> new Attachment(Attachment.Stage.BEFORE, f.getId(), null,
					f.getOriginalName())).toList());
		}
		var notice = notices.save(new SupervisionNotice(number, targetUnitId, title, stored, by, now));
		for (var i = 0; i < items.size(); i++) {
			var item = items.get(i);
			if (item.openCase()) {
				var categoryId = item.categoryKey() == null ? null
						: categories.findByKey(item.categoryKey()).map(c -> c.getId()).orElse(null);
				var report = intake.receive(new NewReport(Channel.SUPERVISION, number + "-" + (i + 1), null, now,
						categoryId, null, false, item.description(), item.address(), null, null, null,
						asker.actor().id(), false, attachments.get(i)));
				notice.caseOpened(i + 1, cases.byReport(report.getId()).orElseThrow().id());
			}
		}
		return notice.getId();
	}

	/** 整改回复 by the target unit. */
	void reply(long id, long rowVersion, Map<Integer, Boolean> rectified, String text, Asker asker) {
		var notice = current(id, rowVersion);
		if (!NoticeAction.REPLY.allows(asker.holds(NoticeAction.REPLY.authority()), asker.orgUnitId(), notice)) {
			throw new NoticeRuleException("supervision.notice.error.notYours");
		}
		notice.reply(rectified, text, asker.actor().username(), calendar.now());
	}

	/** 现场核查 by the 督查股. */
	void verify(long id, long rowVersion, Map<Integer, SupervisionNotice.Verification> results,
			Map<Integer, String> notes, Asker asker) {
		var notice = current(id, rowVersion);
		if (!NoticeAction.VERIFY.allows(asker.holds(NoticeAction.VERIFY.authority()), asker.orgUnitId(), notice)) {
			throw new NoticeRuleException("supervision.notice.error.notYours");
		}
		notice.verify(results, notes, asker.actor().username(), calendar.now());
	}

	/** 问题整改率 of the notices issued in [from, to). */
	@Transactional(readOnly = true)
	Rate rate(LocalDate from, LocalDate to) {
		var zone = calendar.zone();
		var issued = notices.findByIssuedAtGreaterThanEqualAndIssuedAtLessThan(from.atStartOfDay(zone).toInstant(),
				to.atStartOfDay(zone).toInstant());
		return new Rate(issued.stream().mapToLong(SupervisionNotice::passedItems).sum(),
				issued.stream().mapToLong(n -> n.getItems().size()).sum());
	}

	private static boolean sees(Asker asker) {
		return asker.holds("supervision:view") && asker.scope().citywide();
	}

	private SupervisionNotice current(long id, long rowVersion) {
		var notice = notices.findById(id).orElseThrow(() -> new NoticeNotFoundException(id));
		if (notice.getRowVersion() != rowVersion) {
			throw new ObjectOptimisticLockingFailureException(SupervisionNotice.class, id);
		}
		return notice;
	}
}
