package org.chengguan.notification;

import org.chengguan.staff.CurrentStaff;
import org.chengguan.system.NavigationCount;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The header bell's number on every page of a signed-in person. */
@Component
class UnreadCount implements NavigationCount {

	private final NotificationRepository notifications;

	private final CurrentStaff currentStaff;

	UnreadCount(NotificationRepository notifications, CurrentStaff currentStaff) {
		this.notifications = notifications;
		this.currentStaff = currentStaff;
	}

	@Override
	public String attribute() {
		return "unreadNotifications";
	}

	@Override
	public @Nullable Long count() {
		return currentStaff.principal()
			.map(p -> notifications.countByRecipientIdAndReadAtIsNull(p.getId()))
			.orElse(null);
	}
}
