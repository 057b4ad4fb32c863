package org.chengguan.hotline;

import org.jspecify.annotations.Nullable;

/** The answer to a pushed order: our case number, its state and unit grid; {@code replayed} for a retry. */
record Receipt(String caseNo, String status, @Nullable String gridCode, boolean replayed) {
}
