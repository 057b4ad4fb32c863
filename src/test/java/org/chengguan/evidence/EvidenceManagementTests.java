package org.chengguan.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;

import org.chengguan.ChengguanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

@ChengguanIntegrationTest
class EvidenceManagementTests {

	static final byte[] PNG = HexFormat.of()
		.parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f"
				+ "5d0000000049454e44ae426082");

	static final EvidenceSource PATROL = new EvidenceSource("PATROL", Instant.parse("2026-11-20T02:00:00Z"), "grid01");

	@Autowired
	EvidenceManagement evidence;

	@Autowired
	EvidenceRepository repository;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path root;

	long rows() {
		return jdbc.queryForObject("select count(*) from evidence_file", Long.class);
	}

	@Test
	void storesContentOnceAndRecordsEachFile() throws Exception {
		var first = evidence.store(new ByteArrayInputStream(PNG), "../现场.png", PATROL);
		var second = evidence.store(new ByteArrayInputStream(PNG), "again.jpg", PATROL);
		assertThat(first.getSha256()).isEqualTo(second.getSha256()).hasSize(64);
		assertThat(first.getId()).isNotEqualTo(second.getId());
		assertThat(first.getMediaType()).isEqualTo("image/png");
		assertThat(second.getOriginalName()).isEqualTo("again.png");
		assertThat(first.getCapturedBy()).isEqualTo("grid01");
		try (var in = evidence.open(second)) {
			assertThat(in.readAllBytes()).isEqualTo(PNG);
		}
		assertThat(evidence.verify(first)).isTrue();
	}

	@Test
	void refusesWhatIsNotAcceptedAndStoresNothing() {
		var before = rows();
		assertThatThrownBy(() -> evidence.store(new ByteArrayInputStream("<html>".getBytes()), "photo.jpg", PATROL))
			.isInstanceOf(EvidenceRejectedException.class)
			.hasMessage("evidence.rejected.unknownType");
		assertThatThrownBy(() -> evidence.store(new ByteArrayInputStream(new byte[0]), "x.png", PATROL))
			.hasMessage("evidence.rejected.empty");
		var small = new EvidenceManagement(repository, EvidenceProperties.local(root, 20, Set.of("image/jpeg")),
				new LocalContentStore(root), Clock.systemUTC());
		assertThatThrownBy(() -> small.store(new ByteArrayInputStream(PNG), "big.png", PATROL))
			.hasMessage("evidence.rejected.tooLarge");
		assertThatThrownBy(() -> small.store(new ByteArrayInputStream(java.util.Arrays.copyOf(PNG, 16)), "x.png",
				PATROL)).hasMessage("evidence.rejected.typeNotAccepted");
		assertThat(rows()).isEqualTo(before);
		assertThat(root.resolve("incoming")).isEmptyDirectory();
	}

	@Test
	void recordsAreAppendOnlyAndTamperingIsDetected() throws Exception {
		var tampered = new EvidenceManagement(repository,
				EvidenceProperties.local(root, 1_000_000, Set.of("image/png")), new LocalContentStore(root),
				Clock.systemUTC());
		var file = tampered.store(new ByteArrayInputStream(PNG), "a.png", PATROL);
		assertThatThrownBy(() -> jdbc.update("update evidence_file set captured_by = 'x' where id = ?", file.getId()))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.update("delete from evidence_file where id = ?", file.getId()))
			.isInstanceOf(DataAccessException.class);
		try (var paths = Files.walk(root)) {
			var stored = paths.filter(p -> p.toString().endsWith(".png")).findFirst().orElseThrow();
			Files.write(stored, new byte[] { 1, 2, 3 }, java.nio.file.StandardOpenOption.APPEND);
		}
		assertThat(tampered.verify(file)).isFalse();
	}
}
