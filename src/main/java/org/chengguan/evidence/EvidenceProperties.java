package org.chengguan.evidence;

import java.net.URI;
import java.nio.file.Path;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where evidence content lives and what is accepted.
 *
 * @param root local directory: the content store itself with {@code store=local} (one file per SHA-256; back it up
 * with the database), else only where uploads are received before they go to the object store
 * @param maxBytes largest file accepted
 * @param accepted media types accepted, as detected from the content
 * @param store {@code local} (the default, one machine) or {@code s3} (an S3-compatible object store such as MinIO,
 * shared by every instance)
 * @param s3 the object store, with {@code store=s3}
 */
@Validated
@ConfigurationProperties("chengguan.evidence")
record EvidenceProperties(@NotNull @DefaultValue("./data/evidence") Path root,
		@Min(1) @DefaultValue("52428800") long maxBytes,
		@NotEmpty @DefaultValue({ "image/jpeg", "image/png", "image/webp", "application/pdf", "video/mp4" })
		Set<String> accepted,
		@NotNull @DefaultValue("local") Store store,
		@Valid @DefaultValue S3 s3) {

	/** Where the content goes. */
	enum Store {

		LOCAL, S3
	}

	/**
	 * An S3-compatible bucket.
	 *
	 * @param endpoint the service, e.g. {@code http://minio:9000}; empty for Amazon S3 itself
	 * @param region the signing region (MinIO accepts any; {@code us-east-1} by default)
	 * @param bucket the bucket, which must exist; required with {@code store=s3}
	 * @param prefix put before every key, e.g. {@code evidence/}
	 * @param accessKey with {@code secretKey}; when empty the SDK's default chain (environment, instance role) is used
	 * @param secretKey see {@code accessKey}
	 * @param pathStyle {@code http://host/bucket/key} addresses, as MinIO expects
	 */
	record S3(@Nullable URI endpoint, @NotBlank @DefaultValue("us-east-1") String region, @Nullable String bucket,
			@Pattern(regexp = "|[A-Za-z0-9!_.*'()/-]*/") @DefaultValue("")
			String prefix,
			@Nullable String accessKey, @Nullable String secretKey, @DefaultValue("true") boolean pathStyle) {
	}

	/** The settings of a local store in {@code root}. */
	static EvidenceProperties local(Path root, long maxBytes, Set<String> accepted) {
		return new EvidenceProperties(root, maxBytes, accepted, Store.LOCAL,
				new S3(null, "us-east-1", null, "", null, null, true));
	}
}
