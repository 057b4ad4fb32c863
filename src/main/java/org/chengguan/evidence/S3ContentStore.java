package org.chengguan.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Content in an S3-compatible bucket (MinIO, Amazon S3 …) that every instance shares. A key is written only when it
 * is absent ({@code If-None-Match: *}, and a look first for stores that ignore it), with the SHA-256 the store checks
 * the upload against; files are streamed from and to disk, never held in memory.
 */
final class S3ContentStore implements ContentStore, AutoCloseable {

	private final S3Client s3;

	private final String bucket;

	private final String prefix;

	S3ContentStore(S3Client s3, String bucket, String prefix) {
		this.s3 = s3;
		this.bucket = bucket;
		this.prefix = prefix;
	}

	@Override
	public void keep(String key, Path received, long size, String sha256, String mediaType) throws IOException {
		try {
			if (exists(key)) {
				return;
			}
			s3.putObject(put -> put.bucket(bucket)
				.key(prefix + key)
				.contentType(mediaType)
				.contentLength(size)
				.checksumSHA256(Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)))
				.ifNoneMatch("*"), RequestBody.fromFile(received));
		}
		catch (S3Exception ex) {
			// 412: another instance stored the same content meanwhile; 409: it is storing it right now.
			if (ex.statusCode() != 412 && ex.statusCode() != 409) {
				throw new IOException("Could not store " + key + " in bucket " + bucket, ex);
			}
		}
		catch (SdkException ex) {
			throw new IOException("Could not store " + key + " in bucket " + bucket, ex);
		}
	}

	private boolean exists(String key) {
		try {
			s3.headObject(head -> head.bucket(bucket).key(prefix + key));
			return true;
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return false;
			}
			throw ex;
		}
	}

	@Override
	public InputStream open(String key) throws IOException {
		try {
			return s3.getObject(get -> get.bucket(bucket).key(prefix + key));
		}
		catch (NoSuchKeyException ex) {
			throw new NoSuchFileException(bucket + "/" + prefix + key);
		}
		catch (SdkException ex) {
			throw new IOException("Could not read " + key + " from bucket " + bucket, ex);
		}
	}

	@Override
	public void check() throws IOException {
		try {
			s3.headBucket(head -> head.bucket(bucket));
		}
		catch (SdkException ex) {
			throw new IOException("Bucket " + bucket + " cannot be reached: " + ex.getMessage(), ex);
		}
	}

	@Override
	public String describe() {
		return "s3://" + bucket + "/" + prefix;
	}

	@Override
	public void close() {
		s3.close();
	}
}
