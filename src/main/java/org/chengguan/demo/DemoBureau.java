package org.chengguan.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.chengguan.staff.NewAccount;
import org.chengguan.staff.OrgUnitForm;
import org.chengguan.staff.OrgUnitType;

/**
 * The demo bureau for a generated city: its org units (leadership, sections, command centre, a brigade per district, a
 * squad per street) and its people, covering every role. Deterministic; names and numbers are fictional.
 */
final class DemoBureau {

	/** Every demo account signs in with this password; the {@code prod} profile refuses to start while it is in use. */
	static final String PASSWORD = "Chengguan#2026";

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡",
			"朱", "高", "林", "何", "郭", "马", "罗" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
			"娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "志强", "海燕", "晓东", "文博" };

	private static final LocalDate CERT_FROM = LocalDate.of(2024, 1, 1);

	private static final LocalDate CERT_TO = LocalDate.of(2029, 12, 31);

	private int people;

	/** A unit to create: parent code (null = under the bureau root). */
	record Unit(String code, String name, OrgUnitType type, String parentCode, Set<String> regions) {

		OrgUnitForm form(long parentId, int sortOrder) {
			return new OrgUnitForm(code, name, type, parentId, sortOrder, String.join(",", regions));
		}
	}

	List<Unit> units(DemoCity.City city) {
		var units = new ArrayList<Unit>();
		units.add(new Unit("LEADERSHIP", "局领导班子", OrgUnitType.LEADERSHIP, null, Set.of()));
		units.add(new Unit("OFFICE", "办公室", OrgUnitType.SECTION, null, Set.of()));
		units.add(new Unit("LEGAL", "法制股", OrgUnitType.SECTION, null, Set.of()));
		units.add(new Unit("INSPECTION", "督查股", OrgUnitType.SECTION, null, Set.of()));
		units.add(new Unit("ENFORCEMENT", "执法股", OrgUnitType.SECTION, null, Set.of()));
		units.add(new Unit("COMMAND", "智慧城管指挥中心", OrgUnitType.COMMAND_CENTRE, null, Set.of()));
		units.add(new Unit("SANITATION", "环境卫生管理所", OrgUnitType.SERVICE_UNIT, null, Set.of()));
		for (var d = 0; d < city.districts().size(); d++) {
			var district = city.districts().get(d);
			units.add(new Unit("BRIGADE-" + (d + 1), district[1] + "执法大队", OrgUnitType.BRIGADE, null,
					Set.of(district[0])));
		}
		for (var street : city.streets()) {
			var brigade = "BRIGADE-" + (city.districts().indexOf(city.districts()
				.stream()
				.filter(d -> d[0].equals(street.districtCode()))
				.findFirst()
				.orElseThrow()) + 1);
			units.add(new Unit(squad(street), street.name().replace("街道", "") + "中队", OrgUnitType.SQUAD, brigade,
					Set.of(street.code())));
		}
		return units;
	}

	/** How many squads (the first district's) have four 协管员 rather than one. */
	static final int AUXILIARY_SQUADS = 7;

