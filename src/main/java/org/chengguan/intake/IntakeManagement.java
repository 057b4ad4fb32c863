package org.chengguan.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import org.chengguan.evidence.EvidenceManagement;
import org.chengguan.evidence.EvidenceSource;
import org.chengguan.evidence.Upload;
import org.chengguan.grid.GridManagement;
import org.chengguan.staff.Actor;
import org.chengguan.system.TransactionMemory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intake API: authenticates platforms, records reports from every channel and locates them. Each recorded report
 * publishes {@link ReportReceived} inside the transaction, so its case opens with it.
 */
@Service
public class IntakeManagement {

	private final ReportRepository reports;

	private final ReportRows rows;

	private final TransactionMemory<Long, Report> justReceived = new TransactionMemory<>();

	private final ApiClientRepository clients;

	private final GridManagement grids;

	private final ReporterCipher cipher;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final EvidenceManagement evidence;

	private final MeterRegistry meters;

	/** How long a key found stays valid without asking the database again. */
	static final Duration KEY_MEMORY = Duration.ofSeconds(30);

	private final Map<String, KnownKey> knownKeys = new ConcurrentHashMap<>();

	IntakeManagement(ReportRepository reports, ReportRows rows, ApiClientRepository clients, GridManagement grids,
			ReporterCipher cipher, ApplicationEventPublisher events, Clock clock, EvidenceManagement evidence,
			MeterRegistry meters) {
		this.rows = rows;
		this.evidence = evidence;
		this.meters = meters;
		this.reports = reports;
		this.clients = clients;
		this.grids = grids;
		this.cipher = cipher;
		this.events = events;
		this.clock = clock;
	}

	/** The platform holding this key, which must be one of the given channels; else 401 or 403. */
	public PlatformClient requireClient(@Nullable String apiKey, Set<Channel> channels) {
		var client = apiKey == null || apiKey.isBlank() ? null : authenticate(apiKey.strip()).orElse(null);
		if (client == null) {
			throw ApiKeyException.unknown();
		}
		if (!channels.contains(client.channel())) {
			throw ApiKeyException.wrongChannel();
		}
		return client;
	}

	/**
	 * The enabled platform holding this API key, if any. Keys found are remembered for {@link #KEY_MEMORY}, so that a
	 * platform's every request does not cost a database transaction; a disabled key stops working within that time.
	 * Unknown keys are not remembered (they cannot fill the memory).
	 */
	public Optional<PlatformClient> authenticate(String apiKey) {
		var hash = sha256(apiKey);
		var now = clock.instant();
		var known = knownKeys.get(hash);
		if (known != null && now.isBefore(known.until())) {
			return Optional.of(known.client());
		}
		var found = clients.findByKeyHash(hash).filter(ApiClient::isEnabled).map(ApiClient::view);
		found.ifPresentOrElse(client -> knownKeys.put(hash, new KnownKey(client, now.plus(KEY_MEMORY))),
				() -> knownKeys.remove(hash));
		return found;
	}

	private record KnownKey(PlatformClient client, Instant until) {
	}

	/** A registered platform by id (enabled or not). */
	@Transactional(readOnly = true)
	public Optional<PlatformClient> client(long id) {
		return clients.findById(id).map(ApiClient::view);
	}

	/** Registers a platform with its API key (only the hash is kept). */
	@Transactional
	public PlatformClient registerClient(String code, String name, Channel channel, String apiKey) {
		return clients.findByCode(code)
			.orElseGet(() -> clients.save(new ApiClient(code, name, channel, sha256(apiKey))))
			.view();
	}

	/**
	 * Records a report, locates it (coordinates → unit grid; else the address → a community) and opens its case in
	 * the same transaction. A second report with the same source and external reference fails on the unique key: the
	 * caller answers with the first one.
	 */
	@Transactional
	public Report receive(NewReport incoming) {
		return record(incoming, null);
	}

