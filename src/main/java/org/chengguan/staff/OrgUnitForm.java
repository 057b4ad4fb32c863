package org.chengguan.staff;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Create or edit an org unit; {@code code}, {@code type} and {@code parentId} are fixed once created. */
public record OrgUnitForm(
		@NotBlank(message = "{org.code.required}")
		@Pattern(regexp = "^$|^[A-Za-z0-9_-]{2,32}$", message = "{org.code.pattern}") String code,
		@NotBlank(message = "{org.name.required}") @Size(max = 100, message = "{org.name.size}") String name,
		@NotNull(message = "{org.type.required}") @Nullable OrgUnitType type,
		@Nullable Long parentId,
		@Nullable Integer sortOrder,
		@Pattern(regexp = "^[0-9,，\\s]*$", message = "{org.regions.pattern}") @Nullable String regions) {

	static OrgUnitForm of(OrgUnit unit) {
		return new OrgUnitForm(unit.getCode(), unit.getName(), unit.getType(), unit.getParentId(),
				unit.getSortOrder(), String.join(", ", unit.getRegionCodes()));
	}

	int order() {
		return sortOrder == null ? 0 : sortOrder;
	}

	/** The assigned 辖区 codes: 6, 9 or 12 digits each. */
	Set<String> regionCodes() {
		if (regions == null || regions.isBlank()) {
			return Set.of();
		}
		var codes = new LinkedHashSet<String>();
		Arrays.stream(regions.split("[,，\\s]+")).filter(c -> !c.isBlank()).forEach(codes::add);
		if (codes.stream().anyMatch(c -> !c.matches("\\d{6}|\\d{9}|\\d{12}"))) {
			throw new StaffRuleException("org.regions.pattern");
		}
		return codes;
	}
}
