package org.chengguan.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestLogins;
import org.chengguan.calendar.DeadlineUnit;
import org.chengguan.category.CategoryForms.ConditionForm;
import org.chengguan.category.CategoryForms.LocalCategoryForm;
import org.chengguan.category.CategoryForms.RouteForm;
import org.chengguan.staff.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@ChengguanIntegrationTest
class CategoryBookTests {

	static final Actor ADMIN = new Actor(0, "test", "测试");

	@Autowired
	CategoryManagement book;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	long id(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	Category event(String code) {
		return book.search(CategoryKind.EVENT, code).stream().filter(c -> c.getCode().equals(code)).findFirst()
			.orElseThrow();
	}

	<T> T asAdmin(java.util.function.Supplier<T> call) {
		return TestLogins.withAuthorities(call, "category:manage");
	}

	@Test
	void seedsTheCatalogue() {
		// shared/data/event-categories.csv: 部件 classes 01–05 and 事项 classes 06–10, headers included.
		assertThat(book.search(CategoryKind.COMPONENT, "")).filteredOn(c -> !c.isLocalExtension()).hasSize(158);
		assertThat(book.search(CategoryKind.EVENT, "")).filteredOn(c -> !c.isLocalExtension())
			.hasSize(102)
			.allSatisfy(c -> assertThat(c.getMajorCode()).isBetween("06", "10"));
		assertThat(event("06")).satisfies(c -> assertThat(c.isHeader()).isTrue());
		assertThat(book.search(CategoryKind.EVENT, "占道经营")).extracting(Category::getCode).contains("09006");
	}

	@Test
	void conditionsCarryLimitAndCloseCondition() {
		var category = event("06015");
		asAdmin(() -> {
			book.addCondition(category.getId(), new ConditionForm("店外经营，占用人行道", Priority.NORMAL, 4,
					DeadlineUnit.WORKING_HOUR, "物品已收回店内", null), ADMIN);
			return null;
		});
		var condition = book.get(category.getId()).getConditions().get(0);
		assertThat(condition.getLimit().amount()).isEqualTo(4);
		assertThat(condition.getLimit().unit()).isEqualTo(DeadlineUnit.WORKING_HOUR);
		assertThat(condition.getCloseCondition()).isEqualTo("物品已收回店内");
	}

	@Test
	void refusesConditionsThatBreakTheRules() {
		var header = event("06");
		var item = event("06002");
		assertThatThrownBy(() -> asAdmin(() -> {
			book.addCondition(header.getId(), new ConditionForm("x", Priority.NORMAL, 1, DeadlineUnit.WORKING_DAY, "y",
					null), ADMIN);
			return null;
		})).hasMessage("category.error.conditionOnClass");
		assertThatThrownBy(() -> asAdmin(() -> {
			book.addCondition(item.getId(), new ConditionForm("x", Priority.NORMAL, 1, DeadlineUnit.NATURAL_DAY, "y",
					null), ADMIN);
			return null;
		})).hasMessage("category.error.naturalDayLimit");
		assertThat(book.get(item.getId()).getConditions()).noneMatch(c -> c.getDescription().equals("x"));
	}

	@Test
	void addsLocalExtensionsOnlyInTheLocalRange() {
		var id = asAdmin(() -> book.addLocalCategory(new LocalCategoryForm(CategoryKind.EVENT, "90001", "共享单车乱停放"),
				ADMIN));
		assertThat(book.get(id).isLocalExtension()).isTrue();
		assertThatThrownBy(() -> asAdmin(() -> book.addLocalCategory(new LocalCategoryForm(CategoryKind.EVENT, "90001",
				"重复"), ADMIN))).hasMessage("category.error.codeTaken");
		assertThatThrownBy(() -> asAdmin(() -> book.addLocalCategory(new LocalCategoryForm(CategoryKind.EVENT, "06999",
				"越界"), ADMIN))).hasMessage("category.error.localRange");
	}

	@Test
	void remembersWhatAPlatformMayFileUnderOnlyOnceItIsCommitted() {
		var shopFront = event("06002").getId();
		assertThat(book.receivableId("06002")).contains(shopFront);
		assertThat(book.receivableId("E06002")).contains(shopFront);
		assertThat(book.receivableId("06")).isEmpty();
		assertThat(book.receivableId("E98999")).isEmpty();
		Optional<Long> added = transaction.execute(tx -> {
			asAdmin(() -> book.addLocalCategory(new LocalCategoryForm(CategoryKind.EVENT, "90002", "临时"), ADMIN));
			var found = book.receivableId("90002");
			tx.setRollbackOnly();
			return found;
		});
		assertThat(added).isPresent();
		assertThat(book.receivableId("90002")).isEmpty();
	}

	@Test
	void routesByTheMostSpecificRule() {
		var shopFront = event("06002").getId();
		var other = event("09001").getId();
		var squad = id("select id from staff_org_unit where code = 'SQUAD-990103007'");
		var sanitation = id("select id from staff_org_unit where code = 'SANITATION'");
		var brigade = id("select id from staff_org_unit where code = 'BRIGADE-3'");
		asAdmin(() -> {
			book.addRoute(new RouteForm("990103007005", null, squad), ADMIN);
			book.addRoute(new RouteForm("990103007005001", shopFront, sanitation), ADMIN);
			book.addRoute(new RouteForm("990103", shopFront, brigade), ADMIN);
			return null;
		});
		// Among rules for the category, the unit grid's own rule is the most specific.
		assertThat(book.route("990103007005001", shopFront)).contains(sanitation);
		// A district rule for the category beats a community rule for every category.
		assertThat(book.route("990103007005002", shopFront)).contains(brigade);
		// Other categories in the community follow the community's rule.
		assertThat(book.route("990103007005002", other)).contains(squad);
		// Outside every rule: no proposal (the demo routes whole streets, so use a grid code outside the city).
		assertThat(book.route("110101001001001", other)).isEmpty();
		assertThatThrownBy(() -> asAdmin(() -> {
			book.addRoute(new RouteForm("990103", shopFront, squad), ADMIN);
			return null;
		})).hasMessage("category.error.routeExists");
	}
}
