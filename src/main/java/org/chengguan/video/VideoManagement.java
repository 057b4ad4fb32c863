package org.chengguan.video;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.chengguan.caseflow.CaseAction;
import org.chengguan.caseflow.CaseEvents;
import org.chengguan.caseflow.CaseManagement;
import org.chengguan.evidence.EvidenceFile;
import org.chengguan.evidence.EvidenceManagement;
import org.chengguan.evidence.EvidenceSource;
import org.chengguan.intake.Attachment;
import org.chengguan.intake.Channel;
import org.chengguan.intake.FieldProblem;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.intake.InvalidRequestException;
import org.chengguan.intake.NewReport;
import org.chengguan.intake.PlatformClient;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The video API: receives alarms idempotently (per platform and alarm id), merges an alarm storm of one camera and
 * category into the open lead (D4), opens a case waiting for on-site verification for each lead, and follows the case
 * so that false alarms are counted against their camera.
 */
@Service
public class VideoManagement {

	private final VideoPlatformRepository platforms;

	private final CameraRepository cameras;

	private final AlarmTypeRepository types;

	private final AlarmRepository alarms;

	private final AlarmRows rows;

	private final IntakeManagement intake;

	private final CaseManagement cases;

	private final EvidenceManagement evidence;

	private final MessageSource messages;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final Map<Long, VideoPlatform> known = new ConcurrentHashMap<>();

	private final Map<String, AlarmType> knownTypes = new ConcurrentHashMap<>();

