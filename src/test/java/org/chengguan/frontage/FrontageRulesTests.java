package org.chengguan.frontage;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.LineString;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrontageRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	static final FrontageViews.Wording DUTIES = new FrontageViews.Wording("市容", "卫生", "秩序");

	/** A shop with a valid 统一社会信用代码 and an 8 m frontage. */
	static NewFrontage shop() {
		return new NewFrontage("桂园便利店", "91350100M000100Y43", null, "王先生", "13903710001", "桂园路 2 号",
				"113.600000,34.700000;113.600087,34.700000", null, null, null, LocalDate.of(2026, 3, 1));
	}

	static NewFrontage with(String field, String value) {
		var s = shop();
		return new NewFrontage(field.equals("name") ? value : s.name(), field.equals("credit") ? value : s.creditCode(),
				field.equals("licence") ? value : s.licenceNo(), field.equals("contact") ? value : s.contactName(),
				field.equals("phone") ? value : s.contactPhone(), field.equals("address") ? value : s.address(),
				field.equals("frontage") ? value : s.frontage(), null, null, null, s.signedOn());
	}

	@Test
	void aWellFormedShopPassesAndGetsTheBureausWordingForBlankDuties() {
		assertThat(FrontageRules.problems(shop(), TODAY)).isEmpty();
		var checked = FrontageRules.check(shop(), DUTIES, TODAY);
		assertThat(checked.dutyAppearance()).isEqualTo("市容");
		assertThat(checked.dutyOrder()).isEqualTo("秩序");
		assertThat(checked.frontage()).isInstanceOf(LineString.class);
	}

	@Test
	void aCreditCodeMustCarryItsCheckCharacter() {
		assertThat(FrontageRules.problems(with("credit", "91350100M000100Y44"), TODAY))
			.containsExactly("party.error.creditCode");
		assertThat(FrontageRules.problems(with("credit", "91350100m000100y43"), TODAY)).isEmpty();
	}

	@Test
	void aUnitNeedsACreditCodeOrALicence() {
		var neither = new NewFrontage("小吃摊", null, " ", "李女士", "13903710002", "桂园路 4 号", "113.6,34.7", null, null,
				null, null);
		assertThat(FrontageRules.problems(neither, TODAY)).containsExactly("frontage.error.identity");
		var licence = new NewFrontage("小吃摊", null, "92410100MA000001", "李女士", "13903710002", "桂园路 4 号",
				"113.6,34.7", null, null, null, null);
		assertThat(FrontageRules.problems(licence, TODAY)).isEmpty();
	}

	@Test
	void phonesAreMobilesOrLandlinesWithTheirAreaCode() {
		assertThat(FrontageRules.problems(with("phone", "0371-66881234"), TODAY)).isEmpty();
		assertThat(FrontageRules.problems(with("phone", "66881234"), TODAY)).containsExactly("frontage.error.contactPhone");
		assertThat(FrontageRules.problems(with("phone", "12345678901"), TODAY))
			.containsExactly("frontage.error.contactPhone");
	}

	@Test
	void everyProblemOfARowIsListedNotOnlyTheFirst() {
		var bad = new NewFrontage(" ", "123", null, "", "abc", "", "north of the market", null, null, "很长".repeat(200),
				TODAY.plusDays(1));
		assertThat(FrontageRules.problems(bad, TODAY)).containsExactly("frontage.error.name", "party.error.creditCode",
				"frontage.error.contactName", "frontage.error.contactPhone", "frontage.error.address",
				"grid.error.shape", "frontage.error.duty", "frontage.error.signedOn");
		assertThatThrownBy(() -> FrontageRules.check(bad, DUTIES, TODAY)).isInstanceOf(FrontageRuleException.class)
			.hasMessage("frontage.error.name");
	}
}
