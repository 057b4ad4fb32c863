package org.chengguan.staff;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** One account of a bulk provisioning, by org-unit code and role codes. */
public record NewAccount(String username, String name, @Nullable String phone, String orgUnitCode, boolean auxiliary,
		@Nullable String certificateNo, @Nullable LocalDate certificateValidFrom,
		@Nullable LocalDate certificateValidTo, Set<String> roleCodes, @Nullable String legalQualificationNo) {

	/** An account without a 法律职业资格. */
	public NewAccount(String username, String name, @Nullable String phone, String orgUnitCode, boolean auxiliary,
			@Nullable String certificateNo, @Nullable LocalDate certificateValidFrom,
			@Nullable LocalDate certificateValidTo, Set<String> roleCodes) {
		this(username, name, phone, orgUnitCode, auxiliary, certificateNo, certificateValidFrom, certificateValidTo,
				roleCodes, null);
	}

	/** The same account holding this 法律职业资格证书. */
	public NewAccount withLegalQualification(String number) {
		return new NewAccount(username, name, phone, orgUnitCode, auxiliary, certificateNo, certificateValidFrom,
				certificateValidTo, roleCodes, number);
	}
}
