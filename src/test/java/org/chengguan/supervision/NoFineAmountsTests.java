package org.chengguan.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.chengguan.ChengguanJpaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.ApplicationModule;

/**
 * 《行政处罚法》第七十四条: fines must not drive appraisal. Nothing the supervision module scores or ranks can read an
 * amount: it may not use the penalty module, its tables have no column for money, and a tally has no count of it.
 */
@ChengguanJpaTest
class NoFineAmountsTests {

	static final List<String> MONEY = List.of("amount", "fine", "yuan", "money", "fee", "penalty", "confiscat");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theModuleCannotUseThePenaltyModule() {
		var module = SupervisionManagement.class.getPackage().getAnnotation(ApplicationModule.class);
		assertThat(module.allowedDependencies()).doesNotContain("penalty", "party");
	}

	@Test
	void noTableOfTheModuleHasAColumnForMoney() {
		var columns = jdbc.queryForList("""
				select table_name || '.' || column_name from information_schema.columns
				where table_name like 'supervision\\_%'""", String.class);
		assertThat(columns).isNotEmpty()
			.noneMatch(column -> MONEY.stream().anyMatch(word -> column.toLowerCase().contains(word)));
	}

	@Test
	void aTallyAndTheIndicatorsCountNoMoney() {
		assertThat(Tally.names()).noneMatch(name -> MONEY.stream().anyMatch(word -> name.toLowerCase().contains(word)));
		assertThat(Arrays.stream(Indicator.values()).map(Enum::name))
			.noneMatch(name -> MONEY.stream().anyMatch(word -> name.toLowerCase().contains(word.toUpperCase())
					|| name.contains(word.toUpperCase())));
	}
}
