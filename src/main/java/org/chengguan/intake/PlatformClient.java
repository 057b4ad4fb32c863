package org.chengguan.intake;

/** An authenticated platform: the hotline, video or Open311 client that sent a request. */
public record PlatformClient(long id, String code, String name, Channel channel) {
}
