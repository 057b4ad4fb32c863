package org.chengguan.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The object store against a real S3 API: content kept once under its key, streamed, never replaced. */
class S3ContentStoreTests {

	static S3Server server;

	static S3ContentStore store;

	@TempDir
	Path dir;

	@BeforeAll
	static void start() throws Exception {
		server = new S3Server();
		store = EvidenceStorage.s3(server.bucket());
	}

	@AfterAll
	static void stop() throws Exception {
		store.close();
		server.close();
	}

	Path file(byte[] content) throws IOException {
		return Files.write(Files.createTempFile(dir, "received-", ".part"), content);
	}

	static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	@Test
	void aLargeFileIsReadBackAsItWasKept() throws Exception {
		var content = new byte[12 * 1024 * 1024];
		new Random(7).nextBytes(content);
		var sha = sha256(content);
		store.keep("ab/cd/" + sha + ".mp4", file(content), content.length, sha, "video/mp4");
		try (var in = store.open("ab/cd/" + sha + ".mp4")) {
			assertThat(sha256(in.readAllBytes())).isEqualTo(sha);
		}
	}

	@Test
	void contentUnderAKeyIsNeverReplaced() throws Exception {
		var first = "first".getBytes();
		var key = "00/00/" + UUID.randomUUID() + ".png";
		store.keep(key, file(first), first.length, sha256(first), "image/png");
		var other = "other content".getBytes();
		store.keep(key, file(other), other.length, sha256(other), "image/png");
		try (var in = store.open(key)) {
			assertThat(in.readAllBytes()).isEqualTo(first);
		}
	}

	@Test
	void theStoreRefusesContentThatIsNotWhatItsSha256Says() throws Exception {
		var content = "photo".getBytes();
		var key = "00/01/" + UUID.randomUUID() + ".png";
		assertThatThrownBy(() -> store.keep(key, file(content), content.length, sha256("other".getBytes()),
				"image/png")).isInstanceOf(IOException.class);
		assertThatThrownBy(() -> store.open(key)).isInstanceOf(NoSuchFileException.class);
	}

	@Test
	void aMissingKeyOrBucketIsSaidSo() throws Exception {
		assertThatThrownBy(() -> store.open("ff/ff/missing.png")).isInstanceOf(NoSuchFileException.class);
		store.check();
		try (var missing = EvidenceStorage.s3(server.settings("no-such-bucket"))) {
			assertThatThrownBy(missing::check).isInstanceOf(IOException.class).hasMessageContaining("no-such-bucket");
		}
	}
}
