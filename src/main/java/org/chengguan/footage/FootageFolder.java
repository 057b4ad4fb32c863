package org.chengguan.footage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Properties;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.chengguan.staff.Actor;
import org.chengguan.staff.StaffManagement;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The watched import folder: {@code <import-dir>/<device code>/<file>}, with an optional {@code <file>.properties}
 * beside it ({@code capturedAt} as ISO-8601 with its offset, {@code lon}, {@code lat}, {@code officer} as a username,
 * {@code description}). Without one, the file's modification time is when it was captured and the device's holder who
 * captured it. Each file is imported on its own, in its own transaction, and moved to {@code imported/<device>/} — or
 * to {@code failed/<device>/} with a {@code .error.txt} saying why, so that nothing is lost or taken twice.
 */
@Component
class FootageFolder {

	private static final Logger log = LoggerFactory.getLogger(FootageFolder.class);

	static final Actor FOLDER = new Actor(0, "footage-folder", "footage-folder");

	private final FootageManagement footage;

	private final DeviceRepository devices;

	private final StaffManagement staff;

	private final FootageProperties properties;

	private final MessageSource messages;

	private final Clock clock;

	FootageFolder(FootageManagement footage, DeviceRepository devices, StaffManagement staff,
			FootageProperties properties, MessageSource messages, Clock clock) {
		this.footage = footage;
		this.devices = devices;
		this.staff = staff;
		this.properties = properties;
		this.messages = messages;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${chengguan.footage.poll:PT1M}", initialDelayString = "PT1M")
	@SchedulerLock(name = "footage-folder", lockAtMostFor = "PT30M")
	public void poll() {
		var root = properties.importDir();
		if (root == null) {
			return;
		}
		try {
			// a sub-folder for every device in use, for the docking stations to drop into
			for (var device : devices.findAllByOrderByKindAscCodeAsc()) {
				if (device.isEnabled()) {
					Files.createDirectories(root.resolve(device.getCode()));
				}
			}
		}
		catch (IOException ex) {
			log.warn("Footage folder {} could not be prepared: {}", root, ex.toString());
			return;
		}
		scan(root);
	}

	/** Imports every settled file under the folder; how many were imported. */
	int scan(Path root) {
		var imported = 0;
		try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, Files::isDirectory)) {
			for (var folder : folders) {
				var code = folder.getFileName().toString();
				if (code.equals("imported") || code.equals("failed")) {
					continue;
				}
				try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
						p -> Files.isRegularFile(p) && !p.getFileName().toString().endsWith(".properties"))) {
					for (var file : files) {
						if (settled(file)) {
							imported += take(root, code, file) ? 1 : 0;
						}
					}
				}
			}
		}
		catch (IOException ex) {
			log.warn("Footage folder {} could not be read: {}", root, ex.toString());
		}
		return imported;
	}

	private boolean take(Path root, String code, Path file) throws IOException {
		var sidecar = file.resolveSibling(file.getFileName() + ".properties");
		try {
			var device = devices.findByCode(code).orElseThrow(() -> new FootageRuleException("footage.error.device"));
			var meta = new Properties();
			if (Files.exists(sidecar)) {
				try (var reader = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
					meta.load(reader);
				}
			}
			var capture = capture(device, file, meta);
			try (InputStream in = Files.newInputStream(file)) {
				footage.importFromFolder(device.getId(), in, file.getFileName().toString(), capture, FOLDER);
			}
			move(root.resolve("imported").resolve(code), file, sidecar);
			return true;
		}
		catch (FootageRuleException refused) {
			var target = root.resolve("failed").resolve(code);
			move(target, file, sidecar);
			Files.writeString(target.resolve(file.getFileName() + ".error.txt"),
					messages.getMessage(refused.getMessage(), null, refused.getMessage(), Locale.SIMPLIFIED_CHINESE)
							+ System.lineSeparator(), StandardCharsets.UTF_8);
			log.info("Footage {} of device {} refused: {}", file.getFileName(), code, refused.getMessage());
			return false;
		}
	}

	private FootageManagement.Capture capture(Device device, Path file, Properties meta) throws IOException {
		Instant at;
		try {
			var text = meta.getProperty("capturedAt");
			at = text == null ? Files.getLastModifiedTime(file).toInstant() : OffsetDateTime.parse(text.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new FootageRuleException("footage.error.capturedAt");
		}
		var officer = meta.getProperty("officer");
		var by = officer == null ? device.getHolderId()
				: staff.byUsername(officer.strip()).map(s -> s.id()).orElseThrow(
						() -> new FootageRuleException("footage.error.capturedBy"));
		if (by == null) {
			throw new FootageRuleException("footage.error.capturedBy");
		}
		return new FootageManagement.Capture(at, number(meta, "lon"), number(meta, "lat"), by,
				meta.getProperty("description"), null);
	}

	private static @Nullable Double number(Properties meta, String key) {
		var text = meta.getProperty(key);
		try {
			return text == null || text.isBlank() ? null : Double.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new FootageRuleException("footage.error.position");
		}
	}

	private boolean settled(Path file) {
		try {
			return Files.getLastModifiedTime(file).toInstant().isBefore(clock.instant().minus(properties.settle()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void move(Path folder, Path file, Path sidecar) throws IOException {
		Files.createDirectories(folder);
		Files.move(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
		if (Files.exists(sidecar)) {
			Files.move(sidecar, folder.resolve(sidecar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
