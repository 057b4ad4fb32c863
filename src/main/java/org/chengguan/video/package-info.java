/**
 * 视频告警: alarms pushed by video and AI camera platforms, mapped from vendor codes to categories, merged per camera
 * and category within a window (D4), opened as cases waiting for on-site verification, and false alarms counted per
 * camera.
 * 视频告警：视频/AI 平台推送的告警，厂商代码映射到事项，同一摄像机同类告警窗口内合并，现场核实，误报按摄像机统计。
 */
@NullMarked
@ApplicationModule(displayName = "视频告警 Video",
		allowedDependencies = { "intake", "caseflow", "evidence", "category", "staff", "system" })
package org.chengguan.video;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
