package org.chengguan.frontage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.chengguan.caseflow.CaseManagement;
import org.chengguan.category.CategoryManagement;
import org.chengguan.evidence.EvidenceSource;
import org.chengguan.evidence.Upload;
import org.chengguan.intake.Channel;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.intake.NewReport;
import org.chengguan.staff.StaffManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A report through a 责任牌's 共治码, without an account: it becomes a report of intake located at the frontage (the
 * public channel, so a 受理员 accepts it like any other), its case is linked to the unit, and the squad of the unit
 * hears at once. Limited per client and per unit; the client is kept only as a hash.
 */
@Component
class PublicReports {

	/** What the public form sends; the phone is optional (for the reply and 回访). */
	record Form(@Nullable String category, @Nullable String description, @Nullable String phone) {
	}

	/** The case the report opened, or that the client must wait. */
	record Outcome(@Nullable String caseNumber, boolean limited) {
	}

	static final int MAX_PHOTOS = 3;

	private final FrontageUnitRepository units;

	private final IntakeManagement intake;

	private final CaseManagement cases;

	private final CategoryManagement categories;

	private final StaffManagement staff;

	private final JdbcTemplate jdbc;

	private final FrontageProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MessageSource messages;

	PublicReports(FrontageUnitRepository units, IntakeManagement intake, CaseManagement cases,
			CategoryManagement categories, StaffManagement staff, JdbcTemplate jdbc, FrontageProperties properties,
			ApplicationEventPublisher events, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.units = units;
		this.intake = intake;
		this.cases = cases;
		this.categories = categories;
		this.staff = staff;
		this.jdbc = jdbc;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** Checked before anything is stored; refused with {@link FrontageRuleException} and nothing kept. */
	@Transactional
	Outcome report(String token, Form form, List<Upload> photos, String client) {
		var unit = units.findByToken(token)
			.filter(FrontageUnit::isActive)
			.orElseThrow(() -> new FrontageNotFoundException("token"));
		var category = form.category() == null || !properties.categories().contains(form.category()) ? null
				: categories.findByKey(form.category()).orElse(null);
		if (category == null) {
			throw new FrontageRuleException("frontage.report.error.category");
		}
		var description = form.description() == null ? "" : form.description().strip();
		if (description.length() < 5 || description.length() > 500) {
			throw new FrontageRuleException("frontage.report.error.description");
		}
		var phone = form.phone() == null || form.phone().isBlank() ? null : form.phone().strip();
		if (phone != null && !phone.matches("1[3-9]\\d{9}")) {
			throw new FrontageRuleException("frontage.report.error.phone");
		}
		if (photos.size() > MAX_PHOTOS) {
			throw new FrontageRuleException("frontage.report.error.photos");
		}
		var now = clock.instant();
		var clientHash = sha256(client);
		var since = Timestamp.from(now.minus(properties.reportWindow()));
		var byClient = jdbc.queryForObject(
				"select count(*) from frontage_violation where client_hash = ? and found_at > ?", Long.class, clientHash,
				since);
		var byUnit = jdbc.queryForObject(
				"select count(*) from frontage_violation where unit_id = ? and link = 'QR' and found_at > ?", Long.class,
				unit.getId(), since);
		if (byClient >= properties.reportsPerClient() || byUnit >= properties.reportsPerUnit()) {
			return new Outcome(null, true);
		}
		var incoming = new NewReport(Channel.OPEN311, null, null, now, category.getId(), null, false,
				description, messages.getMessage("frontage.report.address", new Object[] { unit.getAddress(),
						unit.getName() }, Locale.SIMPLIFIED_CHINESE), unit.getCentreLon(),
				unit.getCentreLat(), phone == null ? null : new NewReport.Reporter(null, phone), null, false, List.of());
		var report = photos.isEmpty() ? intake.receive(incoming)
				: intake.receive(incoming, photos, List.of(), new EvidenceSource("FRONTAGE_QR", now, "public"), null);
		var opened = cases.byReport(report.getId()).orElseThrow();
		jdbc.update("""
				insert into frontage_violation (unit_id, case_id, case_number, category_key, found_at, link, client_hash)
				values (?, ?, ?, ?, ?, 'QR', ?)
				on conflict (case_id) do update set unit_id = excluded.unit_id, link = 'QR',
				                                     client_hash = excluded.client_hash""",
				unit.getId(), opened.id(), opened.number(), form.category(), Timestamp.from(now), clientHash);
		var recipients = new HashSet<Long>();
		if (unit.getSquadId() != null) {
			recipients.addAll(staff.holdersAmong(new HashSet<>(staff.membersOf(unit.getSquadId())), "frontage:manage"));
		}
		events.publishEvent(new FrontageEvents.FrontageReported(unit.getId(), unit.getCode(), opened.id(),
				opened.number(), recipients, now));
		return new Outcome(opened.number(), false);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
