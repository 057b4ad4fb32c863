package org.chengguan.grid;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Roads and landmarks by name (the gazetteer beside the regions), found by a fragment of their name. */
@Component
class Places {

	/** What a named place is. */
	enum Kind {
		ROAD, LANDMARK
	}

	record Place(String name, Kind kind, double lon, double lat) {
	}

	private final JdbcTemplate jdbc;

	Places(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Place> named(String text, int limit) {
		var like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc.query("select name, kind, lon, lat from grid_place where name like ? order by length(name), name"
				+ " limit ?", (rs, n) -> new Place(rs.getString(1), Kind.valueOf(rs.getString(2)), rs.getDouble(3),
						rs.getDouble(4)), like, limit);
	}

	void add(Place place) {
		jdbc.update("insert into grid_place (name, kind, lon, lat) values (?, ?, ?, ?) on conflict do nothing",
				place.name(), place.kind().name(), place.lon(), place.lat());
	}
}
