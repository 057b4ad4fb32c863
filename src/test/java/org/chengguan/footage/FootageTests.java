package org.chengguan.footage;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestLogins;
import org.chengguan.party.PartyManagement;
import org.chengguan.penalty.PenaltyManagement;
import org.chengguan.penalty.ProceedingFixtures;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.StaffManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Body cameras and drones against the real database and the demo bureau: only reviewed devices are registered, only
 * their own footage comes in (by upload or from the watched folder), streamed into the evidence store with its
 * SHA-256 and an append-only chain of custody; linked to a case, to a proceeding as a 视听资料 record, or to a campaign;
 * a drone flight's finding opens a case once.
 */
@ChengguanIntegrationTest
class FootageTests {

	@Autowired
	FootageManagement footage;

	@Autowired
	DeviceManagement devices;

	@Autowired
	FlightManagement flights;

	@Autowired
	FootageFolder folder;

	@Autowired
	StaffManagement staff;

	@Autowired
	PenaltyManagement penalties;

	@Autowired
	PartyManagement parties;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	Actor actor(String username) {
		var row = jdbc.queryForMap("select id, name from staff_member where username = ?", username);
		return new Actor(((Number) row.get("id")).longValue(), username, (String) row.get("name"));
	}

	long unitOf(String username) {
		return staff.orgUnitOf(actor(username).id());
	}

	static <T> T as(java.util.function.Supplier<T> call) {
		return TestLogins.withAuthorities(call, "footage:manage", "footage:upload", "footage:view", "penalty:handle");
	}

	Device camera(String code, String holder) {
		return as(() -> devices.register(new DeviceManagement.NewDevice(code, Device.Kind.BODY_CAMERA, "执法记录仪",
				"DSJ-V9", unitOf(holder), actor(holder).id(), "示城管审〔2026〕9号", LocalDate.of(2026, 4, 1),
				LocalDate.of(2026, 4, 3)), DataScope.everything(), actor("enforcement")));
	}

