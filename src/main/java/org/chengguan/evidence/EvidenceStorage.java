package org.chengguan.evidence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The content store chosen by {@code chengguan.evidence.store}: the local directory (the default, for one machine and
 * {@code spring-boot:run}) or an S3-compatible bucket that several instances share; and its health.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceStorage {

	private static final Logger log = LoggerFactory.getLogger(EvidenceStorage.class);

	@Bean
	ContentStore evidenceContentStore(EvidenceProperties properties) {
		var store = switch (properties.store()) {
			case LOCAL -> new LocalContentStore(properties.root());
			case S3 -> s3(properties.s3());
		};
		log.info("Evidence content is kept in {}", store.describe());
		return store;
	}

	/** The bucket's client; S3-compatible stores get checksums only where the API requires them. */
	static S3ContentStore s3(EvidenceProperties.S3 settings) {
		var bucket = settings.bucket();
		if (bucket == null || bucket.isBlank()) {
			throw new IllegalStateException("chengguan.evidence.s3.bucket must be set when chengguan.evidence.store=s3");
		}
		if ((settings.accessKey() == null) != (settings.secretKey() == null)) {
			throw new IllegalStateException(
					"chengguan.evidence.s3.access-key and secret-key go together (or neither, for the default chain)");
		}
		var client = S3Client.builder()
			.region(Region.of(settings.region()))
			.forcePathStyle(settings.pathStyle())
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		if (settings.endpoint() != null) {
			client.endpointOverride(settings.endpoint());
		}
		if (settings.accessKey() != null && settings.secretKey() != null) {
			client.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
		}
		return new S3ContentStore(client.build(), bucket, settings.prefix());
	}

	/** {@code evidenceStore} in {@code /actuator/health}: whether the content store can be reached. */
	@Bean
	HealthIndicator evidenceStoreHealthIndicator(ContentStore store) {
		return () -> {
			try {
				store.check();
				return Health.up().withDetail("store", store.describe()).build();
			}
			catch (java.io.IOException ex) {
				return Health.down().withDetail("store", store.describe()).withDetail("error", ex.getMessage()).build();
			}
		};
	}
}
