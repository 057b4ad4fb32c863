package org.chengguan.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestLogins;
import org.chengguan.documents.DocumentKind;
import org.chengguan.documents.DocumentManagement;
import org.chengguan.documents.DocumentRuleException;
import org.chengguan.documents.IssuedDocument;
import org.chengguan.party.PartyManagement;
import org.chengguan.staff.StaffManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 文书 of a proceeding, issued by its steps from its own records: each PDF's text is read back with PDFBox (title,
 * 文号, party, the sentences the law requires), stored once with its SHA-256, and corrected only as a new version.
 */
@ChengguanIntegrationTest
class ProceedingDocumentsTests {

	@Autowired
	PenaltyManagement penalties;

	@Autowired
	PartyManagement parties;

	@Autowired
	StaffManagement staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DocumentManagement documents;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	ProceedingFixtures fixtures() {
		return new ProceedingFixtures(penalties, parties, staff, jdbc);
	}

	long version(long id) {
		return fixtures().version(id);
	}

	List<IssuedDocument> issued(long id) {
		return documents.of(ProceedingDocuments.SUBJECT, id);
	}

	String text(IssuedDocument document) throws IOException {
		try (var in = documents.open(document); var pdf = Loader.loadPDF(in.readAllBytes())) {
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
		}
	}

	long decided() {
		return fixtures().decided();
	}

	static IssuedDocument of(List<IssuedDocument> all, DocumentKind kind) {
		return all.stream().filter(d -> d.getKind() == kind).findFirst().orElseThrow();
	}

	@Test
	void eachStepIssuesItsDocumentFromTheProceedingsRecordsAndTheTextReadsBack() throws IOException {
		var id = decided();
		var proceeding = penalties.get(id, fixtures().scope("legal"));
		var party = parties.forDocuments(proceeding.getAct().getPartyId()).orElseThrow();
		var all = issued(id);
		assertThat(all).extracting(IssuedDocument::getKind)
			.containsExactly(DocumentKind.CASE_SOURCE, DocumentKind.FILING_APPROVAL, DocumentKind.INQUIRY_RECORD,
					DocumentKind.INVESTIGATION_REPORT, DocumentKind.LEGAL_OPINION, DocumentKind.PRIOR_NOTICE,
					DocumentKind.CASE_APPROVAL, DocumentKind.DECISION, DocumentKind.CORRECTION_ORDER);
		assertThat(all).allSatisfy(d -> {
			assertThat(d.getVersion()).isEqualTo(1);
			assertThat(d.getSha256()).hasSize(64);
			assertThat(d.getNumber()).matches("示城管\\S+〔2026〕\\d{4}号");
		});

		var decision = of(all, DocumentKind.DECISION);
		var text = text(decision);
		assertThat(text).contains("示范市城市管理综合执法局", "行政处罚决定书", decision.getNumber(), party.name(),
				party.idNumber(), "和平路1号")
			// 第五十九条: the facts and the evidence, the basis, the penalty, the remedies
			.contains("在禁止区域内露天烧烤食品", "询问笔录：询问当事人", "《中华人民共和国大气污染防治法》第八十一条",
					"罚款人民币叁仟元整（¥3,000.00元）", "没收烧烤炉两个", "当事人书面放弃陈述、申辩")
			// 罚缴分离实施办法第七条 and 行政强制法第四十五条
			.contains("示范市农村商业银行", "每日按罚款数额的百分之三加处罚款，加处罚款总额不超过罚款数额")
			.contains("六十日内向示范市人民政府申请行政复议", "六个月内直接向示范市人民法院提起行政诉讼", "（印章）")
			.doesNotContain("⾏");

		var notice = of(all, DocumentKind.PRIOR_NOTICE);
		assertThat(text(notice)).contains("行政处罚事先告知书", notice.getNumber(), "陈述、申辩的权利", "5个工作日内");
		assertThat(text(of(all, DocumentKind.INQUIRY_RECORD))).contains("询问笔录", "当事人承认在禁止区域内露天烧烤",
				"执法人员签名");
		assertThat(text(of(all, DocumentKind.FILING_APPROVAL))).contains("立案审批表", proceeding.getNumber(), "同意立案");
		assertThat(text(of(all, DocumentKind.CASE_SOURCE))).contains("案件来源登记表", "城管源〔", "巡查发现", party.name(),
				"在禁止区域内露天烧烤食品");
		assertThat(text(of(all, DocumentKind.INVESTIGATION_REPORT))).contains("案件调查终结报告", "调查认定的事实",
				"询问笔录：询问当事人", "《中华人民共和国大气污染防治法》第八十一条", "给予行政处罚", "罚款人民币叁仟元整");
		assertThat(text(of(all, DocumentKind.LEGAL_OPINION))).contains("法制审核意见书", "管辖权无问题", "处罚适当有问题",
				"同意：审核通过", "审核人").doesNotContain("??");
		assertThat(text(of(all, DocumentKind.CASE_APPROVAL))).contains("案件处理审批表", "中队长审核", "法制审核",
				"同意");
		assertThat(text(of(all, DocumentKind.CORRECTION_ORDER))).contains("责令（限期）改正通知书", "城管责改〔",
				"第二十八条第一款", party.name());
	}

