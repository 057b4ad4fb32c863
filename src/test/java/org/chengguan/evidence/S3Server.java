package org.chengguan.evidence;

import java.net.URI;
import java.util.Properties;
import java.util.UUID;

import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** A real S3 API (S3Proxy over an in-memory store) on a free local port, with signed requests. */
final class S3Server implements AutoCloseable {

	static final String ACCESS_KEY = "evidence-test";

	static final String SECRET_KEY = "evidence-test-secret";

	private final S3Proxy proxy;

	S3Server() throws Exception {
		proxy = S3Proxy.builder()
			.blobStore(BlobStores.create("transient", new Properties()))
			.endpoint(URI.create("http://127.0.0.1:0"))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
			.build();
		proxy.start();
		while (!proxy.getState().equals("STARTED")) {
			Thread.sleep(10);
		}
	}

	URI endpoint() {
		return URI.create("http://127.0.0.1:" + proxy.getPort());
	}

	/** The settings of a bucket on this server. */
	EvidenceProperties.S3 settings(String bucket) {
		return new EvidenceProperties.S3(endpoint(), "us-east-1", bucket, "evidence/", ACCESS_KEY, SECRET_KEY, true);
	}

	/** A new bucket, as an administrator creates it before the application starts. */
	EvidenceProperties.S3 bucket() {
		var name = "evidence-" + UUID.randomUUID();
		try (var client = client()) {
			client.createBucket(create -> create.bucket(name));
		}
		return settings(name);
	}

	/** A client of its own, as another machine has. */
	S3Client client() {
		return S3Client.builder()
			.endpointOverride(endpoint())
			.region(Region.US_EAST_1)
			.forcePathStyle(true)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
			.build();
	}

	@Override
	public void close() throws Exception {
		proxy.stop();
	}
}
