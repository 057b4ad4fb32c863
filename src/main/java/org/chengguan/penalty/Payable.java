package org.chengguan.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A fine to be paid at the bank (罚缴分离), as a payment notice needs it: the proceeding, its 决定书's party, the fine
 * and the day it is due (《行政处罚法》第六十七条：收到决定书之日起十五日内).
 */
public record Payable(long proceedingId, String proceedingNumber, String payer, BigDecimal fine, LocalDate dueOn) {
}
