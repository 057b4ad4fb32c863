package org.chengguan.payment;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chengguan.calendar.WorkingCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The finance office's ledger of payment notices and the import of the bank's reconciliation file. Sums of fines are
 * shown here only, to finance and leadership (《行政处罚法》第七十四条; domain.md §9.4).
 */
@Controller
@RequestMapping("/finance/payments")
@PreAuthorize("hasAuthority('payment:finance')")
class FinanceController {

	static final int LEDGER_ROWS = 200;

	private final PaymentManagement payments;

	private final WorkingCalendar calendar;

	private final MessageSource messages;

	FinanceController(PaymentManagement payments, WorkingCalendar calendar, MessageSource messages) {
		this.payments = payments;
		this.calendar = calendar;
		this.messages = messages;
	}

	/** A row of the ledger: the notice, what the bank confirmed of it, and whether it reached the bank. */
	record Row(PaymentNotice notice, List<PaymentConfirmation> confirmations,
			@Nullable PaymentOutboxMessage delivery) {

		public boolean delivered() {
			return delivery != null && delivery.getSentAt() != null;
		}

		public @Nullable String deliveryError() {
			return delivery == null ? null : delivery.getLastError();
		}

		public BigDecimal surcharge() {
			return confirmations.stream().map(PaymentConfirmation::getSurchargePart).reduce(BigDecimal.ZERO,
					BigDecimal::add);
		}
	}

	@GetMapping
	String ledger(Model model) {
		var rows = payments.latest(LEDGER_ROWS).stream()
			.map(n -> new Row(n, payments.confirmationsOf(n), payments.delivery(n).orElse(null)))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("fines", rows.stream().map(r -> r.notice().getFine()).reduce(BigDecimal.ZERO, BigDecimal::add));
		model.addAttribute("paid", rows.stream().map(r -> r.notice().getPaidTotal()).reduce(BigDecimal.ZERO,
				BigDecimal::add));
		model.addAttribute("zone", calendar.zone());
		return "payment/ledger";
	}

	/** One line of an imported file as the page reports it. */
	record Result(int line, @Nullable BankConfirmation payment, @Nullable String error,
			PaymentManagement.@Nullable Outcome outcome) {
	}

	@PostMapping("/reconciliation")
	String reconcile(@RequestParam("file") @Nullable MultipartFile file, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("problem", "payment.reconciliation.error.empty");
			return ledger(model);
		}
		List<Reconciliation.Line> lines;
		try (var in = file.getInputStream()) {
			lines = Reconciliation.read(in, calendar.zone(),
					messages.getMessage("payment.reconciliation.header", null, Locale.SIMPLIFIED_CHINESE));
		}
		catch (Reconciliation.FileRefused ex) {
			model.addAttribute("problem", ex.getMessage());
			return ledger(model);
		}
		var results = new ArrayList<Result>();
		var counts = new EnumMap<PaymentManagement.Outcome, Integer>(PaymentManagement.Outcome.class);
		for (var line : lines) {
			var payment = line.payment();
			if (payment == null) {
				results.add(new Result(line.number(), null, line.error(), null));
				continue;
			}
			var outcome = payments.confirm(payment, PaymentConfirmation.Source.FILE);
			counts.merge(outcome, 1, Integer::sum);
			results.add(new Result(line.number(), payment, null, outcome));
		}
		model.addAttribute("results", results);
		model.addAttribute("counts", (Map<PaymentManagement.Outcome, Integer>) counts);
		model.addAttribute("errors", results.stream().filter(r -> r.error() != null).count());
		model.addAttribute("fileName", file.getOriginalFilename());
		return ledger(model);
	}
}
