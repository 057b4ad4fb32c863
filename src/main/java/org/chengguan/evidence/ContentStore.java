package org.chengguan.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where evidence content lives, addressed by key ({@code ab/cd/<sha256>.<ext>}, so a key names one content): content
 * once kept is never replaced.
 */
interface ContentStore {

	/**
	 * Keeps the received file's content under the key unless content is already there (the same content, as the key
	 * says). The file may be moved away; the caller deletes what is left.
	 */
	void keep(String key, Path received, long size, String sha256, String mediaType) throws IOException;

	/** The content under the key, streamed; the caller closes it. {@link java.nio.file.NoSuchFileException} if none. */
	InputStream open(String key) throws IOException;

	/** Fails when the store cannot be reached (for the health check). */
	void check() throws IOException;

	/** Where it is, for operators (no credentials). */
	String describe();
}
