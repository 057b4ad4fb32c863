package org.chengguan.staff;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A person's 执法证 as of a day: an expired or missing certificate blocks enforcement, and expiry is flagged 30 days
 * ahead (domain.md §2.2).
 */
public record CertificateStatus(@Nullable String number, @Nullable LocalDate validTo, State state) {

	static final int WARN_DAYS = 30;

	/** Whether the certificate allows enforcement acts today. */
	public enum State {
		/** 无执法证. */
		NONE,
		/** 有效. */
		VALID,
		/** 30 天内到期. */
		EXPIRING,
		/** 未生效或已过期. */
		INVALID
	}

	static CertificateStatus of(StaffMember member, LocalDate today) {
		if (member.getCertificateNo() == null) {
			return new CertificateStatus(null, null, State.NONE);
		}
		var validTo = member.getCertificateValidTo();
		var state = !member.hasValidCertificateOn(today) ? State.INVALID
				: validTo != null && !validTo.isAfter(today.plusDays(WARN_DAYS)) ? State.EXPIRING : State.VALID;
		return new CertificateStatus(member.getCertificateNo(), validTo, state);
	}
}
