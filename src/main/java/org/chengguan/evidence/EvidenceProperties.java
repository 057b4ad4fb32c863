package org.chengguan.evidence;

import java.nio.file.Path;
import java.util.Set;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where evidence content lives and what is accepted.
 *
 * @param root directory of the content store (one file per SHA-256); back it up with the database
 * @param maxBytes largest file accepted
 * @param accepted media types accepted, as detected from the content
 */
@Validated
@ConfigurationProperties("chengguan.evidence")
record EvidenceProperties(@NotNull @DefaultValue("./data/evidence") Path root,
		@Min(1) @DefaultValue("52428800") long maxBytes,
		@NotEmpty @DefaultValue({ "image/jpeg", "image/png", "image/webp", "application/pdf", "video/mp4" })
		Set<String> accepted) {
}
