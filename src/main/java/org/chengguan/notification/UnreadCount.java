package org.chengguan.notification;

import org.chengguan.staff.CurrentStaff;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The header bell's number on every page of a signed-in person. */
@ControllerAdvice(annotations = Controller.class)
class UnreadCount {

	private final NotificationRepository notifications;

	private final CurrentStaff currentStaff;

	UnreadCount(NotificationRepository notifications, CurrentStaff currentStaff) {
		this.notifications = notifications;
		this.currentStaff = currentStaff;
	}

	@ModelAttribute("unreadNotifications")
	@Nullable Long unread() {
		return currentStaff.principal()
			.map(p -> notifications.countByRecipientIdAndReadAtIsNull(p.getId()))
			.orElse(null);
	}
}
