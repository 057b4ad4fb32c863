/**
 * 事部件分类: the category book of 管理部件 and 管理事项 (GB/T 47678.5-2026 as transcribed, plus local extensions),
 * each category's 立案条件 with 处置时限 and 结案条件, and the routing rules that propose the responsible unit for a
 * case in a given place and category.
 * 事部件分类：管理部件与管理事项、立案条件（处置时限、结案条件）和派遣路由规则。
 */
@NullMarked
@ApplicationModule(displayName = "事部件分类 Category", allowedDependencies = { "staff", "calendar" })
package org.chengguan.category;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
