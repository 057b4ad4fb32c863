package org.chengguan.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestLogins;
import org.chengguan.caseflow.CaseSteps;
import org.chengguan.documents.DocumentKind;
import org.chengguan.documents.DocumentManagement;
import org.chengguan.documents.IssuedDocument;
import org.chengguan.party.PartyManagement;
import org.chengguan.staff.StaffManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Serving a decision from the proceeding page on the real database: a refused attempt stores nothing (no row, no
 * file, no document); a 留置送达 with a photo serves it and issues its 送达回证; a 公告 becomes service when the
 * application finds its period run.
 */
@ChengguanIntegrationTest
class DecisionServiceJourneyTests {

	static final List<String> TABLES = List.of("penalty_service", "penalty_step", "evidence_file", "issued_document",
			"penalty_period");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PenaltyManagement penalties;

	@Autowired
	ExecutionManagement execution;

	@Autowired
	PartyManagement parties;

	@Autowired
	StaffManagement staff;

	@Autowired
	DocumentManagement documents;

	@Autowired
	JdbcTemplate jdbc;

	ProceedingFixtures fixtures() {
		return new ProceedingFixtures(penalties, parties, staff, jdbc);
	}

	Map<String, Long> counts() {
		var counts = new LinkedHashMap<String, Long>();
		TABLES.forEach(t -> counts.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class)));
		return counts;
	}

	static String minutesAgo(int minutes) {
		return LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(minutes)
			.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
	}

	MockMultipartHttpServletRequestBuilder serve(long id, String method, String result) {
		return serve(id, method, result, minutesAgo(30));
	}

	MockMultipartHttpServletRequestBuilder serve(long id, String method, String result, String attemptedAt) {
		var request = multipart("/penalties/" + id + "/actions/SERVE_DECISION");
		request.param("version", "" + fixtures().version(id))
			.param("method", method)
			.param("result", result)
			.param("attemptedAt", attemptedAt)
			.param("place", "和平路 1 号")
			.param("secondOfficerId", "" + fixtures().actor("enforcer01").id());
		return request;
	}

	String statusOf(long id) {
		return jdbc.queryForObject("select status from penalty_proceeding where id = ?", String.class, id);
	}

	String text(IssuedDocument document) throws IOException {
		try (var in = documents.open(document); var pdf = Loader.loadPDF(in.readAllBytes())) {
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
		}
	}

	@Test
	void aRefusedAttemptStoresNothingAndALeftDocumentWithAPhotoServesTheDecision() throws Exception {
		var id = fixtures().decided();
		var before = counts();
		// 留置 without a witness or a picture: refused with the article, and nothing kept
		mvc.perform(serve(id, "LEFT", "SERVED").with(csrf()).with(TestLogins.as(users, "officer01")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "penalty.service.error.leftEvidence"));
		// the same with a photo, but by someone who is not the case's officer
		mvc.perform(serve(id, "LEFT", "SERVED").file(photo()).with(csrf()).with(TestLogins.as(users, "squad01")))
			.andExpect(flash().attribute("problem", "penalty.actor.handler"));
		// a time that is not a time
		mvc.perform(serve(id, "LEFT", "SERVED", "昨天").with(csrf())
			.with(TestLogins.as(users, "officer01"))).andExpect(flash().attribute("problem", "penalty.error.form"));
		assertThat(counts()).isEqualTo(before);
		assertThat(statusOf(id)).isEqualTo("DECIDED");

		mvc.perform(serve(id, "LEFT", "SERVED").file(photo()).with(csrf()).with(TestLogins.as(users, "officer01")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "penalty.done.SERVE_DECISION"));
		assertThat(statusOf(id)).isEqualTo("SERVED");
		assertThat(jdbc.queryForObject("select served_on from penalty_proceeding where id = ?", LocalDate.class, id))
			.isEqualTo(LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(30).toLocalDate());
		var evidence = jdbc.queryForObject("select evidence_ids from penalty_service where proceeding_id = ?",
				String.class, id);
		mvc.perform(get("/penalties/" + id + "/evidence/" + evidence).with(TestLogins.as(users, "legal")))
			.andExpect(status().isOk());

		var issued = documents.of(ProceedingDocuments.SUBJECT, id);
		var decision = issued.stream().filter(d -> d.getKind() == DocumentKind.DECISION).findFirst().orElseThrow();
		var receipt = issued.get(issued.size() - 1);
		assertThat(receipt.getKind()).isEqualTo(DocumentKind.SERVICE_RECEIPT);
		assertThat(receipt.getItem()).isEqualTo(1);
		assertThat(text(receipt)).contains("送达回证", decision.getNumber(), "留置送达", "赵烧烤", "和平路1号",
				"第八十九条");
		var page = mvc.perform(get("/penalties/" + id).with(TestLogins.as(users, "officer01")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("已送达·待履行", "留置送达", "缴纳罚款（十五日）", "提起行政诉讼（六个月）");
	}

	@Test
	void electronicServiceWaitsForTheSignedConsentAndAPublicNoticeServesWhenItsPeriodHasRun() throws Exception {
		var id = fixtures().decided();
		mvc.perform(serve(id, "ELECTRONIC", "SERVED").with(csrf()).with(TestLogins.as(users, "officer01")))
			.andExpect(flash().attribute("problem", "penalty.service.error.consent"));
		mvc.perform(multipart("/penalties/" + id + "/actions/CONFIRM_ADDRESS")
			.param("version", "" + fixtures().version(id)).param("address", "和平路 1 号").param("consent", "true")
			.with(csrf()).with(TestLogins.as(users, "officer01")))
			.andExpect(flash().attribute("problem", "penalty.service.error.electronicAddress"));
		mvc.perform(multipart("/penalties/" + id + "/actions/CONFIRM_ADDRESS")
			.param("version", "" + fixtures().version(id)).param("address", "和平路 1 号").param("consent", "true")
			.param("electronicAddress", "zhao@example.cn").with(csrf()).with(TestLogins.as(users, "officer01")))
			.andExpect(flash().attribute("notice", "penalty.done.CONFIRM_ADDRESS"));
		var confirmation = documents.of(ProceedingDocuments.SUBJECT, id).stream()
			.filter(d -> d.getKind() == DocumentKind.ADDRESS_CONFIRMATION).findFirst().orElseThrow();
		assertThat(text(confirmation)).contains("送达地址确认书", "同意采用电子方式送达", "zhao@example.cn");

		// not found at home, then a 公告
		mvc.perform(serve(id, "DIRECT", "FAILED").with(csrf()).with(TestLogins.as(users, "officer01")))
			.andExpect(flash().attribute("notice", "penalty.done.SERVE_DECISION"));
		mvc.perform(serve(id, "PUBLIC_NOTICE", "PUBLISHED").param("place", "本局公告栏及门户网站").with(csrf())
			.with(TestLogins.as(users, "officer01"))).andExpect(flash().attribute("notice", "penalty.done.SERVE_DECISION"));
		assertThat(statusOf(id)).isEqualTo("PUBLIC_NOTICE");
		execution.deemServed();
		assertThat(statusOf(id)).isEqualTo("PUBLIC_NOTICE");

		// thirty days on (the 公告 put back in time), the application finds it served
		var deemed = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
		jdbc.update("update penalty_proceeding set deemed_served_on = ? where id = ?", deemed, id);
		execution.deemServed();
		assertThat(statusOf(id)).isEqualTo("SERVED");
		assertThat(jdbc.queryForObject("select served_on from penalty_proceeding where id = ?", LocalDate.class, id))
			.isEqualTo(deemed);
		assertThat(jdbc.queryForObject("""
				select actor_id is null from penalty_step where proceeding_id = ? and action = 'DEEM_SERVED'""",
				Boolean.class, id)).isTrue();
		assertThat(documents.of(ProceedingDocuments.SUBJECT, id)).extracting(IssuedDocument::getKind)
			.endsWith(DocumentKind.SERVICE_RECEIPT, DocumentKind.SERVICE_RECEIPT);
	}

	static MockMultipartFile photo() throws Exception {
		var png = CaseSteps.png();
		return new MockMultipartFile("files", "留置现场.png", "image/png", png.getBytes());
	}
}
