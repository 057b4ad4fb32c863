package org.chengguan.payment;

import org.chengguan.penalty.PenaltyManagement;
import org.chengguan.staff.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The payment notice of one proceeding as its page shows it (a fragment): the 缴款书号 and 缴款码 the officers give the
 * party, the due date and whether the bank confirmed it paid. Whoever sees the proceeding sees this; the sums paid
 * are for finance and leadership.
 */
@Controller
class ProceedingPaymentController {

	private final PaymentManagement payments;

	private final PenaltyManagement penalties;

	private final CurrentStaff currentStaff;

	ProceedingPaymentController(PaymentManagement payments, PenaltyManagement penalties, CurrentStaff currentStaff) {
		this.payments = payments;
		this.penalties = penalties;
		this.currentStaff = currentStaff;
	}

	@GetMapping("/penalties/{id}/payment")
	@PreAuthorize("hasAnyAuthority('penalty:handle', 'penalty:approve:squad', 'penalty:approve:legal', "
			+ "'penalty:approve:deputy', 'penalty:approve:collective', 'penalty:principal', 'payment:finance')")
	String notice(@PathVariable long id, Model model) {
		// 404 outside the viewer's scope, as the proceeding itself
		penalties.get(id, currentStaff.scope());
		model.addAttribute("notices", payments.of(id));
		return "payment/proceeding :: notices";
	}
}
