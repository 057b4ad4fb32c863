package org.chengguan.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Random;

import org.chengguan.hotline.HotlineManagement;
import org.chengguan.hotline.VisitResult;
import org.chengguan.intake.Channel;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.intake.PlatformClient;

/**
 * The 12345 hotline's part of the demo history: citizens' complaints as the platform sends them (the same order,
 * report, case and obligations as over the API), and the platform's 回访 after our reply — mostly satisfied, some
 * basically satisfied, a few not (the case goes back to the unit).
 */
final class DemoHotline {

	private static final String[] COMPLAINTS = { "市民来电反映：", "市民投诉：", "来电人称：" };

	private final HotlineManagement hotline;

	private final PlatformClient client;

	private int sequence;

	DemoHotline(HotlineManagement hotline, IntakeManagement intake) {
		this.hotline = hotline;
		this.client = intake.requireClient(DemoPlatforms.ALL.get(0).apiKey(), EnumSet.of(Channel.HOTLINE_12345));
	}

	/** An order received at {@code at} about a problem at a place; the order number and the case's id. */
	Order receive(LocalDate day, Instant at, String categoryKey, String categoryName, double lon, double lat,
			Random random) {
		var orderNo = "DEMO" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%05d", ++sequence);
		var caseId = hotline.receive(client, orderNo, at, categoryKey, "演示地址（" + categoryName + "）", lon, lat,
				COMPLAINTS[random.nextInt(COMPLAINTS.length)] + categoryName + "，请尽快处理。");
		return new Order(orderNo, caseId);
	}

	/** The caller's verdict on the reply; whether the case goes back (不满意). */
	boolean visit(Order order, Random random) {
		var draw = random.nextInt(100);
		var result = draw < 80 ? VisitResult.SATISFIED : draw < 94 ? VisitResult.BASICALLY_SATISFIED
				: VisitResult.UNSATISFIED;
		hotline.visit(client, order.orderNo(), result, result != VisitResult.UNSATISFIED || random.nextBoolean(),
				result == VisitResult.UNSATISFIED ? "问题仍未解决" : null);
		return result == VisitResult.UNSATISFIED;
	}

	/** An order and its case. */
	record Order(String orderNo, long caseId) {
	}
}
