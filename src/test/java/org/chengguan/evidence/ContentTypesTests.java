package org.chengguan.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentTypesTests {

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "ffd8ffe000104a464946, image/jpeg", "89504e470d0a1a0a0000, image/png",
			"52494646000000005745425056503820, image/webp", "255044462d312e370a, application/pdf",
			"0000001866747970697336, video/mp4", "3c68746d6c3e, ''", "4d5a9000, ''", "ffd8, ''", "'', ''" })
	void detectsTypesFromContent(String hex, String expected) {
		assertThat(ContentTypes.detect(HexFormat.of().parseHex(hex)).orElse("")).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} → {2}")
	@CsvSource(delimiter = '|', value = { "现场照片.jpg | image/jpeg | 现场照片.jpg", "../../etc/passwd | image/png | passwd.png",
			"C:\\Users\\a\\抓拍 1.JPEG | image/jpeg | 抓拍 1.jpg", "invoice.exe | application/pdf | invoice.pdf",
			"a:b*c?.png | image/png | a_b_c_.png", ".hidden | image/png | hidden.png", "'' | video/mp4 | file.mp4",
			"evil\u0000name\u202e.jpg | image/jpeg | evilname.jpg" })
	void sanitisesNames(String original, String type, String expected) {
		assertThat(FileNames.sanitise(original, type)).isEqualTo(expected);
	}
}
