package org.chengguan.staff;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Create a role or change its name and authorities; the code is fixed once created. */
record RoleForm(
		@NotBlank(message = "{role.code.required}")
		@Pattern(regexp = "^$|^[A-Z][A-Z0-9_]{1,39}$", message = "{role.code.pattern}") String code,
		@NotBlank(message = "{role.name.required}") @Size(max = 50, message = "{role.name.size}") String name,
		@Nullable Set<String> authorities) {

	static RoleForm of(Role role) {
		return new RoleForm(role.getCode(), role.getName(),
				Set.copyOf(role.getAuthorities().stream().map(Authority::getCode).toList()));
	}

	Set<String> granted() {
		return authorities == null ? Set.of() : authorities;
	}
}
