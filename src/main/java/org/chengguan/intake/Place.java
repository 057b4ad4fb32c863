package org.chengguan.intake;

import jakarta.persistence.Embeddable;
import org.chengguan.grid.GridLocation;
import org.jspecify.annotations.Nullable;

/**
 * Where a report or its case is: the WGS84 point and the unit grid and regions it lies in, denormalised onto the
 * record (domain.md §3.1). A point outside every grid keeps its coordinates without grid codes; an unlocated record
 * has nothing.
 */
@Embeddable
public record Place(@Nullable Double lon, @Nullable Double lat, @Nullable String unitGridCode,
		@Nullable String communityCode, @Nullable String streetCode, @Nullable String districtCode) {

	/** Not located at all. */
	public static final Place NOWHERE = new Place(null, null, null, null, null, null);

	/** A point inside a unit grid. */
	public static Place at(double lon, double lat, GridLocation grid) {
		return new Place(lon, lat, grid.unitGridCode(), grid.communityCode(), grid.streetCode(), grid.districtCode());
	}

	/** A point that lies outside every grid: kept, but the record still waits to be pinned. */
	public static Place outside(double lon, double lat) {
		return new Place(lon, lat, null, null, null, null);
	}

	/** An embedded place whose columns are all null is read back as null. */
	public static Place orNowhere(@Nullable Place place) {
		return place == null ? NOWHERE : place;
	}

	/** Whether it lies in a unit grid (else it waits in 待定位). */
	public boolean located() {
		return unitGridCode != null;
	}
}
