package org.chengguan.category;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A routing rule: cases of a category (or of every category) in a region or unit grid go to a unit. A rule naming the
 * category beats a rule for every category; among those, the longest matching region code wins.
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

	/** Rules naming the category before catch-all ones, then longer region codes first. */
	int specificity() {
		return (categoryId == null ? 0 : 100) + regionCode.length();
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
