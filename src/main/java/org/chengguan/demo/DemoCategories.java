package org.chengguan.demo;

import java.util.List;

import org.chengguan.calendar.DeadlineUnit;
import org.chengguan.category.CategoryForms.ConditionForm;
import org.chengguan.category.CategoryKind;
import org.chengguan.category.Priority;

/**
 * The demo bureau's 立案条件 (the examples of domain.md §5.3, from published standard books [SRC]) and routing: every
 * street's cases go to its squad, rubbish and street cleaning anywhere to the sanitation unit.
 */
final class DemoCategories {

	private DemoCategories() {
	}

	record Condition(CategoryKind kind, String code, ConditionForm form) {
	}

	static final List<String> SANITATION_EVENTS = List.of("06010", "06011", "06012");

	static List<Condition> conditions() {
		return List.of(
				event("06010", "有暴露垃圾", Priority.NORMAL, 1, DeadlineUnit.WORKING_DAY, "垃圾已清除"),
				event("06011", "积存垃圾渣土", Priority.NORMAL, 4, DeadlineUnit.WORKING_DAY, "已清运完毕"),
				event("06012", "道路不洁", Priority.NORMAL, 5, DeadlineUnit.WORKING_HOUR, "路面已清扫干净"),
				event("06001", "正在搭建", Priority.HIGH, 4, DeadlineUnit.WORKING_HOUR, "已停止施工"),
				event("06001", "已建成，需立案处罚", Priority.NORMAL, 7, DeadlineUnit.WORKING_DAY, "已作出处理决定"),
				event("06001", "已作出决定，待拆除", Priority.NORMAL, 20, DeadlineUnit.WORKING_DAY, "已拆除"),
				new Condition(CategoryKind.COMPONENT, "01014", new ConditionForm("井盖丢失或移位，存在安全隐患",
						Priority.URGENT, 2, DeadlineUnit.URGENT_HOUR, "井盖已恢复", true)),
				new Condition(CategoryKind.COMPONENT, "01014", new ConditionForm("井盖破损面积大于 25 平方厘米",
						Priority.HIGH, 4, DeadlineUnit.WORKING_HOUR, "井盖已更换或修复", true)));
	}

	private static Condition event(String code, String description, Priority priority, int amount, DeadlineUnit unit,
			String close) {
		return new Condition(CategoryKind.EVENT, code, new ConditionForm(description, priority, amount, unit, close,
				true));
	}
}
