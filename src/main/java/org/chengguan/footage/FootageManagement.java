package org.chengguan.footage;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.chengguan.campaign.CampaignManagement;
import org.chengguan.caseflow.CaseFactManagement;
import org.chengguan.evidence.EvidenceFile;
import org.chengguan.evidence.EvidenceManagement;
import org.chengguan.evidence.EvidenceRejectedException;
import org.chengguan.evidence.EvidenceSource;
import org.chengguan.penalty.NewRecord;
import org.chengguan.penalty.PenaltyManagement;
import org.chengguan.penalty.RecordKind;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.StaffManagement;
import org.chengguan.staff.StaffSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of enforcement devices and their footage: registering a reviewed device, importing a file from it
 * (streamed into the evidence store), who sees it (the 辖区 covers the device's unit) and who brings it in (its holder
 * or a member of its unit), opening it (every viewing in the chain of custody), and linking it to a case, a
 * proceeding (as a 视听资料 record of the proceeding) or a campaign.
 */
@Component
@Transactional
public class FootageManagement {

	static final String VIEW = "hasAuthority('footage:view')";

	static final String UPLOAD = "hasAuthority('footage:upload')";

	/** When and where a file was recorded, by whom (who wore or flew the device), and what it shows. */
	public record Capture(Instant capturedAt, @Nullable Double lon, @Nullable Double lat, long capturedById,
			@Nullable String description, @Nullable Long flightId) {
	}

	/** What footage can be linked to. */
	public enum Target {
		CASE, PROCEEDING, CAMPAIGN
	}

	/** A link, with the case number, proceeding number or campaign name it points to. */
	public record Link(Target target, long targetId, String label, String linkedBy, Instant linkedAt) {
	}

	/** One entry of the chain of custody. */
	public record CustodyEntry(Instant at, String actor, String action, @Nullable String detail) {
	}

	/** Footage as the pages show it: the device, the stored file, who captured it. */
	public record Item(Footage footage, Device device, EvidenceFile file, String capturedBy) {
	}

	private final DeviceRepository devices;

	private final DeviceManagement register;

	private final FootageRepository footage;

	private final EvidenceManagement evidence;

	private final Custody custody;

	private final StaffManagement staff;

	private final CaseFactManagement cases;

	private final PenaltyManagement penalties;

	private final CampaignManagement campaigns;

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	private final Clock clock;

