package org.chengguan.grid;

import java.time.LocalDate;
import java.util.List;

import org.chengguan.staff.StaffSummary;
import org.jspecify.annotations.Nullable;

/** What the grid pages show, assembled inside the transaction (open-in-view is off). */
public final class GridViews {

	private GridViews() {
	}

	/** A member of a responsibility grid with their name. */
	public record Member(long memberId, StaffSummary staff, GridMemberRole role, LocalDate since) {
	}

	/** A unit grid with the regions above it and its responsibility grid. */
	public record UnitGridDetail(UnitGrid grid, Region community, Region street, Region district,
			@Nullable ResponsibilityGrid responsibilityGrid, List<Member> members) {
	}

	/** A responsibility grid with its street, unit grids and members. */
	public record ResponsibilityGridDetail(ResponsibilityGrid grid, Region street, List<String> unitGridCodes,
			List<Member> members) {
	}

	/** A row of the responsibility-grid list. */
	public record ResponsibilityGridRow(ResponsibilityGrid grid, Region street, int unitGrids, int members,
			boolean hasEnforcementOfficer) {
	}

	/** A region with its unit-grid count (communities) for the region list. */
	public record RegionRow(Region region, long unitGrids) {
	}

	/** A base map's tile URL template (none: polygons on a plain background), attribution and {@code {s}} values. */
	public record Tiles(@Nullable String tileUrl, String tileAttribution, String tileSubdomains) {
	}

	/** The map's layers as GeoJSON FeatureCollections, keyed by level name. */
	public record MapLayers(String json, int unitGrids) {
	}

	/** A responsibility grid a person belongs to, with their duties in it. */
	public record Membership(long gridId, String code, String name, int unitGrids, List<GridMemberRole> roles) {
	}

	/** A named place an address search found: a community, a road or a landmark, with its point. */
	public record PlaceMatch(String name, String kind, String detail, double lon, double lat) {
	}

	/** The centre of a unit grid. */
	public record Centroid(String code, double lon, double lat) {
	}

	/** The outcome of a stored import. */
	public record ImportResult(int regions, int unitGrids, int responsibilityGrids) {
	}
}
