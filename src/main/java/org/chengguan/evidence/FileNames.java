package org.chengguan.evidence;

import java.text.Normalizer;

/** A client's file name made safe to store and to show: no path, no control or reserved characters, bounded length. */
final class FileNames {

	static final int MAX_LENGTH = 100;

	private FileNames() {
	}

	/** The sanitised name, ending in the extension of the detected type. */
	static String sanitise(String original, String mediaType) {
		var name = Normalizer.normalize(original, Normalizer.Form.NFC);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\\p{Cf}]", "").replaceAll("[:*?\"<>|]", "_").strip();
		var dot = name.lastIndexOf('.');
		var stem = (dot > 0 ? name.substring(0, dot) : name).replaceAll("^\\.+", "").strip();
		if (stem.isEmpty()) {
			stem = "file";
		}
		var extension = ContentTypes.extension(mediaType);
		if (stem.length() > MAX_LENGTH - extension.length()) {
			stem = stem.substring(0, MAX_LENGTH - extension.length());
		}
		return stem + extension;
	}
}
