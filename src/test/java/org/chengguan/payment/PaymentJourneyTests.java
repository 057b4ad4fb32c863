package org.chengguan.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.FakeEndpoint;
import org.chengguan.TestLogins;
import org.chengguan.party.PartyManagement;
import org.chengguan.penalty.ExecutionManagement;
import org.chengguan.penalty.PenaltyManagement;
import org.chengguan.penalty.ServedDecisions;
import org.chengguan.staff.StaffManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * 罚缴分离 on the real database with a fake bank: a served decision gets its notice, which reaches the bank through
 * the outbox (retried while the bank is down); the fine counts as paid only on the bank's confirmation — a signed
 * callback or its reconciliation file, each replayed twice without effect — with the 加处罚款 owed on the day paid.
 */
@ChengguanIntegrationTest
class PaymentJourneyTests {

	static final String SECRET = "demo-bank-secret-change-me";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PaymentManagement payments;

	@Autowired
	PaymentOutboxSender sender;

	@Autowired
	PenaltyManagement penalties;

	@Autowired
	ExecutionManagement execution;

	@Autowired
	PartyManagement parties;

	@Autowired
	StaffManagement staff;

	@Autowired
	org.chengguan.documents.DocumentManagement documents;

	long served() {
		return new ServedDecisions(penalties, execution, parties, staff, jdbc).served();
	}

	PaymentNotice notice(long proceedingId) {
		return payments.of(proceedingId).get(0);
	}

	String statusOf(long id) {
		return jdbc.queryForObject("select status from penalty_proceeding where id = ?", String.class, id);
	}

	long confirmations() {
		return jdbc.queryForObject("select count(*) from payment_confirmation", Long.class);
	}

	ResultActions callback(String body, String signature) throws Exception {
		return mvc.perform(post("/api/bank/payments").contentType(MediaType.APPLICATION_JSON)
			.header(BankSignature.HEADER, signature)
			.content(body));
	}

	ResultActions signedCallback(String body) throws Exception {
		return callback(body, BankSignature.sign(SECRET, body.getBytes(StandardCharsets.UTF_8)));
	}

	static String paid(String noticeNo, String bankRef, String amount) {
		return """
				{"noticeNo": "%s", "bankRef": "%s", "amount": "%s", "paidAt": "%s"}""".formatted(noticeNo, bankRef,
				amount, java.time.Instant.now().minusSeconds(60));
	}

	@Test
	void aServedDecisionsNoticeReachesTheBankThroughTheOutboxAndIsRetriedWhileTheBankIsDown() throws Exception {
		var id = served();
		var notice = notice(id);
		assertThat(notice.getNoticeNo()).matches("JK2026\\d{6}");
		assertThat(notice.getPaymentCode()).hasSize(19)
			.satisfies(code -> assertThat(PaymentNumbers.luhn(code.substring(0, 18)))
				.isEqualTo(code.charAt(18) - '0'));
		assertThat(notice.getFine()).isEqualByComparingTo("3000");
		assertThat(notice.getDueOn()).isEqualTo(jdbc.queryForObject(
				"select due_on from penalty_period where proceeding_id = ? and kind = 'PAYMENT'", LocalDate.class, id));

		try (var bank = new FakeEndpoint("BK")) {
			jdbc.update("update payment_outbox set next_attempt_at = now() where sent_at is null");
			bank.down(true);
			sender.sendBatch(bank.endpoint());
			var message = payments.delivery(notice).orElseThrow();
			assertThat(message.getSentAt()).isNull();
			assertThat(message.getAttempts()).isEqualTo(1);
			assertThat(message.getLastError()).contains("503");
			// not due again yet: the backoff holds it back
			bank.down(false);
			sender.sendBatch(bank.endpoint());
			assertThat(bank.received()).isEmpty();

			jdbc.update("update payment_outbox set next_attempt_at = now() where sent_at is null");
			sender.sendBatch(bank.endpoint());
			var received = bank.received().stream()
				.filter(r -> r.idempotencyKey().equals("notice-" + notice.getNoticeNo()))
				.toList();
			assertThat(received).singleElement().satisfies(r -> assertThat(r.body())
				.contains(notice.getNoticeNo(), notice.getPaymentCode(), "赵烧烤", "3000", "\"surchargeRate\":\"0.03\""));
			assertThat(payments.delivery(notice).orElseThrow().getReceipt()).contains("receiptNo");
		}
	}

