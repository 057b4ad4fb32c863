package org.chengguan.intake;

/**
 * A report was recorded. Published inside the receiving transaction: the case for it is opened in the same
 * transaction, so a report never exists without its case.
 */
public record ReportReceived(long reportId) {
}
