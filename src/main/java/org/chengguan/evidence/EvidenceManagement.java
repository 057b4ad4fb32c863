package org.chengguan.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence module's API: store a file (type from its content, SHA-256 recorded, content kept once and never
 * overwritten), find it, read it back, and check it is unchanged.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceManagement {

	/** Photos taken with one action or one report, at most. */
	public static final int MAX_PHOTOS = 9;

	private final EvidenceRepository files;

	private final EvidenceProperties properties;

	private final ContentStore store;

	private final Clock clock;

	EvidenceManagement(EvidenceRepository files, EvidenceProperties properties, ContentStore store, Clock clock) {
		this.files = files;
		this.properties = properties;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Stores a file, received into the local {@code incoming} directory (hashed and checked on the way) and then kept by
	 * the content store. Refused with {@link EvidenceRejectedException} when empty, larger than the limit, or not of an
	 * accepted type as detected from its content; then nothing is recorded.
	 */
	@Transactional
	public EvidenceFile store(InputStream content, String originalName, EvidenceSource source) {
		try {
			var incoming = properties.root().resolve("incoming");
			Files.createDirectories(incoming);
			var temp = Files.createTempFile(incoming, "upload-", ".part");
			try {
				var received = receive(content, temp);
				var type = ContentTypes.detect(received.head())
					.orElseThrow(() -> new EvidenceRejectedException("evidence.rejected.unknownType"));
				if (!properties.accepted().contains(type)) {
					throw new EvidenceRejectedException("evidence.rejected.typeNotAccepted");
				}
				store.keep(keyOf(received.sha256(), type), temp, received.size(), received.sha256(), type);
				return files.save(new EvidenceFile(received.sha256(), received.size(), type,
						FileNames.sanitise(originalName, type), source, clock.instant()));
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store evidence", ex);
		}
	}

	/**
	 * Stores photos (at most {@link #MAX_PHOTOS}, images only) in the caller's transaction: refused as a whole with
	 * {@link EvidenceRejectedException}, so that a rolled-back caller records none of them.
	 */
	@Transactional
	public List<EvidenceFile> storePhotos(List<Upload> photos, EvidenceSource source) {
		if (photos.size() > MAX_PHOTOS) {
			throw new EvidenceRejectedException("evidence.rejected.tooManyPhotos");
		}
		var stored = new ArrayList<EvidenceFile>();
		for (var photo : photos) {
			try (var in = photo.content().getInputStream()) {
				var file = store(in, photo.name(), source);
				if (!file.getMediaType().startsWith("image/")) {
					throw new EvidenceRejectedException("evidence.rejected.notImage");
				}
				stored.add(file);
			}
			catch (IOException ex) {
				throw new EvidenceRejectedException("evidence.rejected.unreadable");
			}
		}
		return stored;
	}

	/** The media type of content as {@link #store} would detect it from its first bytes, if it is one it knows. */
	public static Optional<String> mediaTypeOf(byte[] content) {
		return ContentTypes.detect(content);
	}

	public Optional<EvidenceFile> find(long id) {
		return files.findById(id);
	}

	/** The file's content; the caller closes the stream. */
	public InputStream open(EvidenceFile file) throws IOException {
		return store.open(keyOf(file.getSha256(), file.getMediaType()));
	}

	/** Whether the stored content still has the recorded SHA-256. */
	public boolean verify(EvidenceFile file) throws IOException {
		try (var in = open(file)) {
			return receive(in, null).sha256().equals(file.getSha256());
		}
	}

	private record Received(String sha256, long size, byte[] head) {
	}

	/** Copies to {@code target} (or only reads, when null) while hashing and enforcing the size limit. */
	private Received receive(InputStream content, @org.jspecify.annotations.Nullable Path target) throws IOException {
		var digest = sha256();
		var head = new byte[ContentTypes.PROBE];
		var headLength = 0;
		var size = 0L;
		var buffer = new byte[64 * 1024];
		try (var out = target == null ? java.io.OutputStream.nullOutputStream() : Files.newOutputStream(target)) {
			for (int n; (n = content.read(buffer)) > 0;) {
				size += n;
				if (size > properties.maxBytes()) {
					throw new EvidenceRejectedException("evidence.rejected.tooLarge");
				}
				if (headLength < head.length) {
					var take = Math.min(n, head.length - headLength);
					System.arraycopy(buffer, 0, head, headLength, take);
					headLength += take;
				}
				digest.update(buffer, 0, n);
				out.write(buffer, 0, n);
			}
		}
		if (size == 0) {
			throw new EvidenceRejectedException("evidence.rejected.empty");
		}
		return new Received(HexFormat.of().formatHex(digest.digest()), size, Arrays.copyOf(head, headLength));
	}

	/** {@code ab/cd/abcd….png}: two levels of directories keep any one of them small. */
	static String keyOf(String sha256, String mediaType) {
		return sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256 + ContentTypes.extension(mediaType);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}
}