	/** An MP4-headed file of {@code size} bytes (the store recognises it by its {@code ftyp} box). */
	static byte[] video(int size, long seed) {
		var bytes = new byte[size];
		new Random(seed).nextBytes(bytes);
		var head = new byte[] { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2' };
		System.arraycopy(head, 0, bytes, 0, head.length);
		return bytes;
	}

	FootageManagement.Capture capture(String by) {
		return new FootageManagement.Capture(Instant.now().minus(1, ChronoUnit.HOURS), 113.61, 34.72, actor(by).id(),
				"现场执法全过程", null);
	}

	long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	@Test
	void onlyADeviceThatPassedItsReviewIsRegistered() {
		var enforcement = actor("enforcement");
		var unit = unitOf("officer03");
		assertThatThrownBy(() -> as(() -> devices.register(new DeviceManagement.NewDevice("bad code", Device.Kind.DRONE,
				"无人机", "M30", unit, null, "审〔2026〕1号", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2)),
				DataScope.everything(), enforcement))).hasMessage("footage.device.error.code");
		// 《行政处罚法》第四十一条: reviewed, then published — not the other way round, and not yet to come
		assertThatThrownBy(() -> as(() -> devices.register(new DeviceManagement.NewDevice("UAV-T1", Device.Kind.DRONE,
				"无人机", "M30", unit, null, "审〔2026〕1号", LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 2)),
				DataScope.everything(), enforcement))).hasMessage("footage.device.error.review");
		assertThatThrownBy(() -> as(() -> devices.register(new DeviceManagement.NewDevice("UAV-T1", Device.Kind.DRONE,
				"无人机", "M30", unit, null, " ", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2)),
				DataScope.everything(), enforcement))).hasMessage("footage.device.error.review");
		assertThatThrownBy(() -> as(() -> devices.register(new DeviceManagement.NewDevice("UAV-T1", Device.Kind.DRONE,
				"无人机", "M30", unit, actor("officer04").id(), "审〔2026〕1号", LocalDate.of(2026, 4, 1),
				LocalDate.of(2026, 4, 2)), DataScope.everything(), enforcement))).hasMessage("footage.device.error.holder");
		assertThatThrownBy(() -> as(() -> devices.register(new DeviceManagement.NewDevice("UAV-T1", Device.Kind.DRONE,
				"无人机", "M30", unit, null, "审〔2026〕1号", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2)),
				staff.scopeOf(actor("squad04").id()), enforcement))).hasMessage("footage.device.error.unit");
		camera("ZFJLY-T-01", "officer03");
		assertThatThrownBy(() -> camera("ZFJLY-T-01", "officer03")).hasMessage("footage.device.error.duplicate");
	}

	@Test
	void footageStreamsIntoTheEvidenceStoreWithItsHashAndItsChainOfCustody() throws Exception {
		var device = camera("ZFJLY-T-02", "officer05");
		var officer = actor("officer05");
		var content = video(3 * 1024 * 1024, 5);
		var saved = as(() -> footage.upload(device.getId(), new ByteArrayInputStream(content), "DSJ_0001.mp4",
				capture("officer05"), officer));
		var item = as(() -> footage.get(saved.getId(), DataScope.everything(), officer));
		assertThat(item.file().getSha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
			.digest(content)));
		assertThat(item.file().getMediaType()).isEqualTo("video/mp4");
		assertThat(item.file().getSizeBytes()).isEqualTo(content.length);
		try (InputStream in = as(() -> {
			try {
				return footage.open(saved.getId(), true, DataScope.everything(), officer);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		})) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		assertThat(as(() -> {
			try {
				return footage.verify(saved.getId(), DataScope.everything(), officer);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		})).isTrue();
		assertThat(footage.custody(saved.getId())).extracting(FootageManagement.CustodyEntry::action)
			.containsExactly("IMPORTED", "DOWNLOADED", "VERIFIED");
		assertThat(footage.custody(saved.getId()).get(0).detail()).contains(item.file().getSha256(), "上传",
				"ZFJLY-T-02");
		assertThat(footage.custody(saved.getId()).get(2).detail()).isEqualTo("哈希一致");
		// the chain is append-only
		assertThatThrownBy(() -> jdbc.update("update footage_custody set actor = 'x' where footage_id = ?",
				saved.getId())).rootCause().hasMessageContaining("append-only");
		// the same file of the same device is kept once
		assertThatThrownBy(() -> as(() -> footage.upload(device.getId(), new ByteArrayInputStream(content), "again.mp4",
				capture("officer05"), officer))).hasMessage("footage.error.duplicate");
	}

	@Test
	void whatMayNotComeInIsRefusedAndNothingIsKept() {
		var device = camera("ZFJLY-T-03", "officer06");
		var officer = actor("officer06");
		var footageRows = count("footage");
		var files = count("evidence_file");
		assertThatThrownBy(() -> as(() -> footage.upload(device.getId(), new ByteArrayInputStream(video(2048, 1)),
				"a.mp4", capture("officer06"), actor("enforcer06")))).hasMessage("footage.error.notYourDevice");
		// recorded before the device's review: not evidence of a reviewed device
		assertThatThrownBy(() -> as(() -> footage.upload(device.getId(), new ByteArrayInputStream(video(2048, 2)),
				"a.mp4", new FootageManagement.Capture(Instant.parse("2026-03-01T02:00:00Z"), null, null, officer.id(),
						null, null), officer))).hasMessage("footage.error.capturedAt");
		assertThatThrownBy(() -> as(() -> footage.upload(device.getId(), new ByteArrayInputStream(video(2048, 3)),
				"a.mp4", new FootageManagement.Capture(Instant.now().minusSeconds(60), 113.6, null, officer.id(), null,
						null), officer))).hasMessage("footage.error.position");
		assertThatThrownBy(() -> as(() -> footage.upload(device.getId(),
				new ByteArrayInputStream("not a video".getBytes(StandardCharsets.UTF_8)), "a.txt", capture("officer06"),
				officer))).hasMessage("evidence.rejected.unknownType");
		assertThatThrownBy(() -> as(() -> footage.upload(device.getId(), new ByteArrayInputStream(video(2048, 4)),
				"a.mp4", capture("officer07"), officer))).hasMessage("footage.error.capturedBy");
		assertThat(count("footage")).isEqualTo(footageRows);
		assertThat(count("evidence_file")).isEqualTo(files);
		as(() -> {
			devices.disable(device.getId(), DataScope.everything(), actor("enforcement"));
			return null;
		});
		assertThatThrownBy(() -> as(() -> footage.upload(device.getId(), new ByteArrayInputStream(video(2048, 5)),
				"a.mp4", capture("officer06"), officer))).hasMessage("footage.error.notYourDevice");
	}

	@Test
	void linkedToACaseAProceedingAsAudioVisualEvidenceAndACampaign() {
		var device = camera("ZFJLY-T-04", "officer01");
		var officer = actor("officer01");
		var saved = as(() -> footage.upload(device.getId(), new ByteArrayInputStream(video(4096, 7)), "DSJ_0002.mp4",
				capture("officer01"), officer));
		var scope = staff.scopeOf(officer.id());
		assertThatThrownBy(() -> as(() -> {
			footage.linkCase(saved.getId(), "NO-SUCH-CASE", scope, officer);
			return null;
		})).hasMessage("footage.error.case");
		var caseRow = jdbc.queryForMap("select id, number from caseflow_case where street_code = '990101001' order by id limit 1");
		as(() -> {
			footage.linkCase(saved.getId(), (String) caseRow.get("number"), scope, officer);
			return null;
		});
		assertThatThrownBy(() -> as(() -> {
			footage.linkCase(saved.getId(), (String) caseRow.get("number"), scope, officer);
			return null;
		})).hasMessage("footage.error.linked");
		assertThat(footage.linkedTo(FootageManagement.Target.CASE, ((Number) caseRow.get("id")).longValue(), scope,
				officer)).extracting(i -> i.footage().getId()).contains(saved.getId());

		var fixtures = new ProceedingFixtures(penalties, parties, staff, jdbc);
		var proceeding = fixtures.filed();
		var number = jdbc.queryForObject("select number from penalty_proceeding where id = ?", String.class, proceeding);
		as(() -> {
			footage.linkProceeding(saved.getId(), number, actor("enforcer01").id(), scope, officer);
			return null;
		});
		var record = jdbc.queryForMap("""
				select kind, title, content, evidence_ids from penalty_record where proceeding_id = ?
				order by seq desc limit 1""", proceeding);
		assertThat(record).containsEntry("kind", "EVIDENCE");
		assertThat((String) record.get("title")).startsWith("视听资料：执法记录仪");
		assertThat((String) record.get("content")).contains("ZFJLY-T-04", "示城管审〔2026〕9号");
		assertThat((String) record.get("evidence_ids")).contains(String.valueOf(saved.getEvidenceId()));

		var campaign = jdbc.queryForObject("select id from campaign order by id limit 1", Long.class);
		as(() -> {
			footage.linkCampaign(saved.getId(), campaign, scope, officer);
			return null;
		});
		assertThat(footage.links(saved.getId())).extracting(FootageManagement.Link::target)
			.containsExactly(FootageManagement.Target.CASE, FootageManagement.Target.PROCEEDING,
					FootageManagement.Target.CAMPAIGN);
		assertThat(footage.custody(saved.getId())).filteredOn(c -> c.action().equals("LINKED")).hasSize(3);
		// another squad's officer does not see it
		assertThatThrownBy(() -> as(() -> footage.get(saved.getId(), staff.scopeOf(actor("officer02").id()),
				actor("officer02")))).isInstanceOf(FootageNotFoundException.class);
	}

	@Test
	void theWatchedFolderImportsSettledFilesAndSetsAsideWhatItCannot(@TempDir java.nio.file.Path root)
			throws Exception {
		var device = camera("ZFJLY-T-05", "officer04");
		var dir = Files.createDirectories(root.resolve("ZFJLY-T-05"));
		var good = Files.write(dir.resolve("20261201_093000.mp4"), video(8192, 11));
		Files.writeString(dir.resolve("20261201_093000.mp4.properties"),
				"capturedAt=2026-12-01T09:30:00+08:00\nlon=113.62\nlat=34.71\nofficer=officer04\ndescription=\\u73b0\\u573a\n");
		var bad = Files.writeString(dir.resolve("notes.txt"), "not footage");
		var fresh = Files.write(dir.resolve("copying.mp4"), video(1024, 12));
		var unknown = Files.createDirectories(root.resolve("NO-SUCH-DEVICE"));
		var stray = Files.write(unknown.resolve("a.mp4"), video(1024, 13));
		var past = FileTime.from(Instant.now().minus(10, ChronoUnit.MINUTES));
		for (var file : List.of(good, bad, stray)) {
			Files.setLastModifiedTime(file, past);
		}
		assertThat(folder.scan(root)).isEqualTo(1);
		assertThat(root.resolve("imported/ZFJLY-T-05/20261201_093000.mp4")).exists();
		assertThat(root.resolve("imported/ZFJLY-T-05/20261201_093000.mp4.properties")).exists();
		assertThat(root.resolve("failed/ZFJLY-T-05/notes.txt")).exists();
		assertThat(Files.readString(root.resolve("failed/ZFJLY-T-05/notes.txt.error.txt"))).isNotBlank();
		assertThat(Files.readString(root.resolve("failed/NO-SUCH-DEVICE/a.mp4.error.txt"))).contains("未登记的设备");
		// a file still being copied waits for the next round
		assertThat(fresh).exists();
		var imported = jdbc.queryForMap("""
				select f.captured_at, f.lon, f.imported_via, f.imported_by, f.description from footage f
				where f.device_id = ?""", device.getId());
		assertThat(imported).containsEntry("imported_via", "FOLDER").containsEntry("imported_by", "footage-folder")
			.containsEntry("lon", 113.62).containsEntry("description", "现场");
		assertThat(((java.sql.Timestamp) imported.get("captured_at")).toInstant())
			.isEqualTo(Instant.parse("2026-12-01T01:30:00Z"));
	}

	@Test
	void aDroneFlightsFindingOpensACaseOnce() {
		var squad = actor("squad05");
		var drone = as(() -> devices.register(new DeviceManagement.NewDevice("UAV-T-05", Device.Kind.DRONE, "无人机",
				"M30T", unitOf("squad05"), null, "示城管审〔2026〕9号", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 3)),
				DataScope.everything(), actor("enforcement")));
		var camera = camera("ZFJLY-T-06", "squad05");
		assertThatThrownBy(() -> as(() -> flights.fly(camera.getId(), squad.id(), LocalDate.now(), "巡查", squad)))
			.hasMessage("footage.flight.error.device");
		assertThatThrownBy(() -> as(() -> flights.fly(drone.getId(), squad.id(), LocalDate.now().plusDays(1), "巡查",
				squad))).hasMessage("footage.flight.error.date");
		assertThatThrownBy(() -> as(() -> flights.fly(drone.getId(), actor("officer04").id(), LocalDate.now(), "巡查",
				squad))).hasMessage("footage.flight.error.pilot");
		var flight = as(() -> flights.fly(drone.getId(), squad.id(), LocalDate.now(), "楼顶违建巡查", squad));
		var still = as(() -> footage.upload(drone.getId(), new ByteArrayInputStream(video(2048, 21)), "DJI_0001.mp4",
				new FootageManagement.Capture(Instant.now().minusSeconds(600), 113.63, 34.73, squad.id(), "航拍", flight),
				squad));
		var other = as(() -> footage.upload(camera.getId(), new ByteArrayInputStream(video(2048, 22)), "a.mp4",
				capture("squad05"), squad));
		var category = jdbc.queryForObject("select id from category_item where kind = 'EVENT' and code = '06001'",
				Long.class);
		var scope = staff.scopeOf(squad.id());
		assertThatThrownBy(() -> as(() -> flights.find(flight, 113.63, 34.73, category, "楼顶加盖", null, other.getId(),
				scope, squad))).hasMessage("footage.flight.error.footage");
		assertThatThrownBy(() -> as(() -> flights.find(flight, 200, 34.73, category, "楼顶加盖", null, null, scope,
				squad))).hasMessage("footage.error.position");
		var finding = as(() -> flights.find(flight, 113.63, 34.73, category, "楼顶新建彩钢瓦房",
				new java.math.BigDecimal("60"), still.getId(), scope, squad));
		var caseId = as(() -> flights.open(finding, scope, squad));
		var opened = jdbc.queryForMap("select source, lon, summary from caseflow_case where id = ?", caseId);
		assertThat(opened).containsEntry("source", "PATROL").containsEntry("lon", 113.63);
		assertThat((String) opened.get("summary")).contains("楼顶新建彩钢瓦房", "60");
		assertThat(flights.findings(flight)).singleElement().extracting(FlightManagement.Finding::caseId)
			.isEqualTo(caseId);
		assertThat(footage.linkedTo(FootageManagement.Target.CASE, caseId, scope, squad))
			.extracting(i -> i.footage().getId()).containsExactly(still.getId());
		assertThatThrownBy(() -> as(() -> flights.open(finding, scope, squad))).hasMessage("footage.flight.error.opened");
	}

	@Test
	void thePagesShowAndTakeWhatEachPersonMay() throws Exception {
		var device = camera("ZFJLY-T-07", "officer07");
		var files = count("evidence_file");
		var html = org.springframework.http.MediaType.TEXT_HTML;
		// no file, no time: the message, nothing kept
		mvc.perform(multipart("/footage").param("device", "" + device.getId()).with(csrf())
			.with(login("officer07"))).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "footage.error.file"));
		mvc.perform(multipart("/footage").file(new MockMultipartFile("file", "a.mp4", "video/mp4", video(1024, 31)))
			.param("device", "" + device.getId()).param("capturedAt", "yesterday").with(csrf()).with(login("officer07")))
			.andExpect(status().isBadRequest());
		assertThat(count("evidence_file")).isEqualTo(files);
		var done = mvc.perform(multipart("/footage").file(new MockMultipartFile("file", "a.mp4", "video/mp4",
				video(1024, 32))).param("device", "" + device.getId())
			.param("capturedAt", java.time.LocalDateTime.now().minusHours(2).withNano(0).toString())
			.param("lon", "113.61").param("lat", "34.72").with(csrf()).with(login("officer07")))
			.andExpect(status().is3xxRedirection()).andReturn();
		var page = done.getResponse().getRedirectedUrl();
		assertThat(page).matches("/footage/\\d+");
		mvc.perform(get(page).with(login("officer07"))).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(html))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("footage-custody")));
		mvc.perform(get(page + "/content").with(login("squad07"))).andExpect(status().isOk())
			.andExpect(content().contentType("video/mp4"));
		// another squad sees neither the page nor the content
		mvc.perform(get(page).with(login("officer02"))).andExpect(status().isNotFound());
		mvc.perform(get(page + "/content").with(login("officer02"))).andExpect(status().isNotFound());
		for (var path : List.of("/footage", "/footage/devices", "/footage/flights")) {
			mvc.perform(get(path).with(login("officer07"))).andExpect(status().isOk());
		}
		mvc.perform(post("/footage/devices").param("code", "X-1").param("kind", "DRONE").with(csrf())
			.with(login("officer07"))).andExpect(status().isForbidden());
		mvc.perform(post("/footage/devices").param("code", "X-1").param("kind", "DRONE").param("unit", "" + unitOf("officer07"))
			.param("name", "无人机").param("model", "M30").param("reviewRef", "审").param("reviewApprovedOn", "2026-04-02")
			.param("publishedOn", "2026-04-01").with(csrf()).with(login("enforcement")))
			.andExpect(flash().attribute("problem", "footage.device.error.review"));
		assertThat(jdbc.queryForObject("select count(*) from footage_device where code = 'X-1'", Long.class)).isZero();
		var caseId = jdbc.queryForObject("select id from caseflow_case where street_code = '990101001' order by id limit 1",
				Long.class);
		mvc.perform(get("/footage/for-case/" + caseId).with(login("officer01"))).andExpect(status().isOk());
	}

	org.springframework.test.web.servlet.request.RequestPostProcessor login(String username) {
		return TestLogins.as(users, username);
	}
}
