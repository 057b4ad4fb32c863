package org.chengguan.evidence;

import org.springframework.core.io.InputStreamSource;

/** A file as a person uploaded it (a photo from a phone, a scanned document): its name and content. */
public record Upload(String name, InputStreamSource content) {
}
