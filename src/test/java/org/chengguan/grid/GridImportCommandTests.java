package org.chengguan.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.chengguan.ChengguanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@ChengguanIntegrationTest
class GridImportCommandTests {

	static final String RING = "[[[114.0,35.0],[114.01,35.0],[114.01,35.01],[114.0,35.01],[114.0,35.0]]]";

	@Autowired
	GridImportCommand command;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@TempDir
	Path dir;

	static String feature(String level, String code, String name) {
		return "{\"type\":\"Feature\",\"properties\":{\"level\":\"" + level + "\",\"code\":\"" + code + "\",\"name\":\""
				+ name + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + RING + "}}";
	}

	int regions(String prefix) {
		return jdbc.queryForObject("select count(*) from grid_region where code like ?", Integer.class, prefix + "%");
	}

	@Test
	void importsAValidFileAndRefusesABadOneWhole() throws Exception {
		var good = Files.writeString(dir.resolve("good.geojson"), "{\"type\":\"FeatureCollection\",\"features\":["
				+ feature("DISTRICT", "990109", "试验区") + "," + feature("STREET", "990109001", "试验街道") + ","
				+ feature("COMMUNITY", "990109001001", "试验社区") + "," + feature("UNIT_GRID", "990109001001001", "")
				+ "]}");
		var bad = Files.writeString(dir.resolve("bad.geojson"), "{\"type\":\"FeatureCollection\",\"features\":["
				+ feature("DISTRICT", "990108", "另一区") + "," + feature("STREET", "990108001", "") + "]}");

		assertThat(command.importFile(bad)).isEqualTo(4);
		assertThat(regions("990108")).isZero();

		// Roll the good import back so the shared demo city stays as it was for other tests.
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			assertThat(command.importFile(good)).isZero();
			assertThat(regions("990109")).isEqualTo(3);
			status.setRollbackOnly();
		});
		assertThat(regions("990109")).isZero();
		assertThat(command.importFile(dir.resolve("missing.geojson"))).isEqualTo(4);
	}
}