	@Test
	void aPreservationIsNoticedApprovedAndDecidedAndANoPenaltyOutcomeHasItsDecision() throws IOException {
		var f = fixtures();
		var id = f.filed();
		var officer = f.actor("officer01");
		var second = f.actor("enforcer01");
		var officers = f.scope("officer01");
		penalties.addRecord(id, version(id), new NewRecord(RecordKind.PRESERVATION, "先行登记保存", "烧烤炉两个、木炭一袋",
				officer.id(), second.id(), List.of()), officer, officers);
		var seq = jdbc.queryForObject("select max(seq) from penalty_record where proceeding_id = ?", Integer.class, id);
		penalties.decideRecord(id, version(id), seq, true, "证据可能灭失，同意先行登记保存", f.actor("deputy"),
				f.scope("deputy"));
		var all = issued(id);
		assertThat(text(of(all, DocumentKind.PRESERVATION_NOTICE))).contains("先行登记保存通知书", "第五十六条",
				"烧烤炉两个、木炭一袋", "七日内作出处理决定");
		assertThat(text(of(all, DocumentKind.PRESERVATION_APPROVAL))).contains("先行登记保存审批表", "已批准",
				"证据可能灭失");
		assertThat(text(of(all, DocumentKind.PRESERVATION_DECISION))).contains("先行登记保存物品处理决定书", "予以保存",
				"申请行政复议");

		penalties.addRecord(id, version(id), new NewRecord(RecordKind.EDUCATION, "教育记录", "已对当事人进行法治教育。",
				officer.id(), second.id(), List.of()), officer, officers);
		var barbecue = jdbc.queryForObject(
				"select id from penalty_benchmark_entry where code = 'DQ-118-03' and version = 1", Long.class);
		penalties.conclude(id, version(id), new ProposedOutcome(Outcome.NO_PENALTY_FIRST_OFFENCE, barbecue, null,
				false, BigDecimal.ZERO, null, null, null, BigDecimal.ZERO, Set.of(), "责令立即停止露天烧烤", null, Set.of(),
				"初次违法且危害后果轻微，当场停止", Set.of(), null), officer, officers);
		penalties.submit(id, version(id), officer, officers);
		for (var approver : List.of("squad01", "legal", "deputy")) {
			if (jdbc.queryForObject("select status from penalty_proceeding where id = ?", String.class, id)
				.equals("IN_APPROVAL")) {
				penalties.approve(id, version(id), "同意", approver.equals("legal") ? PenaltyLabels.checklistOf(Set.of())
						: null, f.actor(approver), f.scope(approver));
			}
		}
		assertThat(jdbc.queryForObject("select status from penalty_proceeding where id = ?", String.class, id))
			.isEqualTo("NO_PENALTY");
		all = issued(id);
		assertThat(text(of(all, DocumentKind.NO_PENALTY_DECISION))).contains("不予行政处罚决定书", "城管不罚〔",
				"首违不罚", "第五十七条第一款", "初次违法且危害后果轻微", "申请行政复议");
		assertThat(text(of(all, DocumentKind.CASE_APPROVAL))).contains("案件处理审批表", "首违不罚");
	}

	IssuedDocument correct(long id, IssuedDocument document, String reason) {
		var legal = fixtures().actor("legal");
		return TestLogins.withAuthorities(
				() -> penalties.correctDocument(id, document.getId(), reason, legal, fixtures().scope("legal")),
				"penalty:approve:legal");
	}

