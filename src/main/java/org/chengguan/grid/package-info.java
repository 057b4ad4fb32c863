/**
 * 网格: the region hierarchy (区 → 街道 → 社区 → 万米单元网格) with polygons, responsibility grids and their members
 * (一格多员), GeoJSON import with full validation, the in-memory point → unit grid index every later module uses
 * ({@link org.chengguan.grid.GridManagement#gridAt}), and the map.
 * 网格：区、街道、社区、单元网格及其边界，责任网格与成员，GeoJSON 导入校验，坐标定位网格，网格地图。
 */
@NullMarked
@ApplicationModule(displayName = "网格 Grid", allowedDependencies = { "staff" })
package org.chengguan.grid;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
