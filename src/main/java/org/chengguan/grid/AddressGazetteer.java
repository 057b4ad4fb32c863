package org.chengguan.grid;

import java.util.List;
import java.util.Optional;

/**
 * Address text → community, by the names of the regions it mentions. A community name that occurs in several streets
 * counts only when the street or district is named too; anything ambiguous stays unlocated, for a person to pin.
 */
final class AddressGazetteer {

	/** A community with its representative point (a point inside its polygon). */
	record Community(String code, String name, String streetName, String districtName, double lon, double lat) {
	}

	private final List<Community> communities;

	AddressGazetteer(List<Community> communities) {
		this.communities = List.copyOf(communities);
	}

	/** Communities whose name (or street's name) contains the text, for an address search. */
	List<Community> named(String text, int limit) {
		return communities.stream()
			.filter(c -> c.name().contains(text) || (c.streetName() + c.name()).contains(text))
			.limit(limit)
			.toList();
	}

	Optional<Community> find(String address) {
		var named = communities.stream().filter(c -> address.contains(c.name())).toList();
		if (named.size() > 1) {
			named = named.stream()
				.filter(c -> address.contains(c.streetName()) || address.contains(c.districtName()))
				.toList();
		}
		if (named.size() > 1) {
			named = named.stream()
				.filter(c -> address.contains(c.streetName()) && address.contains(c.districtName()))
				.toList();
		}
		return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
	}
}
