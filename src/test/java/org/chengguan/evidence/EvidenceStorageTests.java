package org.chengguan.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** {@code chengguan.evidence.store} chooses the store; an incomplete S3 setting stops the start with its reason. */
class EvidenceStorageTests {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(EvidenceProperties.class)
	static class Settings {
	}

	final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Settings.class,
			EvidenceStorage.class);

	@Test
	void theLocalDirectoryIsTheDefault() {
		context.withPropertyValues("chengguan.evidence.root=target/evidence-storage-test")
			.run(app -> assertThat(app.getBean(ContentStore.class)).isInstanceOf(LocalContentStore.class));
	}

	@Test
	void anS3BucketIsChosenByConfigurationAndItsHealthReported() throws Exception {
		try (var server = new S3Server()) {
			var bucket = server.bucket();
			context
				.withPropertyValues("chengguan.evidence.store=s3", "chengguan.evidence.s3.endpoint=" + server.endpoint(),
						"chengguan.evidence.s3.bucket=" + bucket.bucket(),
						"chengguan.evidence.s3.access-key=" + S3Server.ACCESS_KEY,
						"chengguan.evidence.s3.secret-key=" + S3Server.SECRET_KEY)
				.run(app -> {
					assertThat(app.getBean(ContentStore.class)).isInstanceOf(S3ContentStore.class);
					var health = app.getBean("evidenceStoreHealthIndicator", HealthIndicator.class).health();
					assertThat(health.getStatus()).isEqualTo(Status.UP);
					assertThat(health.getDetails()).containsEntry("store", "s3://" + bucket.bucket() + "/");
				});
			context
				.withPropertyValues("chengguan.evidence.store=s3", "chengguan.evidence.s3.endpoint=" + server.endpoint(),
						"chengguan.evidence.s3.bucket=not-created", "chengguan.evidence.s3.access-key=x",
						"chengguan.evidence.s3.secret-key=y")
				.run(app -> assertThat(app.getBean("evidenceStoreHealthIndicator", HealthIndicator.class)
					.health()
					.getStatus()).isEqualTo(Status.DOWN));
		}
	}

	@Test
	void anIncompleteS3SettingStopsTheStart() {
		context.withPropertyValues("chengguan.evidence.store=s3")
			.run(app -> assertThat(app).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("chengguan.evidence.s3.bucket must be set"));
		context.withPropertyValues("chengguan.evidence.store=s3", "chengguan.evidence.s3.bucket=b",
				"chengguan.evidence.s3.access-key=only-half")
			.run(app -> assertThat(app).hasFailed().getFailure().rootCause().hasMessageContaining("go together"));
		context.withPropertyValues("chengguan.evidence.store=s3", "chengguan.evidence.s3.bucket=b",
				"chengguan.evidence.s3.prefix=no-slash")
			.run(app -> assertThat(app).hasFailed());
	}
}
