package org.chengguan.notification;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.staff.CurrentStaff;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** 我的提醒: the latest notifications; opening one marks it read and goes to its case, or a summary to its desk. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

	static final int SHOWN = 100;

	private final NotificationRepository notifications;

	private final CurrentStaff currentStaff;

	private final WorkingCalendar calendar;

	NotificationController(NotificationRepository notifications, CurrentStaff currentStaff,
			WorkingCalendar calendar) {
		this.notifications = notifications;
		this.currentStaff = currentStaff;
		this.calendar = calendar;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("zone", calendar.zone());
		model.addAttribute("notifications",
				notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(currentStaff.id(), Limit.of(SHOWN)));
		return "notification/list";
	}

	@GetMapping("/{id}")
	@Transactional
	String open(@PathVariable long id) {
		var notification = notifications.findById(id)
			.filter(n -> n.getRecipientId() == currentStaff.id())
			.orElseThrow(() -> new NotificationNotFoundException(id));
		notification.read(calendar.now());
		return "redirect:" + notification.target();
	}

	@PostMapping("/read")
	@Transactional
	String readAll() {
		notifications.readAll(currentStaff.id(), calendar.now());
		return "redirect:/notifications";
	}
}
