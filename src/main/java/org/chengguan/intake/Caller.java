package org.chengguan.intake;

import org.jspecify.annotations.Nullable;

/** A reporter as a page may show it: masked unless {@code revealed} (role {@code case:view-caller}, audited). */
public record Caller(@Nullable String name, @Nullable String phone, boolean revealed) {
}
