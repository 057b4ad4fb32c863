package org.chengguan.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestLogins;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.party.PartyManagement;
import org.chengguan.penalty.ExecutionManagement;
import org.chengguan.penalty.PenaltyManagement;
import org.chengguan.penalty.ServedDecisions;
import org.chengguan.staff.StaffManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 公示 (《行政处罚法》第四十八条): the demo's decisions are on the public page without an account, and no page or PDF
 * of it holds an identity number; a decision waits for the 法制股 with its due day, is published with the party
 * masked, and is withdrawn only with a reason that the public then reads.
 */
@ChengguanIntegrationTest
class DisclosureTests {

	/** A 居民身份证号码 anywhere in a text. */
	static final Pattern IDENTITY_NUMBER = Pattern.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DisclosureManagement disclosures;

	@Autowired
	PenaltyManagement penalties;

	@Autowired
	ExecutionManagement execution;

	@Autowired
	PartyManagement parties;

	@Autowired
	StaffManagement staff;

	@Autowired
	WorkingCalendar calendar;

	String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	String pdfText(String path) throws Exception {
		var bytes = mvc.perform(get(path)).andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
		try (var pdf = Loader.loadPDF(bytes)) {
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
		}
	}

	@Test
	void everyPublicPageAndPdfOfTheDemoIsReadWithoutAnAccountAndHoldsNoIdentityNumber() throws Exception {
		var first = page("/public/penalties");
		assertThat(first).contains("行政处罚决定公示", "吴**", "钱**").doesNotContain("吴烧烤", "钱烧烤");
		var pages = (int) Math.max(1, (disclosures.shownCount() + DisclosureManagement.PAGE - 1)
				/ DisclosureManagement.PAGE);
		var pdfs = 0;
		for (var p = 0; p < pages; p++) {
			var html = page("/public/penalties?page=" + p);
			assertThat(IDENTITY_NUMBER.matcher(html).find()).as("page %d", p).isFalse();
			var links = Pattern.compile("/public/penalties/(\\d+)\\.pdf").matcher(html);
			while (links.find()) {
				var text = pdfText(links.group());
				assertThat(IDENTITY_NUMBER.matcher(text).find()).as(links.group()).isFalse();
				assertThat(text).contains("行政处罚决定书", "已依法隐去").doesNotContain("和平路3号", "和平路2号");
				pdfs++;
			}
		}
		assertThat(pdfs).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aDecisionIsPublishedByTheLegalSectionWithThePartyMaskedAndWithdrawnOnlyWithItsReason() throws Exception {
		var id = new ServedDecisions(penalties, execution, parties, staff, jdbc).decided();
		// an officer typed a party's identity number into the facts: the public copy blots it out
		jdbc.update("update penalty_proceeding set facts = facts || '（当事人出示身份证110105198001011234）' where id = ?",
				id);
		var notice = disclosures.of(id).orElseThrow();
		assertThat(notice.getStatus()).isEqualTo(DisclosureNotice.Status.PENDING);
		assertThat(notice.getPenalty()).contains("罚款人民币3,000元", "没收烧烤炉两个");
		assertThat(notice.getPublishDue()).isAfter(notice.getDecidedOn()).isBefore(notice.getDecidedOn().plusDays(12));
		assertThat(page("/public/penalties")).doesNotContain(notice.getDecisionNumber());
		mvc.perform(get("/public/penalties/" + notice.getId() + ".pdf")).andExpect(status().isNotFound());

		mvc.perform(post("/disclosure/" + notice.getId() + "/publish").with(csrf())
			.with(TestLogins.as(users, "officer01"))).andExpect(status().isForbidden());
		mvc.perform(post("/disclosure/" + notice.getId() + "/publish").with(csrf()).with(TestLogins.as(users, "legal")))
			.andExpect(flash().attribute("notice", "disclosure.published"));
		assertThat(page("/public/penalties")).contains(notice.getDecisionNumber(), "赵**");
		var text = pdfText("/public/penalties/" + notice.getId() + ".pdf");
		assertThat(text).contains(notice.getDecisionNumber(), "赵**", "已依法隐去", "罚款人民币叁仟元整")
			.doesNotContain("赵烧烤", "和平路1号", "110105198001011234");
		assertThat(IDENTITY_NUMBER.matcher(text).find()).isFalse();

		// the decision is changed on review: it is to be withdrawn within 3 working days, with the reason
		disclosures.decisionAltered(id);
		assertThat(disclosures.of(id).orElseThrow().getWithdrawDue()).isAfter(calendar.today());
		mvc.perform(post("/disclosure/" + notice.getId() + "/withdrawal").param("reason", " ").with(csrf())
			.with(TestLogins.as(users, "legal")))
			.andExpect(flash().attribute("problem", "disclosure.error.reasonRequired"));
		assertThat(disclosures.of(id).orElseThrow().getStatus()).isEqualTo(DisclosureNotice.Status.PUBLISHED);
		mvc.perform(post("/disclosure/" + notice.getId() + "/withdrawal").param("reason", "经行政复议，本决定已被变更")
			.with(csrf()).with(TestLogins.as(users, "legal")))
			.andExpect(flash().attribute("notice", "disclosure.withdrawn"));
		assertThat(page("/public/penalties")).contains("经行政复议，本决定已被变更");
		mvc.perform(get("/public/penalties/" + notice.getId() + ".pdf")).andExpect(status().isNotFound());

		var desk = mvc.perform(get("/disclosure").with(TestLogins.as(users, "legal"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(desk).contains("处罚决定公示", notice.getDecisionNumber(), "已撤回");
		mvc.perform(get("/disclosure").with(TestLogins.as(users, "officer01"))).andExpect(status().isForbidden());
	}

	@Autowired
	DisclosureClock clock;

	long alerts(long proceedingId, String due) {
		return jdbc.queryForObject("""
				select count(*) from notification n join staff_member m on m.id = n.recipient_id
				where n.proceeding_id = ? and n.ref = ? and m.username = 'legal'""", Long.class, proceedingId,
				"alert:" + due);
	}

	@Test
	void theLegalSectionIsAlertedOnceToADecisionDueToBePublishedAndToOneDueToBeWithdrawn() throws Exception {
		var id = new ServedDecisions(penalties, execution, parties, staff, jdbc).decided();
		clock.scan();
		assertThat(alerts(id, "PUBLISH")).isZero();
		jdbc.update("update disclosure_notice set publish_due = ? where proceeding_id = ?", calendar.today(), id);
		clock.scan();
		clock.scan();
		assertThat(alerts(id, "PUBLISH")).isEqualTo(1);

		var legal = jdbc.queryForObject("select id from staff_member where username = 'legal'", Long.class);
		org.chengguan.TestLogins.withAuthorities(() -> disclosures.publish(disclosures.of(id).orElseThrow().getId(),
				new org.chengguan.staff.Actor(legal, "legal", "legal")), "penalty:approve:legal");
		disclosures.decisionAltered(id);
		jdbc.update("update disclosure_notice set withdraw_due = ? where proceeding_id = ?", calendar.today(), id);
		clock.scan();
		clock.scan();
		assertThat(alerts(id, "WITHDRAW")).isEqualTo(1);
		assertThat(page("/public/penalties")).contains(disclosures.of(id).orElseThrow().getDecisionNumber());
	}
}