	@Test
	void anIssuedDocumentIsNeverOverwrittenAndACorrectionIsANewVersionOfTheSameNumber() throws IOException {
		var id = decided();
		var decision = of(issued(id), DocumentKind.DECISION);
		var inquiry = of(issued(id), DocumentKind.INQUIRY_RECORD);

		assertThatThrownBy(() -> correct(id, decision, " ")).isInstanceOf(DocumentRuleException.class)
			.hasMessage("documents.error.reasonRequired");
		var corrected = correct(id, decision, "当事人住址笔误");
		assertThat(corrected.getNumber()).isEqualTo(decision.getNumber());
		assertThat(corrected.getVersion()).isEqualTo(2);
		assertThat(corrected.getReplacesId()).isEqualTo(decision.getId());
		assertThat(text(corrected)).contains("（更正版本2）", decision.getNumber());
		// only the latest version may be corrected
		assertThatThrownBy(() -> correct(id, decision, "再次更正")).hasMessage("documents.error.notLatest");
		// a 笔录 is issued again from its own record
		assertThat(text(correct(id, inquiry, "补记询问地点"))).contains("（更正版本2）", "当事人承认在禁止区域内露天烧烤");
		// only the 法制股 corrects
		assertThatThrownBy(() -> TestLogins.withAuthorities(() -> penalties.correctDocument(id, corrected.getId(),
				"改", fixtures().actor("officer01"), fixtures().scope("officer01")), "penalty:handle"))
			.isInstanceOf(AccessDeniedException.class);

		// the database refuses to change or remove an issued document
		assertThatThrownBy(() -> jdbc.update("update issued_document set sha256 = ? where id = ?", "0".repeat(64),
				decision.getId())).rootCause().hasMessageContaining("never overwritten");
		assertThatThrownBy(() -> jdbc.update("delete from issued_document where id = ?", decision.getId()))
			.rootCause()
			.hasMessageContaining("never overwritten");
		assertThat(text(documents.find(decision.getId()).orElseThrow())).doesNotContain("更正版本");
	}

	@Test
	void anOnTheSpotDecisionCarriesItsPrePrintedFormNumber() throws IOException {
		var f = fixtures();
		var officer = f.actor("officer02");
		var unit = staff.orgUnitOf(officer.id());
		var lead = new NewLead(f.party(), ProceedingSource.PATROL, null, unit, null, null, f.actor("enforcer02").id(),
				"解放路", "店外占道经营", LocalDate.of(2026, 11, 30), null, false, LocalDate.of(2026, 11, 30), false);
		var warning = new ProposedOutcome(Outcome.PENALTY, null, null, true, BigDecimal.ZERO, null, null, null,
				BigDecimal.ZERO, Set.of(), "责令立即将物品搬回店内", null, Set.of(), null, Set.of(), null);
		var id = TestLogins.withAuthorities(() -> penalties.decideOnSite(
				new OnSiteDecision(lead, warning, true, "当事人无异议", false, false, null), officer), "penalty:handle");
		var form = jdbc.queryForObject("select form_number from penalty_proceeding where id = ?", String.class, id);
		var document = issued(id).get(0);
		assertThat(document.getKind()).isEqualTo(DocumentKind.ON_SITE_DECISION);
		assertThat(document.getNumber()).isEqualTo(form);
		assertThat(text(document)).contains("当场行政处罚决定书", form, "警告", "责令立即将物品搬回店内", "当事人无异议",
				"执法人员");
	}

	@Test
	void theProceedingPageListsItsDocumentsAndServesTheirPdfsOnlyInItsScope() throws Exception {
		var id = decided();
		var other = fixtures().lead();
		var decision = of(issued(id), DocumentKind.DECISION);
		var page = mvc.perform(get("/penalties/" + id).with(TestLogins.as(users, "officer01")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("执法文书", decision.getNumber(), "行政处罚决定书", "事先告知书");

		var pdf = mvc.perform(get("/penalties/" + id + "/documents/" + decision.getId())
			.with(TestLogins.as(users, "officer01")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse();
		assertThat(pdf.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline; filename=")
			.contains("filename*=UTF-8''");
		assertThat(pdf.getContentAsByteArray()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
		// another street's officer does not find it; nor is it reached through another proceeding
		mvc.perform(get("/penalties/" + id + "/documents/" + decision.getId()).with(TestLogins.as(users, "officer02")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/penalties/" + other + "/documents/" + decision.getId())
			.with(TestLogins.as(users, "officer01"))).andExpect(status().isNotFound());

		var before = jdbc.queryForObject("select count(*) from issued_document", Long.class);
		mvc.perform(post("/penalties/" + id + "/documents/" + decision.getId() + "/corrections").param("reason", "改")
			.with(csrf()).with(TestLogins.as(users, "officer01"))).andExpect(status().isForbidden());
		mvc.perform(post("/penalties/" + id + "/documents/" + decision.getId() + "/corrections").param("reason", "  ")
			.with(csrf()).with(TestLogins.as(users, "legal")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "documents.error.reasonRequired"));
		assertThat(jdbc.queryForObject("select count(*) from issued_document", Long.class)).isEqualTo(before);
	}
}