	FootageManagement(DeviceRepository devices, DeviceManagement register, FootageRepository footage, EvidenceManagement evidence, Custody custody,
			StaffManagement staff, CaseFactManagement cases, PenaltyManagement penalties, CampaignManagement campaigns,
			JdbcTemplate jdbc, MessageSource messages, Clock clock) {
		this.devices = devices;
		this.register = register;
		this.footage = footage;
		this.evidence = evidence;
		this.custody = custody;
		this.staff = staff;
		this.cases = cases;
		this.penalties = penalties;
		this.campaigns = campaigns;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	/** 上传: a file from a device the person wears or their unit holds; streamed into the evidence store. */
	@PreAuthorize(UPLOAD)
	public Footage upload(long deviceId, InputStream content, String name, Capture capture, Actor actor) {
		var device = devices.findById(deviceId).orElseThrow(() -> new FootageNotFoundException("device " + deviceId));
		if (!DeviceManagement.mayImport(device, actor, staff.orgUnitOf(actor.id()))) {
			throw new FootageRuleException("footage.error.notYourDevice");
		}
		return importFrom(device, content, name, capture, Footage.Via.UPLOAD, actor);
	}

	/** The watched folder's import of one file, in a transaction of its own. */
	@Transactional
	public Footage importFromFolder(long deviceId, InputStream content, String name, Capture capture, Actor folder) {
		var device = devices.findById(deviceId).orElseThrow(() -> new FootageNotFoundException("device " + deviceId));
		return importFrom(device, content, name, capture, Footage.Via.FOLDER, folder);
	}

	/**
	 * Imports a file of a device: only an enabled device, recorded after its review and not in the future, by a member
	 * of its unit, at a place in the country; only images and videos. Refused as a whole, nothing is kept.
	 */
	Footage importFrom(Device device, InputStream content, String name, Capture capture, Footage.Via via,
			Actor actor) {
		if (!device.isEnabled()) {
			throw new FootageRuleException("footage.error.disabled");
		}
		var zone = ZoneId.of("Asia/Shanghai");
		if (capture.capturedAt().isAfter(clock.instant().plus(Duration.ofMinutes(5)))
				|| capture.capturedAt().atZone(zone).toLocalDate().isBefore(device.getReviewApprovedOn())) {
			throw new FootageRuleException("footage.error.capturedAt");
		}
		if ((capture.lon() == null) != (capture.lat() == null) || capture.lon() != null
				&& !(capture.lon() >= 73 && capture.lon() <= 136 && capture.lat() >= 3 && capture.lat() <= 54)) {
			throw new FootageRuleException("footage.error.position");
		}
		if (capture.flightId() != null && !Objects.equals(device.getId(), jdbc.query(
				"select device_id from footage_flight where id = ?", (rs, i) -> rs.getLong(1), capture.flightId())
			.stream().findFirst().orElse(null))) {
			throw new FootageRuleException("footage.flight.error.footage");
		}
		if (capture.description() != null && capture.description().length() > 500) {
			throw new FootageRuleException("footage.error.description");
		}
		var by = staff.summaries(Set.of(capture.capturedById())).stream()
			.filter(s -> s.orgUnitId() == device.getUnitId())
			.findFirst()
			.orElseThrow(() -> new FootageRuleException("footage.error.capturedBy"));
		EvidenceFile file;
		try {
			file = evidence.store(content, name, new EvidenceSource(device.getKind().name(), capture.capturedAt(),
					by.username()));
		}
		catch (EvidenceRejectedException refused) {
			throw new FootageRuleException(refused.getMessageKey());
		}
		if (!(file.getMediaType().startsWith("video/") || file.getMediaType().startsWith("image/"))) {
			throw new FootageRuleException("footage.error.type");
		}
		// the same recording of the same device is kept once (a station that copies a file again, an upload repeated)
		var already = jdbc.queryForObject("""
				select count(*) from footage f join evidence_file e on e.id = f.evidence_id
				where f.device_id = ? and e.sha256 = ?""", Long.class, device.getId(), file.getSha256());
		if (already != null && already > 0) {
			throw new FootageRuleException("footage.error.duplicate");
		}
		var description = capture.description() == null || capture.description().isBlank() ? null
				: capture.description().strip();
		var saved = footage.save(new Footage(device.getId(), Objects.requireNonNull(file.getId()),
				new Capture(capture.capturedAt(), capture.lon(), capture.lat(), by.id(), description,
						capture.flightId()), via, actor.username(), clock.instant()));
		custody.record(saved.getId(), Custody.Action.IMPORTED, actor, zh("footage.custody.imported",
				zh("footage.via." + via), device.getCode(), file.getSha256()));
		return saved;
	}

	/** The latest footage of the devices the person sees. */
	@Transactional(readOnly = true)
	@PreAuthorize(VIEW)
	public List<Item> recent(DataScope scope, Actor viewer, int limit) {
		var visible = register.devices(scope, viewer).stream().map(Device::getId).toList();
		return items(footage.findByDeviceIdInOrderByCapturedAtDesc(visible, Limit.of(limit)));
	}

	@Transactional(readOnly = true)
	@PreAuthorize(VIEW)
	public Item get(long id, DataScope scope, Actor viewer) {
		var found = footage.findById(id).orElseThrow(() -> new FootageNotFoundException("footage " + id));
		register.device(found.getDeviceId(), scope, viewer);
		return items(List.of(found)).get(0);
	}

	/** Opens the content for viewing or download; each time is kept in the chain of custody. The caller closes it. */
	@PreAuthorize(VIEW)
	public InputStream open(long id, boolean download, DataScope scope, Actor viewer) throws IOException {
		var item = get(id, scope, viewer);
		custody.record(id, download ? Custody.Action.DOWNLOADED : Custody.Action.VIEWED, viewer, null);
		return evidence.open(item.file());
	}

	/** 校验: whether the stored content still has its SHA-256; the result is kept in the chain of custody. */
	@PreAuthorize(VIEW)
	public boolean verify(long id, DataScope scope, Actor viewer) throws IOException {
		var item = get(id, scope, viewer);
		var intact = evidence.verify(item.file());
		custody.record(id, Custody.Action.VERIFIED, viewer, zh(intact ? "footage.custody.intact" : "footage.custody.changed"));
		return intact;
	}

	/** Links footage to a loop case the person sees, by its number. */
	@PreAuthorize(UPLOAD)
	public void linkCase(long id, String number, DataScope scope, Actor actor) {
		get(id, scope, actor);
		var found = cases.listing(number, scope).orElseThrow(() -> new FootageRuleException("footage.error.case"));
		link(id, Target.CASE, found.id(), actor, found.number());
	}

	/**
	 * Adds footage to a penalty proceeding as a 视听资料 record (《行政处罚法》第四十六条), taken by the actor and a second
	 * officer as every record is (第四十二条); the proceeding's own rules decide who may add it.
	 */
	@PreAuthorize(UPLOAD)
	public void linkProceeding(long id, String number, long secondOfficerId, DataScope scope, Actor actor) {
		var item = get(id, scope, actor);
		var proceedingId = jdbc.query("select id from penalty_proceeding where number = ?",
				(rs, i) -> rs.getLong(1), number.strip()).stream().findFirst()
			.orElseThrow(() -> new FootageRuleException("footage.error.proceeding"));
		var proceeding = penalties.get(proceedingId, scope);
		var zone = ZoneId.of("Asia/Shanghai");
		var device = item.device();
		var title = messages.getMessage("footage.record.title", new Object[] { device.getName(),
				item.footage().getCapturedAt().atZone(zone).toLocalDateTime().toString().replace('T', ' ') },
				Locale.SIMPLIFIED_CHINESE);
		var content = messages.getMessage("footage.record.content", new Object[] { device.getCode(),
				device.getReviewRef(), item.file().getSha256(), item.capturedBy(),
				Objects.requireNonNullElse(item.footage().getDescription(), "") }, Locale.SIMPLIFIED_CHINESE);
		penalties.addRecord(proceedingId, proceeding.getVersion(), new NewRecord(RecordKind.EVIDENCE, title, content,
				actor.id(), secondOfficerId, List.of(item.footage().getEvidenceId())), actor, scope);
		link(id, Target.PROCEEDING, proceedingId, actor, proceeding.getNumber());
	}

	/** The second officer named for a record, by username: someone other than the actor. */
	@Transactional(readOnly = true)
	public long colleague(@Nullable String username, Actor actor) {
		return staff.byUsername(username == null ? "" : username.strip()).map(StaffSummary::id)
			.filter(id -> id != actor.id())
			.orElseThrow(() -> new FootageRuleException("footage.error.secondOfficer"));
	}

	/** Links footage to a campaign (its 日报 and 回头看 show what was recorded). */
	@PreAuthorize(UPLOAD)
	public void linkCampaign(long id, long campaignId, DataScope scope, Actor actor) {
		get(id, scope, actor);
		var campaign = campaigns.get(campaignId);
		link(id, Target.CAMPAIGN, campaignId, actor, campaign.getName());
	}

	/** The footage of a drone flight. */
	@Transactional(readOnly = true)
	public List<Item> ofFlight(long flightId, DataScope scope, Actor viewer) {
		var own = staff.orgUnitOf(viewer.id());
		return items(footage.findByFlightIdOrderByCapturedAt(flightId)).stream()
			.filter(i -> DeviceManagement.sees(i.device(), scope, own))
			.toList();
	}

	/** The footage linked to a case, a proceeding or a campaign that the person sees. */
	@Transactional(readOnly = true)
	public List<Item> linkedTo(Target target, long targetId, DataScope scope, Actor viewer) {
		var ids = jdbc.queryForList("select footage_id from footage_link where target = ? and target_id = ?",
				Long.class, target.name(), targetId);
		var own = staff.orgUnitOf(viewer.id());
		return items(footage.findByIdInOrderByCapturedAt(ids)).stream()
			.filter(i -> DeviceManagement.sees(i.device(), scope, own))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<Link> links(long footageId) {
		return jdbc.query("""
				select l.target, l.target_id, coalesce(c.number, p.number, g.name, ''), l.linked_by, l.linked_at
				from footage_link l
				left join caseflow_case c on l.target = 'CASE' and c.id = l.target_id
				left join penalty_proceeding p on l.target = 'PROCEEDING' and p.id = l.target_id
				left join campaign g on l.target = 'CAMPAIGN' and g.id = l.target_id
				where l.footage_id = ? order by l.linked_at""", (rs, i) -> new Link(Target.valueOf(rs.getString(1)),
				rs.getLong(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()), footageId);
	}

	@Transactional(readOnly = true)
	public List<CustodyEntry> custody(long footageId) {
		return custody.of(footageId);
	}

	void link(long id, Target target, long targetId, Actor actor, String label) {
		var added = jdbc.update("""
				insert into footage_link (footage_id, target, target_id, linked_by, linked_at) values (?, ?, ?, ?, ?)
				on conflict do nothing""", id, target.name(), targetId, actor.username(), Timestamp.from(clock.instant()));
		if (added == 0) {
			throw new FootageRuleException("footage.error.linked");
		}
		custody.record(id, Custody.Action.LINKED, actor, zh("footage.target." + target) + " " + label);
	}

	private List<Item> items(List<Footage> found) {
		var names = new java.util.HashMap<Long, String>();
		staff.summaries(Set.copyOf(found.stream().map(Footage::getCapturedById).toList()))
			.forEach(s -> names.put(s.id(), s.name()));
		var result = new ArrayList<Item>();
		for (var f : found) {
			result.add(new Item(f, devices.findById(f.getDeviceId()).orElseThrow(),
					evidence.find(f.getEvidenceId()).orElseThrow(), names.getOrDefault(f.getCapturedById(), "")));
		}
		return result;
	}

	/** Text kept in the chain of custody, in the bureau's language. */
	private String zh(String key, Object... args) {
		return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}
}
