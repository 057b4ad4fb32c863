package org.chengguan.caseflow;

import java.time.Instant;
import java.util.List;

import org.chengguan.intake.Attachment;
import org.chengguan.intake.Channel;
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

	/** Where a case is: its point and the grid and regions around it (all null until located). */
	record Place(@Nullable Double lon, @Nullable Double lat, @Nullable String unitGridCode,
			@Nullable String communityCode, @Nullable String streetCode, @Nullable String districtCode) {

		static Place of(Report report) {
			return new Place(report.getLon(), report.getLat(), report.getUnitGridCode(), report.getCommunityCode(),
					report.getStreetCode(), report.getDistrictCode());
		}

		boolean located() {
			return unitGridCode != null;
		}
	}

	static Opening of(Report report, @Nullable String categoryKey) {
		return new Opening(report.getId(), report.getSource(), report.getCategoryId(), categoryKey, report.isUrgent(),
				report.getDescription(), report.getAddress(), Place.of(report), report.getReceivedAt(),
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
