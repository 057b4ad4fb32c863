package org.chengguan.evidence;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;
import org.springframework.web.multipart.MultipartFile;

/** A file as a person uploaded it (a photo from a phone, a scanned document): its name and content. */
public record Upload(String name, InputStreamSource content) {

	/** The files a form sent, leaving out the empty inputs a browser sends for no file. */
	public static List<Upload> of(@Nullable List<MultipartFile> files) {
		return files == null ? List.of()
				: files.stream()
					.filter(f -> !f.isEmpty())
					.map(f -> new Upload(Objects.requireNonNullElse(f.getOriginalFilename(), "photo"), f))
					.toList();
	}
}
