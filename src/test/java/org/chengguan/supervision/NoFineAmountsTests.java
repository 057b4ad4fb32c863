package org.chengguan.supervision;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.chengguan.ChengguanJpaTest;
import org.chengguan.penalty.PenaltyCountManagement;
import org.chengguan.penalty.PenaltyCounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.ApplicationModule;

/**
 * 《行政处罚法》第七十四条: fines must not drive appraisal. Nothing the supervision module scores or ranks can read an
 * amount: of the penalty module it may use only the counts per unit (no amount among them), its tables have no column
 * for money, and a tally has no count of it.
 */
@ChengguanJpaTest
class NoFineAmountsTests {

	static final List<String> MONEY = List.of("amount", "fine", "yuan", "money", "fee", "penalty", "confiscat");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void ofThePenaltyModuleOnlyItsCountsAreUsedAndTheyHoldNoAmount() {
		var module = SupervisionManagement.class.getPackage().getAnnotation(ApplicationModule.class);
		assertThat(module.allowedDependencies()).doesNotContain("party");
		var main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.chengguan");
		noClasses().that().resideInAPackage("org.chengguan.supervision..")
			.should().dependOnClassesThat(resideInAPackage("org.chengguan.penalty..")
				.and(not(type(PenaltyCountManagement.class)))
				.and(not(type(PenaltyCounts.class))))
			.check(main);
		assertThat(PenaltyCounts.class.getRecordComponents())
			.allMatch(c -> c.getType() == long.class && !c.getName().toLowerCase().contains("fine"));
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
