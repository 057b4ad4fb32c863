/**
 * Web setup shared by every screen: the embedded PostgreSQL for local runs and tests, locale (zh_CN first), error
 * pages, and the database lock that keeps scheduled jobs single across instances.
 * 系统：本地与测试用的内嵌 PostgreSQL、界面语言（中文优先）、错误页面，以及多实例下定时任务的数据库锁。
 */
@NullMarked
@ApplicationModule(displayName = "系统 System")
package org.chengguan.system;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
