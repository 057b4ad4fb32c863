package org.chengguan.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Content in a directory of this machine: one file per key, moved in atomically. */
final class LocalContentStore implements ContentStore {

	private final Path root;

	LocalContentStore(Path root) {
		this.root = root;
	}

	@Override
	public void keep(String key, Path received, long size, String sha256, String mediaType) throws IOException {
		var target = root.resolve(key);
		if (!Files.exists(target)) {
			Files.createDirectories(target.getParent());
			Files.move(received, target, StandardCopyOption.ATOMIC_MOVE);
		}
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(root.resolve(key));
	}

	@Override
	public void check() throws IOException {
		Files.createDirectories(root);
		if (!Files.isWritable(root)) {
			throw new IOException(root + " is not writable");
		}
	}

	@Override
	public String describe() {
		return root.toAbsolutePath().normalize().toString();
	}
}
