package org.chengguan.caseflow;

import java.time.Instant;
import java.util.List;

import org.chengguan.intake.Attachment;
import org.chengguan.intake.Channel;
import org.chengguan.intake.Place;
import org.chengguan.intake.Report;
import org.jspecify.annotations.Nullable;

/** What a case starts from: its report, as far as the loop needs it. */
record Opening(long reportId, Channel source, @Nullable Long categoryId, @Nullable String categoryKey,
		boolean urgent, String description, @Nullable String address, Place place, Instant receivedAt,
		boolean selfDisposed, List<Long> beforePhotos, List<Long> afterPhotos) {

	Opening {
		beforePhotos = List.copyOf(beforePhotos);
		afterPhotos = List.copyOf(afterPhotos);
	}

	/**
	 * The state its channel starts a case in (domain.md §4.1): camera alarms are verified first; patrol reports,
	 * leadership instructions, transfers and 监管通知单 items arrive accepted when located and categorised, unless
	 * fixed on the spot.
	 */
	CaseStatus initialStatus() {
		var ready = place.located() && categoryKey != null;
		return switch (source) {
			case VIDEO_AI -> CaseStatus.VERIFYING;
			case PATROL, LEADERSHIP, TRANSFER, SUPERVISION -> ready && !selfDisposed ? CaseStatus.ACCEPTED : CaseStatus.REPORTED;
			default -> CaseStatus.REPORTED;
		};
	}

	static Opening of(Report report, @Nullable String categoryKey) {
		return new Opening(report.getId(), report.getSource(), report.getCategoryId(), categoryKey, report.isUrgent(),
				report.getDescription(), report.getAddress(), report.getPlace(), report.getReceivedAt(),
				report.isSelfDisposed(), photos(report, Attachment.Stage.BEFORE), photos(report, Attachment.Stage.AFTER));
	}

	private static List<Long> photos(Report report, Attachment.Stage stage) {
		return report.getAttachments()
			.stream()
			.filter(a -> a.stage() == stage && a.evidenceId() != null)
			.map(Attachment::evidenceId)
			.toList();
	}
}
