/**
 * 罚缴分离: the fines a served decision imposes are paid at the collecting bank, never to the bureau (《行政处罚法》第六十七条).
 * A payment notice (缴款书号, 缴款码) goes to the bank through an outbox; a fine counts as paid only on the bank's
 * confirmation — a signed callback or its reconciliation file, each applied once — and then the proceeding moves on.
 * The ledger with its sums is for finance and leadership only (第七十四条).
 * 罚缴分离：送达后生成缴款通知并推送银行；仅凭银行回调或对账文件确认缴款（幂等）；罚没款台账仅财务和领导可见。
 */
@NullMarked
@ApplicationModule(displayName = "罚没款收缴 Payment", allowedDependencies = { "penalty", "staff", "calendar", "system" })
package org.chengguan.payment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
