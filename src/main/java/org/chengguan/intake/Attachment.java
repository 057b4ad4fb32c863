package org.chengguan.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * A photo or file of a report: stored evidence, or a link a platform sent. {@code AFTER} photos show a problem fixed on
 * the spot (自行处置).
 */
@Embeddable
public record Attachment(@Enumerated(EnumType.STRING) Stage stage, @Nullable Long evidenceId,
		@Column(length = 1000) @Nullable String url, String name) {

	public enum Stage {

		BEFORE, AFTER
	}

	public static Attachment link(String url, String name) {
		return new Attachment(Stage.BEFORE, null, url, name);
	}
}
