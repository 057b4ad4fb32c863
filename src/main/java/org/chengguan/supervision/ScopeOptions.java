package org.chengguan.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.chengguan.category.CategoryKind;
import org.chengguan.category.CategoryManagement;
import org.chengguan.grid.GridManagement;
import org.chengguan.grid.RegionLevel;
import org.chengguan.intake.Channel;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.OrgManagement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The scopes a person may pick on the dashboard: citywide staff the city, every district and street, every handling
 * unit, every 大类 and every source; others the regions of their own area and their own units.
 */
@Component
class ScopeOptions {

	/** One choice of the scope list, in its group. */
	record Option(String group, Scope.Level level, String key, String label) {
	}

	private final GridManagement grids;

	private final OrgManagement org;

	private final CategoryManagement categories;

	private final MessageSource messages;

	ScopeOptions(GridManagement grids, OrgManagement org, CategoryManagement categories, MessageSource messages) {
		this.grids = grids;
		this.org = org;
		this.categories = categories;
		this.messages = messages;
	}

	List<Option> of(DataScope viewer, Locale locale) {
		var options = new ArrayList<Option>();
		if (viewer.citywide()) {
			options.add(new Option(label("supervision.scope.CITY", locale), Scope.Level.CITY, "",
					label("supervision.scope.city", locale)));
		}
		for (var row : grids.regions(viewer)) {
			var region = row.region();
			if (region.getLevel() != RegionLevel.COMMUNITY && viewer.coversRegion(region.getCode())) {
				var level = region.getLevel() == RegionLevel.DISTRICT ? Scope.Level.DISTRICT : Scope.Level.STREET;
				options.add(new Option(label("supervision.scope." + level, locale), level, region.getCode(),
						region.getName()));
			}
		}
		for (var row : org.tree()) {
			var unit = row.unit();
			if (unit.getType().handlesCases() && unit.getId() != null && viewer.coversOrgUnit(unit.getId())) {
				options.add(new Option(label("supervision.scope.UNIT", locale), Scope.Level.UNIT,
						unit.getId().toString(), unit.getName()));
			}
		}
		if (viewer.citywide()) {
			for (var kind : CategoryKind.values()) {
				var letter = kind == CategoryKind.EVENT ? "E" : "C";
				categories.search(kind, "").stream().filter(c -> c.isHeader()).forEach(c -> options.add(new Option(
						label("supervision.scope.CATEGORY", locale), Scope.Level.CATEGORY, letter + c.getCode(),
						c.getName())));
			}
			for (var source : Channel.values()) {
				options.add(new Option(label("supervision.scope.SOURCE", locale), Scope.Level.SOURCE, source.name(),
						label("intake.channel." + source.name(), locale)));
			}
		}
		return options;
	}

	private String label(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
