package org.chengguan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every user-facing text is in both bundles, and everything code and templates refer to exists. */
class MessagesTests {

	static final Path RESOURCES = Path.of("src/main/resources");

	static Properties load(String name) throws IOException {
		var properties = new Properties();
		try (var in = new InputStreamReader(Files.newInputStream(RESOURCES.resolve(name)), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

	static Set<String> matches(Path root, String glob, Pattern pattern) throws IOException {
		var found = new TreeSet<String>();
		var matcher = root.getFileSystem().getPathMatcher("glob:" + glob);
		try (Stream<Path> files = Files.walk(root)) {
			for (var file : files.filter(f -> matcher.matches(f.getFileName())).toList()) {
				var m = pattern.matcher(Files.readString(file));
				while (m.find()) {
					found.add(m.group(1));
				}
			}
		}
		return found;
	}

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		assertThat(new TreeSet<>(load("messages_en.properties").stringPropertyNames()))
			.isEqualTo(new TreeSet<>(load("messages.properties").stringPropertyNames()));
	}

	@Test
	void templatesUseOnlyExistingKeys() throws IOException {
		var keys = load("messages.properties").stringPropertyNames();
		// #{plain.key} and #{plain.key(args)}; keys built at run time are covered by the page tests.
		var used = matches(RESOURCES.resolve("templates"), "*.html", Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]"));
		assertThat(used).isNotEmpty();
		assertThat(keys).containsAll(used);
	}

	@Test
	void codeUsesOnlyExistingKeys() throws IOException {
		var keys = load("messages.properties").stringPropertyNames();
		var java = Path.of("src/main/java");
		var validation = matches(java, "*.java", Pattern.compile("message = \"\\{([\\w.-]+)}\""));
		var reasons = matches(java, "*.java",
				Pattern.compile("\"((?:staff|org|role|grid|calendar|category|caseflow|intake|hotline|video)\\.(?:error|import|password|camera)\\.[\\w.]+)\""));
		assertThat(validation).isNotEmpty();
		assertThat(reasons).isNotEmpty();
		assertThat(keys).containsAll(validation).containsAll(reasons);
	}
}
