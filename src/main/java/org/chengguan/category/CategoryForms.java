package org.chengguan.category;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.chengguan.calendar.DeadlineUnit;
import org.jspecify.annotations.Nullable;

/** The forms of the category book. */
public final class CategoryForms {

	private CategoryForms() {
	}

	/** A local extension in 大类 90–99. */
	public record LocalCategoryForm(@NotNull(message = "{category.kind.required}") @Nullable CategoryKind kind,
			@NotBlank(message = "{category.code.required}")
			@Pattern(regexp = "^$|^9\\d(\\d{3})?$", message = "{category.error.localRange}") @Nullable String code,
			@NotBlank(message = "{category.name.required}") @Size(max = 60, message = "{category.name.size}")
			@Nullable String name) {
	}

	/** A 立案条件 with its 处置时限 and 结案条件. */
	public record ConditionForm(
			@NotBlank(message = "{category.condition.description.required}")
			@Size(max = 200, message = "{category.condition.size}") @Nullable String description,
			@NotNull(message = "{category.condition.priority.required}") @Nullable Priority priority,
			@NotNull(message = "{calendar.amount.required}") @Min(value = 1, message = "{calendar.amount.min}")
			@Max(value = 3660, message = "{calendar.amount.max}") @Nullable Integer amount,
			@NotNull(message = "{calendar.unit.required}") @Nullable DeadlineUnit unit,
			@NotBlank(message = "{category.condition.close.required}")
			@Size(max = 200, message = "{category.condition.size}") @Nullable String closeCondition,
			@Nullable Boolean enabled) {
	}

	/** A routing rule; no category means every category in the region. */
	public record RouteForm(
			@NotBlank(message = "{category.route.region.required}")
			@Pattern(regexp = "^$|^\\d{6}(\\d{3}){0,3}$", message = "{category.route.region.pattern}")
			@Nullable String regionCode,
			@Nullable Long categoryId,
			@NotNull(message = "{category.route.unit.required}") @Nullable Long orgUnitId) {
	}
}
