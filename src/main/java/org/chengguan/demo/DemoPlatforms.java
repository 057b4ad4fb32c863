package org.chengguan.demo;

import java.util.List;

import org.chengguan.intake.Channel;

/** The demo platforms and their API keys (listed in the README so the APIs can be tried at once). */
final class DemoPlatforms {

	record Platform(String code, String name, Channel channel, String apiKey) {
	}

	/** The video platform sends Dahua 智能城管 alarm codes (domain.md §4.3). */
	static final String VIDEO_VENDOR = "DAHUA";

	static final List<Platform> ALL = List.of(
			new Platform("HOTLINE-12345", "12345政务服务便民热线（演示）", Channel.HOTLINE_12345, "demo-12345-key"),
			new Platform("HOTLINE-12319", "12319城建服务热线（演示）", Channel.HOTLINE_12319, "demo-12319-key"),
			new Platform("VIDEO-DAHUA", "视频智能分析平台（演示）", Channel.VIDEO_AI, "demo-video-key"),
			new Platform("OPEN311-WEB", "市民随手拍（Open311 演示客户端）", Channel.OPEN311, "demo-open311-key"));

	private DemoPlatforms() {
	}
}
