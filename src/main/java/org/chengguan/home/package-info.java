/**
 * The home page of each role: who I am, my unit and 辖区, my grids, and the screens my authorities open.
 * 首页：按角色展示本人信息、所属机构与辖区、负责网格及可用功能入口。
 */
@NullMarked
@ApplicationModule(displayName = "首页 Home", allowedDependencies = { "staff", "grid", "calendar" })
package org.chengguan.home;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