	private Report record(NewReport incoming, @Nullable String mergeInto) {
		meters.counter("chengguan.intake.reports", "channel", incoming.source().name()).increment();
		var report = new Report(incoming, clock.instant());
		report.mergeInto(mergeInto);
		if (incoming.lon() != null && incoming.lat() != null) {
			double lon = incoming.lon();
			double lat = incoming.lat();
			grids.gridAt(lon, lat)
				.ifPresentOrElse(grid -> report.locate(lon, lat, grid, LocationMethod.COORDINATES),
						() -> report.keepUnlocatedPoint(lon, lat));
		}
		else if (incoming.address() != null) {
			grids.locateAddress(incoming.address())
				.ifPresent(match -> report.locate(match.lon(), match.lat(), match.location(), LocationMethod.ADDRESS));
		}
		var reporter = incoming.reporter();
		if (reporter != null) {
			report.reporter(cipher.encrypt(reporter.name()), cipher.encrypt(reporter.phone()),
					cipher.phoneHash(reporter.phone()));
		}
		// one statement rather than the persistence context (issue 14 §1); the case opens from the object written
		rows.insert(report);
		justReceived.remember(report.getId(), report);
		events.publishEvent(new ReportReceived(report.getId()));
		return report;
	}

	/**
	 * Records a report from a staff page with the photos taken for it — before, and after (自行处置) — stored in the
	 * same transaction (at most {@link EvidenceManagement#MAX_PHOTOS}, images only): refused as a whole, nothing is
	 * kept. {@code mergeInto} names the open case the 受理员 said it duplicates: its case is merged into that one.
	 */
	@Transactional
	public Report receive(NewReport incoming, List<Upload> before, List<Upload> after, EvidenceSource source,
			@Nullable String mergeInto) {
		var all = new ArrayList<Upload>(before);
		all.addAll(after);
		var stored = evidence.storePhotos(all, source);
		var attachments = new ArrayList<Attachment>();
		for (var i = 0; i < stored.size(); i++) {
			var file = stored.get(i);
			attachments.add(new Attachment(i < before.size() ? Attachment.Stage.BEFORE : Attachment.Stage.AFTER,
					file.getId(), null, file.getOriginalName()));
		}
		return record(incoming.withAttachments(attachments), mergeInto);
	}

	/**
	 * A report as the current transaction received it, without reading it back (issue 14 §1); a report received
	 * earlier is read. For reading only: a change goes through {@link #report(long)}.
	 */
	@Transactional(readOnly = true)
	public Report received(long id) {
		return justReceived.recall(id).orElseGet(() -> report(id));
	}

	/** A report with its attachments loaded. */
	@Transactional(readOnly = true)
	public Report report(long id) {
		var report = reports.findById(id).orElseThrow(() -> new IntakeNotFoundException("Report " + id));
		report.getAttachments();
		return report;
	}

	/**
	 * Whether the phone the reporter gave ends with these four digits (the public portal's check that a case is one's
	 * own); nothing is revealed or logged.
	 */
	@Transactional(readOnly = true)
	public boolean reporterPhoneEndsWith(long reportId, String lastFour) {
		if (!lastFour.matches("[0-9]{4}")) {
			return false;
		}
		return reports.findById(reportId)
			.map(r -> cipher.decrypt(r.getReporterPhone()))
			.map(phone -> phone.replaceAll("[^0-9]", "").endsWith(lastFour))
			.orElse(false);
	}

	/** Adds a photo to a report after it arrived; false when the report already holds as many as it keeps. */
	@Transactional
	public boolean attach(long reportId, Attachment attachment) {
		return report(reportId).attach(attachment);
	}

	/**
	 * Pins a report on the map (待定位 → located). Returns the new location, or empty when the point lies outside every
	 * grid (nothing changes then).
	 */
	@Transactional
	public Optional<Report> pin(long reportId, double lon, double lat, Actor actor) {
		var report = report(reportId);
		return grids.gridAt(lon, lat).map(grid -> {
			report.locate(lon, lat, grid, LocationMethod.PINNED);
			events.publishEvent(new IntakeEvents.ReportPinned(reportId, grid.unitGridCode(), actor.username(),
					clock.instant()));
			return report;
		});
	}

	/**
	 * The reporter as a page may show them: masked, or in full when {@code reveal} (the caller checked
	 * {@code case:view-caller}); every reveal is audited.
	 */
	@Transactional(readOnly = true)
	public Caller caller(long reportId, boolean reveal, Actor actor) {
		var report = report(reportId);
		var name = cipher.decrypt(report.getReporterName());
		var phone = cipher.decrypt(report.getReporterPhone());
		if (!reveal) {
			return new Caller(name == null ? null : ReporterCipher.maskName(name),
					phone == null ? null : ReporterCipher.maskPhone(phone), false);
		}
		if (report.hasReporter()) {
			events.publishEvent(new IntakeEvents.CallerRevealed(reportId, actor.username(), clock.instant()));
		}
		return new Caller(name, phone, true);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
