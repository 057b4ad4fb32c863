package org.chengguan.hotline;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.caseflow.CaseManagement;
import org.chengguan.staff.CurrentStaff;
import org.chengguan.system.NavigationCount;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hotline order on the case page (loaded into it by htmx, so that the loop's page does not depend on hotline): its
 * clocks, messages, 回访 and decisions; the 热线联络员's 退单 and 延期 requests; and the orders needing attention in
 * the 待审批 inbox.
 */
@Controller
class HotlinePanelController {

	/** A 退单 request: the reason from the list and its text with the legal basis. */
	record ReturnForm(@NotNull ReturnReason reason, @NotBlank @Size(max = 500) String text) {
	}

	/** A 延期 request: the reply deadline asked for and why. */
	record ExtensionForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@NotBlank @Size(max = 500) String reason) {
	}

	private final HotlineDesk desk;

	private final CaseManagement cases;

	private final CurrentStaff currentStaff;

	private final WorkingCalendar calendar;

	HotlinePanelController(HotlineDesk desk, CaseManagement cases, CurrentStaff currentStaff,
			WorkingCalendar calendar) {
		this.desk = desk;
		this.cases = cases;
		this.currentStaff = currentStaff;
		this.calendar = calendar;
	}

	@GetMapping("/hotline/cases/{caseId}/panel")
	@PreAuthorize("hasAuthority('case:view')")
	String panel(@PathVariable long caseId, Model model) {
		// 404 outside the viewer's 辖区, as the case page itself.
		var subject = cases.get(caseId, currentStaff.scope());
		model.addAttribute("caseId", subject.getId());
		model.addAttribute("orders", desk.panel(subject.getId()));
		model.addAttribute("reasons", ReturnReason.values());
		model.addAttribute("zone", calendar.zone());
		model.addAttribute("now", calendar.now());
		return "hotline/panel :: panel";
	}

	@PostMapping("/hotline/orders/{orderId}/return")
	@PreAuthorize("hasAuthority('hotline:handle')")
	String requestReturn(@PathVariable long orderId, @Valid @ModelAttribute @Nullable ReturnForm form,
			BindingResult errors, RedirectAttributes flash) {
		return request(orderId, form == null || errors.hasErrors(), flash, "hotline.done.return",
				() -> desk.requestReturn(orderId, form.reason(), form.text().strip(), currentStaff.actor()));
	}

	@PostMapping("/hotline/orders/{orderId}/extension")
	@PreAuthorize("hasAuthority('hotline:handle')")
	String requestExtension(@PathVariable long orderId, @Valid @ModelAttribute @Nullable ExtensionForm form,
			BindingResult errors, RedirectAttributes flash) {
		return request(orderId, form == null || errors.hasErrors(), flash, "hotline.done.extension",
				() -> desk.requestExtension(orderId, form.until(), form.reason().strip(), currentStaff.actor()));
	}

	@GetMapping("/hotline/approvals")
	@PreAuthorize("hasAuthority('hotline:handle')")
	String attention(Model model) {
		model.addAttribute("attention", desk.attention());
		model.addAttribute("zone", calendar.zone());
		model.addAttribute("now", calendar.now());
		return "hotline/attention :: attention";
	}

	/** Runs a request on an order of a case the liaison sees (else 404), and reports the outcome on the case page. */
	private String request(long orderId, boolean invalid, RedirectAttributes flash, String done, Runnable request) {
		var caseId = cases.get(desk.caseOf(orderId), currentStaff.scope()).getId();
		if (invalid) {
			flash.addFlashAttribute("problem", "hotline.error.requestForm");
		}
		else {
			try {
				request.run();
				flash.addFlashAttribute("notice", done);
			}
			catch (HotlineRuleException ex) {
				flash.addFlashAttribute("problem", ex.getMessage());
			}
		}
		return "redirect:/cases/" + caseId;
	}

	/** The 热线联络员's count in the navigation bar: orders needing attention. */
	@Component
	static class Count implements NavigationCount {

		private final HotlineDesk desk;

		private final CurrentStaff currentStaff;

		Count(HotlineDesk desk, CurrentStaff currentStaff) {
			this.desk = desk;
			this.currentStaff = currentStaff;
		}

		@Override
		public String attribute() {
			return "hotlinePending";
		}

		@Override
		public @Nullable Long count() {
			var liaison = currentStaff.principal()
				.filter(p -> p.getAuthorities().stream().anyMatch(a -> "hotline:handle".equals(a.getAuthority())));
			return liaison.isEmpty() ? null : desk.attentionCount();
		}
	}
}
