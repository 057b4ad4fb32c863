package org.chengguan.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.category.CategoryManagement;
import org.chengguan.frontage.FrontageManagement;
import org.chengguan.frontage.NewFrontage;
import org.chengguan.intake.Channel;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.intake.NewReport;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.StaffSummary;
import org.springframework.stereotype.Component;

/**
 * 门前三包 of the demo city: along each street's main road, shops on both sides with a frontage of 8 m at the kerb,
 * most of them signed up this spring; at the first two of every street a patrol found 店外经营 or 占道经营 (the first
 * twice), so the record and the repeat count have something to show. Names, codes and phones are fictional.
 */
@Component
class DemoFrontages {

	private static final String[] TRADES = { "便利店", "水果店", "小吃店", "五金店", "烧烤店", "理发店", "药店", "面馆", "花店",
			"早餐店", "汽修店", "服装店", "茶叶店", "文具店" };

	/** Metres east of the street's centre where the shops stand, on each side of the road. */
	private static final int[] OFFSETS = { -390, -330, -270, -210, -150, -90, -30 };

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙" };

	private static final String CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] CREDIT_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private final FrontageManagement frontages;

	private final IntakeManagement intake;

	private final CategoryManagement categories;

	private final WorkingCalendar calendar;

	DemoFrontages(FrontageManagement frontages, IntakeManagement intake, CategoryManagement categories,
			WorkingCalendar calendar) {
		this.frontages = frontages;
		this.intake = intake;
		this.categories = categories;
		this.calendar = calendar;
	}

	void load(DemoCity.City city, List<StaffSummary> people, Actor loader) {
		var metresLon = 1 / (111_320 * Math.cos(Math.toRadians(DemoCity.ORIGIN_LAT)));
		var metresLat = 1 / 110_574.0;
		var n = 0;
		for (var s = 0; s < city.streets().size(); s++) {
			var street = city.streets().get(s);
			var road = street.name().replace("街道", "") + "路";
			// The road runs east–west 33 m north of the street's centre (as the demo gazetteer names it).
			var roadLat = street.centre()[1] + 0.0003;
			var number = 0;
			for (var side = 0; side < 2; side++) {
				for (var offset : OFFSETS) {
					number++;
					n++;
					var west = street.centre()[0] + (offset + (side == 0 ? 0 : 20)) * metresLon;
					var lat = roadLat + (side == 0 ? 12 : -12) * metresLat;
					var frontage = String.format(Locale.ROOT, "%.6f,%.6f;%.6f,%.6f", west, lat, west + 8 * metresLon, lat);
					var trade = TRADES[(s + number) % TRADES.length];
					var signed = n % 7 == 0 ? null : LocalDate.of(2026, 3, 1 + n % 28);
					frontages.register(new NewFrontage(road.replace("路", "") + trade, n % 5 == 0 ? null : creditCode(n),
							n % 5 == 0 ? String.format("92410100MA%06d", n) : null, contact(n), phone(n),
							road + (side == 0 ? 2 * number : 2 * number - 1) + "号", frontage, null, null, null, signed),
							DataScope.everything(), loader);
				}
			}
			patrol(street, road, people, s);
		}
	}

	/** A patrol's 店外经营 at the street's first shop (twice) and 占道经营 at its second, some weeks ago. */
	private void patrol(DemoCity.Street street, String road, List<StaffSummary> people, int s) {
		var officer = people.stream()
			.filter(p -> p.username().equals("grid" + String.format("%02d", s + 1)))
			.findFirst()
			.orElseThrow();
		var metresLon = 1 / (111_320 * Math.cos(Math.toRadians(DemoCity.ORIGIN_LAT)));
		var lat = street.centre()[1] + 0.0003 + 12 / 110_574.0;
		var first = street.centre()[0] + (OFFSETS[0] + 4) * metresLon;
		var second = street.centre()[0] + (OFFSETS[1] + 4) * metresLon;
		report("E09005", "门前店外摆放货架经营", road + "2号", first, lat, officer, 40);
		report("E09005", "门前再次店外经营，占用人行道", road + "2号", first, lat, officer, 12);
		report("E09006", "门前流动摊贩占道经营", road + "4号", second, lat, officer, 20);
	}

	private void report(String key, String description, String address, double lon, double lat, StaffSummary officer,
			int daysAgo) {
		var category = categories.findByKey(key).orElseThrow();
		var at = calendar.now().minus(java.time.Duration.ofDays(daysAgo));
		intake.receive(new NewReport(Channel.PATROL, null, null, at, Objects.requireNonNull(category.getId()), null,
				false, description, address, lon, lat, null, officer.id(), false, List.of()));
	}

	private static String contact(int n) {
		return SURNAMES[n % SURNAMES.length] + (n % 2 == 0 ? "先生" : "女士");
	}

	private static String phone(int n) {
		return String.format("1390371%04d", n);
	}

	/** A well-formed 统一社会信用代码 (GB 32100: 18 characters, the last a check character). */
	static String creditCode(int n) {
		var body = String.format("91410100MA%07dX", n).substring(0, 17);
		var sum = 0;
		for (var i = 0; i < 17; i++) {
			sum += CREDIT_CHARSET.indexOf(body.charAt(i)) * CREDIT_WEIGHTS[i];
		}
		var check = (31 - sum % 31) % 31;
		return body + CREDIT_CHARSET.charAt(check);
	}
}
