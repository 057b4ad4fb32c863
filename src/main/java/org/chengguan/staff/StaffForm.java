package org.chengguan.staff;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Create or edit a staff member; {@code password} is only read on create. */
record StaffForm(
		@NotBlank(message = "{staff.username.required}")
		@Pattern(regexp = "^$|^[A-Za-z][A-Za-z0-9_.-]{2,39}$", message = "{staff.username.pattern}") String username,
		@NotBlank(message = "{staff.name.required}") @Size(max = 50, message = "{staff.name.size}") String name,
		@Pattern(regexp = "^$|^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$", message = "{staff.phone.pattern}")
		@Nullable String phone,
		@NotNull(message = "{staff.orgUnit.required}") @Nullable Long orgUnitId,
		@Nullable Boolean auxiliary,
		@Pattern(regexp = "^$|^[0-9A-Za-z\\u4e00-\\u9fa5-]{4,32}$", message = "{staff.certificate.pattern}")
		@Nullable String certificateNo,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate certificateValidFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate certificateValidTo,
		@Nullable Boolean enabled,
		@Nullable Set<Long> roleIds,
		@Nullable String password,
		@Pattern(regexp = "^$|^[0-9A-Za-z]{6,30}$", message = "{staff.legalQualification.pattern}")
		@Nullable String legalQualificationNo) {

	static StaffForm empty() {
		return new StaffForm("", "", null, null, false, null, null, null, true, Set.of(), null, null);
	}

	static StaffForm of(StaffMember m) {
		return new StaffForm(m.getUsername(), m.getName(), m.getPhone(), m.getOrgUnit().getId(), m.isAuxiliary(),
				m.getCertificateNo(), m.getCertificateValidFrom(), m.getCertificateValidTo(), m.isEnabled(),
				Set.copyOf(m.getRoles().stream().map(Role::getId).toList()), null, m.getLegalQualificationNo());
	}

	boolean isAuxiliary() {
		return Boolean.TRUE.equals(auxiliary);
	}

	boolean isEnabled() {
		return Boolean.TRUE.equals(enabled);
	}

	Set<Long> roles() {
		return roleIds == null ? Set.of() : roleIds;
	}

	@Nullable String certificate() {
		return certificateNo == null || certificateNo.isBlank() ? null : certificateNo.trim();
	}

	@Nullable String legalQualification() {
		return legalQualificationNo == null || legalQualificationNo.isBlank() ? null : legalQualificationNo.trim();
	}

	@Nullable String phoneNumber() {
		return phone == null || phone.isBlank() ? null : phone.trim();
	}
}
