/**
 * People, the organisation tree (局 → 大队 / 股室 / 指挥中心 → 中队), roles with their fine-grained authorities, the
 * 辖区 data scope, and sign-in with lockout. Other modules ask {@link org.chengguan.staff.CurrentStaff} who is acting
 * and pass the {@link org.chengguan.staff.DataScope} explicitly into their queries.
 * 人员权限：组织机构、人员、角色与权限、数据范围（辖区）、登录与锁定。
 */
@NullMarked
@ApplicationModule(displayName = "人员权限 Staff")
package org.chengguan.staff;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
