package org.chengguan.supervision;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.chengguan.category.CategoryKind;
import org.chengguan.category.CategoryManagement;
import org.chengguan.grid.GridManagement;
import org.chengguan.intake.Channel;
import org.chengguan.staff.OrgManagement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The names of the keys figures are grouped by: regions from the grid module, units from the org tree, categories (小类
 * and 大类) from the catalogue, sources from the messages. A unit grid is named by its code; a key without a name (a
 * case not located or not dispatched yet) is 「未定」.
 */
@Component
class Names {

	private final GridManagement grids;

	private final OrgManagement org;

	private final CategoryManagement categories;

	private final MessageSource messages;

	Names(GridManagement grids, OrgManagement org, CategoryManagement categories, MessageSource messages) {
		this.grids = grids;
		this.org = org;
		this.categories = categories;
		this.messages = messages;
	}

	/** The names of every key of every grouping, for one page. */
	Map<String, String> all(Locale locale) {
		var names = new HashMap<String, String>(grids.regionNames());
		org.unitNames().forEach((id, name) -> names.put("unit:" + id, name));
		for (var kind : CategoryKind.values()) {
			var letter = kind == CategoryKind.EVENT ? "E" : "C";
			categories.search(kind, "").forEach(c -> names.put(letter + c.getCode(), c.getName()));
		}
		for (var source : Channel.values()) {
			names.put(source.name(), messages.getMessage("intake.channel." + source.name(), null, locale));
		}
		names.put("", messages.getMessage("supervision.key.none", null, locale));
		return names;
	}

	/** Every org unit's name by its id. */
	Map<Long, String> units() {
		return org.unitNames();
	}

	/** The name of a key of this grouping among {@code all}; a unit grid by its code. */
	static String of(FactStore.Grouping grouping, String key, Map<String, String> all) {
		var lookup = grouping == FactStore.Grouping.UNIT && !key.isEmpty() ? "unit:" + key : key;
		return Objects.requireNonNullElse(all.get(lookup), key);
	}
}
