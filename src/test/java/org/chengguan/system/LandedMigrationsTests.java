package org.chengguan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * A migration that has landed never changes (Flyway's checksum would fail on every database that ran it): the
 * SHA-256 of each is frozen in {@code src/test/resources/db/landed-migrations.txt}. A new migration takes the next
 * version and is added to the list when it lands.
 */
class LandedMigrationsTests {

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	static final Pattern VERSION = Pattern.compile("V(\\d+)__[a-z]+_[a-z0-9_]+\\.sql");

	Map<String, String> landed() throws IOException {
		var landed = new LinkedHashMap<String, String>();
		for (var line : Files.readAllLines(Path.of("src/test/resources/db/landed-migrations.txt"))) {
			if (!line.isBlank()) {
				var parts = line.trim().split("\\s+");
				landed.put(parts[0], parts[1]);
			}
		}
		return landed;
	}

	@Test
	void aLandedMigrationIsNeverEditedNorRemoved() throws Exception {
		for (var entry : landed().entrySet()) {
			var file = MIGRATIONS.resolve(entry.getKey());
			assertThat(file).as("landed migration %s is missing", entry.getKey()).exists();
			assertThat(sha256(Files.readAllBytes(file)))
				.as("%s has landed and must not change: put the change in a new migration", entry.getKey())
				.isEqualTo(entry.getValue());
		}
	}

	@Test
	void everyMigrationIsNamedByTheRuleAndNewOnesComeAfterTheLandedOnes() throws Exception {
		var landed = landed();
		var lastLanded = landed.keySet().stream().mapToInt(LandedMigrationsTests::version).max().orElse(0);
		try (var files = Files.list(MIGRATIONS)) {
			for (var file : files.map(f -> f.getFileName().toString()).toList()) {
				assertThat(file).as("V<n>__<module>_<change>.sql").matches(VERSION);
				if (!landed.containsKey(file)) {
					assertThat(version(file)).as("%s is new: its version must follow the landed ones", file)
						.isGreaterThan(lastLanded);
				}
			}
		}
	}

	static int version(String file) {
		var matcher = VERSION.matcher(file);
		return matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
	}

	static String sha256(byte[] content) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}
}
