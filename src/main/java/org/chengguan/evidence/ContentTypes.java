package org.chengguan.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** The media type of a file from its first bytes; what a client declares is never trusted. */
final class ContentTypes {

	/** Bytes needed to recognise every supported type. */
	static final int PROBE = 16;

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private ContentTypes() {
	}

	static Optional<String> detect(byte[] head) {
		if (startsWith(head, 0, JPEG)) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(head, 0, PNG)) {
			return Optional.of("image/png");
		}
		if (startsWith(head, 0, ascii("RIFF")) && startsWith(head, 8, ascii("WEBP"))) {
			return Optional.of("image/webp");
		}
		if (startsWith(head, 0, ascii("%PDF-"))) {
			return Optional.of("application/pdf");
		}
		if (startsWith(head, 4, ascii("ftyp"))) {
			return Optional.of("video/mp4");
		}
		return Optional.empty();
	}

	static String extension(String mediaType) {
		return switch (mediaType) {
			case "image/jpeg" -> ".jpg";
			case "image/png" -> ".png";
			case "image/webp" -> ".webp";
			case "application/pdf" -> ".pdf";
			case "video/mp4" -> ".mp4";
			default -> "";
		};
	}

	private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
		return data.length >= offset + prefix.length
				&& Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}
}
