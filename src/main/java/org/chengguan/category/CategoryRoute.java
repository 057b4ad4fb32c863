package org.chengguan.category;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A routing rule: cases of a category (or of every category) in a region or unit grid go to a unit. The rule with the
 * longest matching region code wins; at equal length a rule for the category beats one for every category.
 */
@Entity
@Table(name = "category_route")
public class CategoryRoute {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private @Nullable Long categoryId;

	private String regionCode;

	private long orgUnitId;

	protected CategoryRoute() {
		this.regionCode = "";
	}

	CategoryRoute(@Nullable Long categoryId, String regionCode, long orgUnitId) {
		this.categoryId = categoryId;
		this.regionCode = regionCode;
		this.orgUnitId = orgUnitId;
	}

	boolean matches(String gridCode, long category) {
		return gridCode.startsWith(regionCode) && (categoryId == null || categoryId == category);
	}

	/** Longer region codes first, then rules naming the category before catch-all ones. */
	int specificity() {
		return regionCode.length() * 2 + (categoryId == null ? 0 : 1);
	}

	public @Nullable Long getId() {
		return id;
	}

	public @Nullable Long getCategoryId() {
		return categoryId;
	}

	public String getRegionCode() {
		return regionCode;
	}

	public long getOrgUnitId() {
		return orgUnitId;
	}
}
