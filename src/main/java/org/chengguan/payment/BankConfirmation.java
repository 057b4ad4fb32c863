package org.chengguan.payment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A payment as the bank reports it (罚缴分离实施办法第十条), by callback or in its reconciliation file.
 *
 * @param noticeNo the 缴款书号 paid
 * @param bankRef the bank's own reference of the payment (its 流水号): a payment is applied once by it
 * @param amount what was paid, fine and 加处罚款 together
 * @param paidAt when the party paid
 */
public record BankConfirmation(String noticeNo, String bankRef, BigDecimal amount, Instant paidAt) {
}