	@Test
	void onlyASignedCallbackPaysTheFineAndAReplayChangesNothing() throws Exception {
		var id = served();
		var notice = notice(id).getNoticeNo();
		var body = paid(notice, "BANK-" + id + "-1", "3000.00");
		var before = confirmations();

		callback(body, "sha256=" + "0".repeat(64)).andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("签名无效"));
		mvc.perform(post("/api/bank/payments").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
		// signed, but not a payment
		signedCallback("{\"noticeNo\": \"" + notice + "\", \"bankRef\": \"x\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400));
		signedCallback(paid(notice, "BANK-" + id + "-neg", "-5")).andExpect(status().isBadRequest());
		signedCallback("不是 JSON").andExpect(status().isBadRequest());
		signedCallback(paid("JK1999000001", "BANK-" + id + "-x", "3000")).andExpect(status().isNotFound());
		assertThat(confirmations()).isEqualTo(before);
		assertThat(statusOf(id)).isEqualTo("SERVED");

		signedCallback(body).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("PAID_OFF"));
		assertThat(statusOf(id)).isEqualTo("PAID");
		assertThat(jdbc.queryForObject("select paid_on from penalty_proceeding where id = ?", LocalDate.class, id))
			.isEqualTo(java.time.LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(1).toLocalDate());
		// replayed twice: the same answer, nothing counted again
		signedCallback(body).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("DUPLICATE"));
		signedCallback(body).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("DUPLICATE"));
		assertThat(confirmations()).isEqualTo(before + 1);
		// the same reference for another amount is a conflict, not a payment
		signedCallback(paid(notice, "BANK-" + id + "-1", "1.00")).andExpect(status().isConflict());
		assertThat(notice(id).getPaidTotal()).isEqualByComparingTo("3000");
		assertThat(notice(id).getStatus()).isEqualTo(PaymentNotice.Status.PAID);

		// paid: the 承办人 reports for 结案 and the 分管领导 approves it, with its 结案报告
		act(id, "REQUEST_CLOSE", "officer01", "罚款已经银行确认缴清，当事人已停止露天烧烤");
		act(id, "APPROVE_CLOSE", "deputy", "同意结案");
		assertThat(statusOf(id)).isEqualTo("CLOSED");
		var report = documents.of("penalty", id).stream()
			.filter(d -> d.getKind() == org.chengguan.documents.DocumentKind.CLOSING_REPORT).findFirst().orElseThrow();
		try (var in = documents.open(report); var pdf = org.apache.pdfbox.Loader.loadPDF(in.readAllBytes())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
				.contains("结案报告", report.getNumber(), "经代收银行确认", "罚款已经银行确认缴清", "同意结案");
		}

		// 一案一卷: the 承办人 compiles the file; one PDF with its contents, and the originals as a ZIP
		act(id, "ARCHIVE", "officer01", "");
		assertThat(statusOf(id)).isEqualTo("ARCHIVED");
		var issued = documents.of("penalty", id);
		var file = issued.get(issued.size() - 1);
		assertThat(file.getKind()).isEqualTo(org.chengguan.documents.DocumentKind.CASE_FILE);
		try (var in = documents.open(file); var pdf = org.apache.pdfbox.Loader.loadPDF(in.readAllBytes())) {
			var text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
			assertThat(text).contains("行政处罚案卷", file.getNumber(), "卷内目录", "证据材料清单", "备考表",
					issued.get(0).getNumber(), "行政处罚决定书", "送达回证", "结案报告");
			assertThat(pdf.getNumberOfPages()).isGreaterThan(issued.size());
		}
		var started = mvc.perform(get("/penalties/" + id + "/archive.zip").with(TestLogins.as(users, "legal")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request().asyncStarted())
			.andReturn();
		var zip = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		var names = new java.util.ArrayList<String>();
		try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		assertThat(names).hasSize(issued.size()).allMatch(n -> n.endsWith(".pdf"));
		mvc.perform(get("/penalties/" + id + "/archive.zip").with(TestLogins.as(users, "officer02")))
			.andExpect(status().isNotFound());
	}

	void act(long id, String action, String user, String opinion) throws Exception {
		var version = jdbc.queryForObject("select version from penalty_proceeding where id = ?", Long.class, id);
		mvc.perform(post("/penalties/" + id + "/actions/" + action).param("version", "" + version)
			.param("opinion", opinion).with(csrf()).with(TestLogins.as(users, user)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("notice", "penalty.done." + action));
	}

	@Test
	void aLatePaymentOwesTheSurchargeAndTheReconciliationFileIsAppliedOnceLineByLine() throws Exception {
		var id = served();
		var notice = notice(id).getNoticeNo();
		// served 20 days ago: paid after the 15 days, the 加处罚款 runs from the day after the due date
		var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		jdbc.update("update penalty_proceeding set served_on = ? where id = ?", today.minusDays(20), id);
		var owed = execution.amountDue(id, today);
		assertThat(owed).isGreaterThan(new BigDecimal("3000"));

		var file = """
				缴款书号,银行流水号,金额,缴款时间
				%1$s,FILE-%2$d-1,3000.00,%3$s 09:00:00
				%1$s,FILE-%2$d-2,三千,%3$s 09:10:00
				JK1999000002,FILE-%2$d-3,10.00,%3$s 09:20:00

				%1$s,FILE-%2$d-4,%4$s,%3$s 10:00:00
				""".formatted(notice, id, today, owed.subtract(new BigDecimal("3000")).toPlainString());
		var page = importFile(file);
		assertThat(page).contains("已入账（未缴清）", "金额须为大于 0", "缴款书号不存在，未入账", "已入账并缴清");
		assertThat(statusOf(id)).isEqualTo("PAID");
		assertThat(jdbc.queryForObject("""
				select sum(surcharge_part) from payment_confirmation c join payment_notice n on n.id = c.notice_id
				where n.proceeding_id = ?""", BigDecimal.class, id)).isEqualByComparingTo(owed.subtract(
				new BigDecimal("3000")));

		// the same file twice more: every payment line a duplicate
		var before = confirmations();
		assertThat(importFile(file)).contains("重复，已忽略").doesNotContain("已入账并缴清");
		importFile(file);
		assertThat(confirmations()).isEqualTo(before);

		// a file that is not the bank's is refused whole
		assertThat(importFile("a,b\n1,2\n")).contains("对账文件首行应为");
		assertThat(confirmations()).isEqualTo(before);
	}

	@Test
	void theLedgerWithItsSumsIsForFinanceAndLeadershipOnly() throws Exception {
		var id = served();
		var notice = notice(id);
		// the officers see the notice they give the party, not the sums the bank took
		var fragment = mvc.perform(get("/penalties/" + id + "/payment").with(TestLogins.as(users, "officer01")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(fragment).contains(notice.getNoticeNo(), notice.getPaymentCode(), "待缴款").doesNotContain("已入账");
		mvc.perform(get("/penalties/" + id + "/payment").with(TestLogins.as(users, "officer02")))
			.andExpect(status().isNotFound());
		var page = mvc.perform(get("/finance/payments").with(TestLogins.as(users, "finance")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("罚没款收缴台账", "应缴罚款合计", "JK2026");
		mvc.perform(get("/finance/payments").with(TestLogins.as(users, "director"))).andExpect(status().isOk());
		for (var user : new String[] { "officer01", "squad01", "legal", "supervisor", "admin" }) {
			mvc.perform(get("/finance/payments").with(TestLogins.as(users, user))).andExpect(status().isForbidden());
		}
		mvc.perform(multipart("/finance/payments/reconciliation").file(csv("x")).with(csrf())
			.with(TestLogins.as(users, "officer01"))).andExpect(status().isForbidden());
	}

	String importFile(String text) throws Exception {
		return mvc.perform(multipart("/finance/payments/reconciliation").file(csv(text)).with(csrf())
			.with(TestLogins.as(users, "finance")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static MockMultipartFile csv(String text) {
		return new MockMultipartFile("file", "对账.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}
}
