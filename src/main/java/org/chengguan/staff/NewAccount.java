package org.chengguan.staff;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** One account of a bulk provisioning, by org-unit code and role codes. */
public record NewAccount(String username, String name, @Nullable String phone, String orgUnitCode, boolean auxiliary,
		@Nullable String certificateNo, @Nullable LocalDate certificateValidFrom,
		@Nullable LocalDate certificateValidTo, Set<String> roleCodes) {
}
