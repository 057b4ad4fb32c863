/**
 * 执法记录仪与无人机: body cameras and drones registered as enforcement devices after their legal and technical review
 * (《行政处罚法》第四十一条); their footage and photos imported by upload or from a watched folder with the device, the
 * captured time and position, stored once in the evidence store with its SHA-256 (streamed, never held in memory),
 * with an append-only chain of custody; linked to a loop case, a penalty proceeding (as 视听资料, 第四十六条) or a
 * campaign; a drone flight's located findings (违法建设 seen from above) open cases.
 * 执法记录仪、无人机：设备经法制和技术审核后登记；音视频证据导入（上传或监视目录）、哈希、保管链、关联案件与处罚案卷；无人机巡查发现立案。
 */
@NullMarked
@ApplicationModule(displayName = "执法记录 Footage", allowedDependencies = { "staff", "evidence", "caseflow", "intake",
		"penalty", "campaign", "category", "calendar" })
package org.chengguan.footage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
