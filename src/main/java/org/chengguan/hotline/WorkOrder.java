package org.chengguan.hotline;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.chengguan.intake.JsonInput;
import org.jspecify.annotations.Nullable;

/**
 * A work order as the platform pushes it to {@code POST /api/hotline/work-orders}, read field by field so that every
 * problem is reported at once.
 */
record WorkOrder(String platform, String orderNo, OffsetDateTime receivedAt, boolean urgent,
		@Nullable String category, @Nullable String categoryCode, String address, @Nullable Double lon,
		@Nullable Double lat, String content, @Nullable String callerName, @Nullable String callerPhone,
		@Nullable OffsetDateTime replyDue, List<Link> attachments) {

	static final int CONTENT_MAX = 4000;

	/** A file the platform holds for the order. */
	record Link(String url, String name) {
	}

	/** Reads and checks an order; {@code platformOfKey} is the platform the API key belongs to. */
	static WorkOrder read(JsonInput in, String platformOfKey) {
		var platform = in.choice("platform", true, Set.of("12345", "12319"));
		if (platform != null && !platform.equals(platformOfKey)) {
			in.problem("platform", "hotline.error.platform");
		}
		var orderNo = in.text("orderNo", true, 64);
		if (orderNo != null && !orderNo.matches("[A-Za-z0-9_-]+")) {
			in.problem("orderNo", "hotline.error.orderNo");
		}
		var receivedAt = in.dateTime("receivedAt", true);
		var urgency = in.choice("urgency", true, Set.of("URGENT", "NORMAL"));
		var category = in.text("category", false, 100);
		var categoryCode = in.text("categoryCode", false, 6);
		if (categoryCode != null && !categoryCode.matches("[EC]?\\d{5}")) {
			in.problem("categoryCode", "hotline.error.categoryCode");
		}
		var address = in.text("address", true, 300);
		var lon = in.number("lon", false, -180, 180);
		var lat = in.number("lat", false, -90, 90);
		if (in.has("lon") != in.has("lat")) {
			in.problem(in.has("lon") ? "lat" : "lon", "hotline.error.pointHalf");
		}
		var content = in.text("content", true, CONTENT_MAX);
		String callerName = null;
		String callerPhone = null;
		var caller = in.object("caller");
		if (caller != null) {
			callerName = caller.text("name", false, 50);
			callerPhone = caller.text("phone", false, 30);
			if (callerPhone != null && !callerPhone.matches("[0-9+\\- ]{3,30}")) {
				caller.problem("phone", "hotline.error.phone");
			}
		}
		var replyDue = in.dateTime("replyDue", false);
		var links = in.objects("attachments", 20).stream().map(item -> {
			var url = item.text("url", true, 1000);
			if (url != null && !url.matches("(?i)https?://\\S+")) {
				item.problem("url", "hotline.error.url");
			}
			var name = item.text("name", false, 200);
			return url == null ? null : new Link(url, name == null ? url.substring(url.lastIndexOf('/') + 1) : name);
		}).filter(Objects::nonNull).toList();
		in.throwIfInvalid();
		return new WorkOrder(Objects.requireNonNull(platform), Objects.requireNonNull(orderNo),
				Objects.requireNonNull(receivedAt), "URGENT".equals(urgency), category, categoryCode,
				Objects.requireNonNull(address), lon, lat, Objects.requireNonNull(content), callerName, callerPhone,
				replyDue, links);
	}
}