	VideoManagement(VideoPlatformRepository platforms, CameraRepository cameras, AlarmTypeRepository types,
			AlarmRepository alarms, AlarmRows rows, IntakeManagement intake, CaseManagement cases,
			EvidenceManagement evidence, MessageSource messages, Clock clock, PlatformTransactionManager transactions) {
		this.rows = rows;
		this.platforms = platforms;
		this.cameras = cameras;
		this.types = types;
		this.alarms = alarms;
		this.intake = intake;
		this.cases = cases;
		this.evidence = evidence;
		this.messages = messages;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** What the platform is told: the case the alarm opened or joined (none when filtered) and the alarm's state. */
	record Receipt(@Nullable String caseNo, @Nullable String caseStatus, @Nullable String gridCode,
			AlarmStatus alarmStatus, boolean replayed) {
	}

	/**
	 * Records an alarm in one transaction. Alarms of one camera queue on the camera's row lock, so a storm yields
	 * one lead; a retry of the same alarm id answers with the first receipt, also when the two race.
	 */
	Receipt receive(PlatformClient client, VideoAlarm incoming) {
		try {
			return Objects.requireNonNull(transaction.execute(tx -> record(client, platformOf(client), incoming)));
		}
		catch (DataIntegrityViolationException raced) {
			return Objects.requireNonNull(transaction.execute(tx -> alarms
				.findByPlatformIdAndAlarmId(platformOf(client).getId(), incoming.alarmId())
				.map(first -> receipt(first, true))
				.orElseThrow(() -> raced)));
		}
	}

	/**
	 * The video platform of the client. A platform's vendor and merge window are set when it is registered and never
	 * change, so each one is read once rather than for every alarm (issue 14).
	 */
	private VideoPlatform platformOf(PlatformClient client) {
		return known.computeIfAbsent(client.id(), id -> platforms.findByClientId(id)
			.orElseThrow(() -> invalid("platform", "video.error.platformNotConfigured")));
	}

	private Receipt record(PlatformClient client, VideoPlatform platform, VideoAlarm incoming) {
		// A resend is answered before the camera is locked (issue 14); one racing the first copy past this check is
		// refused by the alarm id's unique key and answered by receive().
		var existing = alarms.findByPlatformIdAndAlarmId(platform.getId(), incoming.alarmId());
		if (existing.isPresent()) {
			return receipt(existing.get(), true);
		}
		var camera = cameras.lockByCode(platform.getId(), incoming.cameraId())
			.filter(Camera::isEnabled)
			.orElseThrow(() -> invalid("cameraId", "video.error.camera"));
		var type = typeOf(platform.getVendor(), incoming.alarmCode());
		var categoryId = type == null ? null : type.getCategoryId();
		var mergeKey = categoryId != null ? "category:" + categoryId : "code:" + incoming.alarmCode();
		var lon = incoming.lon() != null ? incoming.lon() : camera.getLon();
		var lat = incoming.lat() != null ? incoming.lat() : camera.getLat();
		var occurred = incoming.occurredAt().toInstant();
		var snapshot = incoming.snapshot();
		var stored = snapshot == null ? null
				: evidence.store(new ByteArrayInputStream(snapshot), "snapshot-" + incoming.alarmId(),
						new EvidenceSource("VIDEO", occurred, client.code()));
		var alarm = new Alarm(platform.getId(), incoming, camera.getId(), mergeKey, categoryId, lon, lat,
				stored == null ? null : stored.getId(), clock.instant());
		if (type != null && type.tooUnsure(incoming.confidence())) {
			alarm.filter();
			return receipt(alarms.save(alarm), false);
		}
		var window = platform.mergeWindow();
		var lead = alarms
			.findOpenLead(camera.getId(), mergeKey, occurred.minus(window), occurred.plus(window), Limit.of(1))
			.stream()
			.findFirst();
		var attachments = attachments(alarm, stored);
		if (lead.isPresent()) {
			alarm.join(lead.get());
			var leadReport = Objects.requireNonNull(lead.get().getReportId());
			attachments.forEach(a -> intake.attach(leadReport, a));
			return receipt(alarms.save(alarm), false);
		}
		var typeName = type == null ? incoming.alarmCode() : type.getName();
		var report = intake.receive(new NewReport(Channel.VIDEO_AI, incoming.alarmId(), client.id(), occurred,
				categoryId, typeName, false, description(typeName, camera, incoming), camera.getName(), lon, lat, null,
				null, false, attachments));
		alarm.lead(report.getId());
		// one statement rather than the persistence context (issue 14 §1); nothing changes the lead afterwards here
		rows.insert(alarm);
		return receipt(alarm, false);
	}

	/**
	 * What a vendor's alarm code stands for, if we know it. The codes are set up with the schema and never change
	 * while the application runs, so each known one is read once (issue 14); an unknown code is asked again each time,
	 * so that codes a platform makes up cannot fill the memory.
	 */
	private @Nullable AlarmType typeOf(String vendor, String code) {
		var key = vendor + "\n" + code;
		var known = knownTypes.get(key);
		if (known != null) {
			return known;
		}
		var found = types.findByVendorAndAlarmCode(vendor, code).orElse(null);
		if (found != null) {
			knownTypes.put(key, found);
		}
		return found;
	}

	/** The alarm's snapshot as a photo of the case: the stored file, else the platform's link. */
	private static List<Attachment> attachments(Alarm alarm, @Nullable EvidenceFile stored) {
		var url = alarm.getSnapshotUrl();
		if (stored != null) {
			return List.of(new Attachment(Attachment.Stage.BEFORE, stored.getId(), null, stored.getOriginalName()));
		}
		return url == null ? List.of() : List.of(Attachment.link(url, url.substring(url.lastIndexOf('/') + 1)));
	}

	private String description(String typeName, Camera camera, VideoAlarm incoming) {
		var confidence = incoming.confidence() == null ? "—" : Math.round(incoming.confidence() * 100) + "%";
		return messages.getMessage("video.report.description",
				new Object[] { typeName, camera.getName(), camera.getCode(), confidence }, Locale.SIMPLIFIED_CHINESE);
	}

	private Receipt receipt(Alarm alarm, boolean replayed) {
		var reportId = alarm.getReportId();
		if (alarm.getLeadId() != null) {
			reportId = alarms.findById(Objects.requireNonNull(alarm.getLeadId())).orElseThrow().getReportId();
		}
		var opened = reportId == null ? null : cases.byReport(reportId).orElse(null);
		return opened == null ? new Receipt(null, null, null, alarm.getStatus(), replayed)
				: new Receipt(opened.number(), opened.status().name(), opened.unitGridCode(), alarm.getStatus(),
						replayed);
	}

	/**
	 * Follows a lead's case: 核实属实 confirms it, 核实不属实 dismisses it as a false alarm (the verifier's opinion is
	 * the reason), and any other end closes it so that later alarms open a new case.
	 */
	@EventListener
	void follow(CaseEvents.CaseMoved moved) {
		if (moved.action() != CaseAction.VERIFY_OK && !moved.to().isTerminal()) {
			return;
		}
		alarms.findByReportId(moved.reportId()).ifPresent(lead -> {
			switch (moved.action()) {
				case VERIFY_OK -> lead.confirm();
				case VERIFY_FAIL -> lead.dismiss(moved.opinion());
				default -> lead.close();
			}
		});
	}

	/** Registers a video platform (an API client of channel VIDEO_AI) and whose alarm codes it sends; its id. */
	@Transactional
	public long registerPlatform(long clientId, String vendor) {
		return platforms.findByClientId(clientId).orElseGet(() -> platforms.save(new VideoPlatform(clientId, vendor)))
			.getId();
	}

	/** Registers a camera; its code is unique on its platform. */
	@Transactional
	public void registerCamera(CameraForm form) {
		var platformId = Objects.requireNonNull(form.platformId());
		if (!platforms.existsById(platformId)) {
			throw new VideoRuleException("video.camera.platform.required");
		}
		var code = Objects.requireNonNull(form.code()).strip();
		if (cameras.findByPlatformIdAndCode(platformId, code).isPresent()) {
			throw new VideoRuleException("video.camera.duplicate");
		}
		var camera = new Camera(platformId, code, Objects.requireNonNull(form.name()).strip(),
				Objects.requireNonNull(form.lon()), Objects.requireNonNull(form.lat()));
		if (Boolean.TRUE.equals(form.enforcementDevice())) {
			// 行政处罚法 Art. 41: an enforcement device passed legal and technical review and its location is public.
			var reviewed = form.reviewApprovedOn();
			var published = form.publishedOn();
			if (reviewed == null || published == null) {
				throw new VideoRuleException("video.camera.enforcementDates");
			}
			camera.registerAsEnforcementDevice(reviewed, published);
		}
		cameras.saveAndFlush(camera);
	}

	/** The video platforms, each with its client's name, for the camera form. */
	@Transactional(readOnly = true)
	List<PlatformRow> platforms() {
		return platforms.findAll()
			.stream()
			.map(p -> new PlatformRow(p.getId(), p.getVendor(),
					intake.client(p.getClientId()).map(PlatformClient::name).orElse(p.getVendor())))
			.toList();
	}

	record PlatformRow(long id, String vendor, String name) {
	}

	/** Every camera with its record (alarms, cases, false alarms), by platform and code. */
	@Transactional(readOnly = true)
	List<CameraRow> cameras() {
		var stats = new HashMap<Long, CameraStats>();
		alarms.statsByCamera().forEach(s -> stats.put(s.cameraId(), s));
		return cameras.findAllByOrderByPlatformIdAscCodeAsc()
			.stream()
			.map(c -> new CameraRow(c, stats.getOrDefault(c.getId(), CameraStats.none(c.getId()))))
			.toList();
	}

	record CameraRow(Camera camera, CameraStats stats) {
	}

	private static InvalidRequestException invalid(String field, String messageKey) {
		return new InvalidRequestException(List.of(new FieldProblem(field, messageKey)));
	}
}
