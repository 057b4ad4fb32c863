/**
 * 消息提醒: in-app notifications behind the header bell — stage warnings (预警, 超期, 严重超期) and 督办 from the case
 * loop, each announced once per person, to the people who act next, the unit, the dispatchers or the supervisors.
 * 消息提醒：环节预警、超期、严重超期与督办的站内提醒（页眉铃铛与未读数），按级别去重。
 */
@NullMarked
@ApplicationModule(displayName = "消息提醒 Notification", allowedDependencies = { "caseflow", "penalty", "disclosure", "staff", "calendar",
			"frontage", "system" })
package org.chengguan.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
