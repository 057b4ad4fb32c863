package org.chengguan.intake;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A report as a channel hands it over, already checked for form (lengths, ranges). {@code externalRef} makes a
 * platform's retry idempotent; {@code reportedBy} is the staff member for patrol and manual entry.
 */
public record NewReport(Channel source, @Nullable String externalRef, @Nullable Long clientId, Instant reportedAt,
		@Nullable Long categoryId, @Nullable String categoryText, boolean urgent, String description,
		@Nullable String address, @Nullable Double lon, @Nullable Double lat, @Nullable Reporter reporter,
		@Nullable Long reportedBy, boolean selfDisposed, List<Attachment> attachments) {

	/** The same report with these attachments (photos stored for it). */
	NewReport withAttachments(List<Attachment> stored) {
		return new NewReport(source, externalRef, clientId, reportedAt, categoryId, categoryText, urgent, description,
				address, lon, lat, reporter, reportedBy, selfDisposed, stored);
	}

	/** Whoever called or wrote in. */
	public record Reporter(@Nullable String name, @Nullable String phone) {
	}

	public NewReport {
		attachments = List.copyOf(attachments);
		if ((lon == null) != (lat == null)) {
			throw new IllegalArgumentException("lon and lat come together");
		}
	}
}
