package org.chengguan.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.chengguan.ChengguanIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

/**
 * Two instances on one database and one bucket, each with its own disk: what one stores the other reads and
 * verifies; what is refused leaves nothing in the bucket.
 */
@ChengguanIntegrationTest
class SharedObjectStorageTests {

	@Autowired
	EvidenceRepository repository;

	@TempDir
	Path diskOfA;

	@TempDir
	Path diskOfB;

	S3Server server;

	EvidenceProperties.S3 bucket;

	S3ContentStore storeOfA;

	S3ContentStore storeOfB;

	EvidenceManagement machineA;

	EvidenceManagement machineB;

	@BeforeEach
	void start() throws Exception {
		server = new S3Server();
		bucket = server.bucket();
		storeOfA = EvidenceStorage.s3(bucket);
		storeOfB = EvidenceStorage.s3(bucket);
		machineA = machine(diskOfA, storeOfA);
		machineB = machine(diskOfB, storeOfB);
	}

	EvidenceManagement machine(Path disk, ContentStore store) {
		return new EvidenceManagement(repository, EvidenceProperties.local(disk, 1_000_000, Set.of("image/png")), store,
				Clock.systemUTC());
	}

	@AfterEach
	void stop() throws Exception {
		storeOfA.close();
		storeOfB.close();
		server.close();
	}

	List<String> objects() {
		try (var client = server.client()) {
			return client.listObjectsV2(list -> list.bucket(bucket.bucket()))
				.contents()
				.stream()
				.map(o -> o.key())
				.toList();
		}
	}

	@Test
	void aPhotoStoredThroughOneInstanceIsReadThroughTheOther() throws Exception {
		var stored = machineA.store(new ByteArrayInputStream(EvidenceManagementTests.PNG), "现场.png",
				EvidenceManagementTests.PATROL);

		var found = machineB.find(stored.getId()).orElseThrow();
		try (var in = machineB.open(found)) {
			assertThat(in.readAllBytes()).isEqualTo(EvidenceManagementTests.PNG);
		}
		assertThat(machineB.verify(found)).isTrue();
		assertThat(objects()).containsExactly(
				"evidence/" + EvidenceManagement.keyOf(stored.getSha256(), stored.getMediaType()));
		assertThat(diskOfA.resolve("incoming")).isEmptyDirectory();

		var again = machineB.store(new ByteArrayInputStream(EvidenceManagementTests.PNG), "again.png",
				EvidenceManagementTests.PATROL);
		assertThat(again.getId()).isNotEqualTo(stored.getId());
		assertThat(objects()).hasSize(1);
	}

	@Test
	void refusedPhotosLeaveNothingInTheBucket() {
		var photos = List.of(new Upload("b.png", new ByteArrayResource("<html>".getBytes())));
		var rows = repository.count();
		assertThatThrownBy(() -> machineA.storePhotos(photos, EvidenceManagementTests.PATROL))
			.isInstanceOf(EvidenceRejectedException.class);
		assertThat(objects()).isEmpty();
		assertThat(repository.count()).isEqualTo(rows);
	}
}
