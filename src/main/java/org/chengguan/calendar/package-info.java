/**
 * 工作日历: working days (weekdays less statutory holidays plus 调休 make-up days), office hours, and the deadline
 * arithmetic every later module uses — working days, working hours, urgent (continuous) hours and calendar days, with
 * pause and resume for 挂账. The only place that knows holidays and the only place that reads the wall clock.
 * 工作日历：法定节假日与调休、工作时间，以及全系统统一的时限计算。
 */
@NullMarked
@ApplicationModule(displayName = "工作日历 Calendar")
package org.chengguan.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
