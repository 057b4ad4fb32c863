package org.chengguan.supervision;

import java.util.Optional;

import org.chengguan.intake.Channel;
import org.chengguan.staff.DataScope;

/**
 * What the figures are of: the city, a region (district, street, community or unit grid by its code), a handling
 * unit, a category (a 小类 key such as E06010, or its 大类 E06) or a source. Each level reads the rollup of one
 * grouping; the city is the sum of its districts.
 */
record Scope(Level level, String key) {

	static final Scope CITY = new Scope(Level.CITY, "");

	/** The levels of a scope, each with the grouping it reads and the one its rankings list by default. */
	enum Level {
		CITY(FactStore.Grouping.DISTRICT, FactStore.Grouping.STREET),
		DISTRICT(FactStore.Grouping.DISTRICT, FactStore.Grouping.STREET),
		STREET(FactStore.Grouping.STREET, FactStore.Grouping.COMMUNITY),
		COMMUNITY(FactStore.Grouping.COMMUNITY, FactStore.Grouping.GRID),
		GRID(FactStore.Grouping.GRID, FactStore.Grouping.GRID),
		UNIT(FactStore.Grouping.UNIT, FactStore.Grouping.UNIT),
		CATEGORY(FactStore.Grouping.CATEGORY, FactStore.Grouping.CATEGORY),
		SOURCE(FactStore.Grouping.SOURCE, FactStore.Grouping.SOURCE);

		final FactStore.Grouping grouping;

		final FactStore.Grouping below;

		Level(FactStore.Grouping grouping, FactStore.Grouping below) {
			this.grouping = grouping;
			this.below = below;
		}

		boolean regional() {
			return this == DISTRICT || this == STREET || this == COMMUNITY || this == GRID;
		}

		/** A street or a level below it: what unit grids are ranked and mapped within. */
		boolean withinStreet() {
			return this == STREET || this == COMMUNITY || this == GRID;
		}
	}

	/** A scope from what a form sent, if it names one correctly (codes of their length, a known source). */
	static Optional<Scope> parse(Level level, String key) {
		var valid = switch (level) {
			case CITY -> true;
			case DISTRICT -> key.matches("\\d{6}");
			case STREET -> key.matches("\\d{9}");
			case COMMUNITY -> key.matches("\\d{12}");
			case GRID -> key.matches("\\d{15}");
			case UNIT -> key.matches("\\d{1,18}");
			case CATEGORY -> key.matches("[EC]\\d{2}(\\d{3})?");
			case SOURCE -> java.util.Arrays.stream(Channel.values()).anyMatch(c -> c.name().equals(key));
		};
		return valid ? Optional.of(level == Level.CITY ? CITY : new Scope(level, key)) : Optional.empty();
	}

	/**
	 * Whether a person of this 辖区 may see these figures: citywide staff see every scope; others the regions under
	 * their own and their own units (a category or source of the whole city is not theirs to see).
	 */
	boolean visibleTo(DataScope scope) {
		if (scope.citywide()) {
			return true;
		}
		if (level.regional()) {
			return scope.coversRegion(key);
		}
		return level == Level.UNIT && scope.coversOrgUnit(Long.parseLong(key));
	}

	/** A 大类 key (E06) stands for all its 小类. */
	boolean prefix() {
		return level == Level.CATEGORY && key.length() == 3;
	}
}
