/**
 * 全过程记录: the append-only, hash-chained audit trail of security events (sign-in, failure, lockout, sign-out) and
 * administrators' changes, fed by the events of every module. Nothing depends on this module.
 * 审计：登录安全事件与管理操作的只增不改记录，逐条哈希链接，可校验。
 */
@NullMarked
@ApplicationModule(displayName = "审计 Audit", allowedDependencies = { "staff", "calendar", "grid", "category", "intake", "caseflow", "party", "penalty" })
package org.chengguan.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