	List<NewAccount> accounts(DemoCity.City city) {
		var accounts = new ArrayList<NewAccount>();
		accounts.add(formal("admin", "OFFICE", false, "SYS_ADMIN"));
		accounts.add(formal("ops", "OFFICE", false, "OPERATIONS"));
		accounts.add(formal("finance", "OFFICE", false, "FINANCE_CLERK"));
		accounts.add(formal("director", "LEADERSHIP", true, "DIRECTOR"));
		accounts.add(formal("deputy", "LEADERSHIP", true, "DEPUTY_DIRECTOR"));
		accounts.add(formal("leader", "LEADERSHIP", true, "LEADERSHIP_MEMBER"));
		accounts.add(formal("legal", "LEGAL", true, "LEGAL_REVIEWER").withLegalQualification("A20190110000321"));
		accounts.add(formal("supervisor", "INSPECTION", true, "SUPERVISOR"));
		accounts.add(formal("inspector", "COMMAND", false, "INSPECTOR"));
		accounts.add(formal("intake", "COMMAND", false, "INTAKE_CLERK"));
		accounts.add(formal("dispatcher", "COMMAND", false, "DISPATCHER"));
		accounts.add(formal("shift", "COMMAND", false, "SHIFT_LEADER"));
		accounts.add(formal("hotline", "COMMAND", false, "HOTLINE_LIAISON"));
		accounts.add(formal("handler", "SANITATION", false, "UNIT_HANDLER"));
		for (var d = 1; d <= city.districts().size(); d++) {
			accounts.add(formal("brigade" + d, "BRIGADE-" + d, true, "BRIGADE_LEADER", "ENFORCEMENT_OFFICER"));
		}
		var n = 0;
		for (var street : city.streets()) {
			n++;
			var nn = String.format("%02d", n);
			accounts.add(formal("squad" + nn, squad(street), true, "SQUAD_LEADER", "ENFORCEMENT_OFFICER"));
			var officer = formal("officer" + nn, squad(street), true, "ENFORCEMENT_OFFICER");
			if (n == city.streets().size()) {
				// One officer whose 执法证 has expired: the system withholds enforcement authorities from them.
				officer = new NewAccount(officer.username(), officer.name(), officer.phone(), officer.orgUnitCode(),
						false, officer.certificateNo(), CERT_FROM, LocalDate.of(2026, 6, 30), officer.roleCodes());
			}
			accounts.add(officer);
			accounts.add(formal("grid" + nn, squad(street), false, "GRID_OFFICER"));
			accounts.add(new NewAccount("aux" + nn, nextName(), phone(), squad(street), true, null, null, null,
					Set.of("AUXILIARY")));
		}
		// 协办人: a second certified officer in every squad, so that two officers besides the 中队长, who reviews,
		// work a proceeding (《行政处罚法》第四十二条)
		n = 0;
		for (var street : city.streets()) {
			accounts.add(formal("enforcer" + String.format("%02d", ++n), squad(street), true, "ENFORCEMENT_OFFICER"));
		}
		// a 法制股 member without the 法律职业资格: keeps hearing transcripts, does not review (第五十八条第二款)
		accounts.add(formal("legal2", "LEGAL", true, "LEGAL_REVIEWER"));
		// a second member of the 督查股: the monthly assessment is reviewed by someone other than who computed it
		accounts.add(formal("supervisor2", "INSPECTION", true, "SUPERVISOR"));
		// the 执法股 appraises the 协管员 (domain.md §9.3); one computes, the other reviews
		accounts.add(formal("enforcement", "ENFORCEMENT", true, "ENFORCEMENT_SECTION"));
		accounts.add(formal("enforcement2", "ENFORCEMENT", true, "ENFORCEMENT_SECTION"));
		// the first district's squads have three more 协管员 each, so that a squad's month ranks several
		n = 0;
		for (var street : city.streets().subList(0, Math.min(AUXILIARY_SQUADS, city.streets().size()))) {
			var nn = String.format("%02d", ++n);
			for (var letter : List.of("b", "c", "d")) {
				accounts.add(new NewAccount("aux" + nn + letter, nextName(), phone(), squad(street), true, null, null,
						null, Set.of("AUXILIARY")));
			}
		}
		return accounts;
	}

	static String squad(DemoCity.Street street) {
		return "SQUAD-" + street.code();
	}

	private NewAccount formal(String username, String unit, boolean certified, String... roles) {
		var name = nextName();
		return new NewAccount(username, name, phone(), unit, false,
				certified ? String.format("9901%06d", people) : null, certified ? CERT_FROM : null,
				certified ? CERT_TO : null, Set.of(roles));
	}

	private String nextName() {
		people++;
		return SURNAMES[(people * 7) % SURNAMES.length] + GIVEN[(people * 11) % GIVEN.length];
	}

	private String phone() {
		return String.format("139%08d", 10_000_000L + people * 7919L % 89_999_999L);
	}
}
