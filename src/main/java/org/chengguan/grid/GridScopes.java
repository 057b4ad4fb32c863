package org.chengguan.grid;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;
import org.chengguan.staff.DataScope;
import org.springframework.data.jpa.domain.Specification;

/** The 辖区 filter on grid data, built from a {@link DataScope} passed in explicitly; never SQL text. */
final class GridScopes {

	private GridScopes() {
	}

	/** Regions inside the scope, and their ancestors (a squad sees the outline of its own district). */
	static Specification<Region> regionsVisibleTo(DataScope scope) {
		return (root, query, cb) -> {
			if (scope.citywide()) {
				return cb.conjunction();
			}
			var allowed = new ArrayList<Predicate>();
			scope.regionPrefixes().forEach(p -> allowed.add(cb.like(root.get("code"), p + "%")));
			var ancestors = ancestors(scope);
			if (!ancestors.isEmpty()) {
				allowed.add(root.get("code").in(ancestors));
			}
			return cb.or(allowed.toArray(Predicate[]::new)); // an empty OR is false: no scope, no rows
		};
	}

	static Specification<UnitGrid> gridsVisibleTo(DataScope scope) {
		return (root, query, cb) -> {
			if (scope.citywide()) {
				return cb.conjunction();
			}
			var allowed = new ArrayList<Predicate>();
			scope.regionPrefixes().forEach(p -> allowed.add(cb.like(root.get("code"), p + "%")));
			if (!scope.gridCodes().isEmpty()) {
				allowed.add(root.get("code").in(scope.gridCodes()));
			}
			return cb.or(allowed.toArray(Predicate[]::new));
		};
	}

	static boolean covers(DataScope scope, UnitGrid grid) {
		return scope.coversRegion(grid.getCode());
	}

	/** The regions above the scope's own: their outlines are drawn, their rows listed (a grid's community, street …). */
	private static Set<String> ancestors(DataScope scope) {
		var codes = new HashSet<String>();
		var own = new HashSet<>(scope.regionPrefixes());
		own.addAll(scope.gridCodes());
		for (var prefix : own) {
			for (var level : RegionLevel.values()) {
				if (level.codeLength() < prefix.length()) {
					codes.add(prefix.substring(0, level.codeLength()));
				}
			}
		}
		return codes;
	}
}
