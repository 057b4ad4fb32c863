package org.chengguan.grid;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chengguan.grid.GridViews.ImportResult;
import org.chengguan.grid.GridViews.Member;
import org.chengguan.grid.GridViews.RegionRow;
import org.chengguan.grid.GridViews.ResponsibilityGridDetail;
import org.chengguan.grid.GridViews.ResponsibilityGridRow;
import org.chengguan.grid.GridViews.UnitGridDetail;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.StaffManagement;
import org.chengguan.staff.StaffSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The grid module's API: where a point lies, the grid hierarchy within a 辖区, members, and imports. */
@Service
@Transactional(readOnly = true)
public class GridManagement {

	private final RegionRepository regions;

	private final UnitGridRepository unitGrids;

	private final ResponsibilityGridRepository responsibilityGrids;

	private final GridImporter importer;

	private final GridLookup lookup;

	private final StaffManagement staff;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final GridProperties properties;

	private final Places places;

	GridManagement(RegionRepository regions, UnitGridRepository unitGrids,
			ResponsibilityGridRepository responsibilityGrids, GridImporter importer, GridLookup lookup,
			StaffManagement staff, ApplicationEventPublisher events, Clock clock, GridProperties properties,
			Places places) {
		this.places = places;
		this.properties = properties;
		this.regions = regions;
		this.unitGrids = unitGrids;
		this.responsibilityGrids = responsibilityGrids;
		this.importer = importer;
		this.lookup = lookup;
		this.staff = staff;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The unit grid (and community, street, district) containing a WGS84 point; empty when the point lies outside every
	 * grid. In memory, well under a millisecond.
	 */
	public Optional<GridLocation> gridAt(double lon, double lat) {
		return lookup.locate(lon, lat);
	}

	/**
	 * Locates an address that names a community (with its street or district where the name is ambiguous): the
	 * community's representative point and its unit grid. Empty when the address names no single community.
	 */
	public Optional<AddressMatch> locateAddress(String address) {
		return lookup.community(address)
			.flatMap(c -> lookup.locate(c.lon(), c.lat()).map(location -> new AddressMatch(location, c.lon(), c.lat())));
	}

	/**
	 * 地址搜索: communities, roads and landmarks whose name contains the text, at most {@code limit}, communities
	 * first. For the pin maps of intake.
	 */
	public List<GridViews.PlaceMatch> searchPlaces(String text, int limit) {
		var query = text.strip();
		if (query.isEmpty()) {
			return List.of();
		}
		var found = new ArrayList<GridViews.PlaceMatch>();
		lookup.communitiesNamed(query, limit)
			.forEach(c -> found.add(new GridViews.PlaceMatch(c.name(), "COMMUNITY", c.districtName() + c.streetName(),
					c.lon(), c.lat())));
		places.named(query, limit - found.size())
			.forEach(p -> found.add(new GridViews.PlaceMatch(p.name(), p.kind().name(),
					gridAt(p.lon(), p.lat()).map(l -> l.streetName() + l.communityName()).orElse(""), p.lon(), p.lat())));
		return List.copyOf(found.subList(0, Math.min(found.size(), limit)));
	}

	/** Adds a road or landmark to the gazetteer (loaded with the grids; a name is kept once per kind). */
	@Transactional
	@PreAuthorize("hasAuthority('grid:import')")
	public void addPlace(String name, boolean road, double lon, double lat) {
		places.add(new Places.Place(name, road ? Places.Kind.ROAD : Places.Kind.LANDMARK, lon, lat));
	}

	/** Whether a district, street, community or unit grid has this code (a search names one). */
	public boolean regionExists(String code) {
		return code.length() == 15 ? unitGrids.findByCode(code).isPresent() : regions.findByCode(code).isPresent();
	}

	/** Districts, streets and communities within the scope, in code order, with unit-grid counts. */
	@PreAuthorize("hasAuthority('grid:view')")
	public List<RegionRow> regions(DataScope scope) {
		var visible = regions.findAll(GridScopes.regionsVisibleTo(scope), Sort.by("code"));
		var communities = visible.stream()
			.filter(r -> r.getLevel() == RegionLevel.COMMUNITY && scope.coversRegion(r.getCode()))
			.map(Region::getId)
			.toList();
		Map<Long, Long> counts = new HashMap<>();
		if (!communities.isEmpty()) {
			unitGrids.countByCommunity(communities).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
		}
		return visible.stream().map(r -> new RegionRow(r, counts.getOrDefault(r.getId(), 0L))).toList();
	}

	/** One unit grid by code; 404 when unknown or outside the scope. */
	@PreAuthorize("hasAuthority('grid:view')")
	public UnitGridDetail unitGrid(String code, DataScope scope) {
		var grid = unitGrids.findByCode(code)
			.filter(g -> GridScopes.covers(scope, g))
			.orElseThrow(() -> new GridNotFoundException("unit grid", code));
		var community = regions.findById(grid.getCommunityId()).orElseThrow();
		var street = regions.findById(Objects.requireNonNull(community.getParentId())).orElseThrow();
		var district = regions.findById(Objects.requireNonNull(street.getParentId())).orElseThrow();
		var responsible = responsibilityGrids.findByUnitGridId(Objects.requireNonNull(grid.getId()));
		return new UnitGridDetail(grid, community, street, district, responsible.orElse(null),
				responsible.map(this::members).orElse(List.of()));
	}

	/** Responsibility grids within the scope. */
	@PreAuthorize("hasAuthority('grid:view')")
	public List<ResponsibilityGridRow> responsibilityGrids(DataScope scope) {
		var streets = regions.findAll(GridScopes.regionsVisibleTo(scope))
			.stream()
			.filter(r -> r.getLevel() == RegionLevel.STREET && scope.coversRegion(r.getCode()))
			.collect(Collectors.toMap(Region::getId, Function.identity()));
		return responsibilityGrids.findByStreetIdInOrderByCode(streets.keySet().isEmpty() ? Set.of(-1L)
				: streets.keySet())
			.stream()
			.map(g -> new ResponsibilityGridRow(g, streets.get(g.getStreetId()), g.getUnitGridIds().size(),
					g.getMembers().size(),
					g.getMembers().stream().anyMatch(m -> m.getRole() == GridMemberRole.ENFORCEMENT_OFFICER)))
			.toList();
	}

	@PreAuthorize("hasAuthority('grid:view')")
	public ResponsibilityGridDetail responsibilityGrid(long id, DataScope scope) {
		var grid = visibleResponsibilityGrid(id, scope);
		var street = regions.findById(grid.getStreetId()).orElseThrow();
		var codes = unitGrids.findByIdIn(grid.getUnitGridIds()).stream().map(UnitGrid::getCode).sorted().toList();
		return new ResponsibilityGridDetail(grid, street, codes, members(grid));
	}

	/** The unit grids of a responsibility grid (none when unknown). For other modules; codes are not confidential. */
	public List<String> unitGridCodesOf(long responsibilityGridId) {
		return responsibilityGrids.findById(responsibilityGridId)
			.map(g -> unitGrids.findByIdIn(g.getUnitGridIds()).stream().map(UnitGrid::getCode).sorted().toList())
			.orElse(List.of());
	}

	/**
	 * The members of the responsibility grid a unit grid belongs to (一格多员): who works that place. Empty when the
	 * grid is unknown or in no responsibility grid. For other modules; names are not confidential.
	 */
	public List<Member> membersAt(String unitGridCode) {
		return unitGrids.findByCode(unitGridCode)
			.flatMap(g -> responsibilityGrids.findByUnitGridId(Objects.requireNonNull(g.getId())))
			.map(this::members)
			.orElse(List.of());
	}

	/** Responsibility grids a person is a member of (their own grids), with their duties. */
	public List<GridViews.Membership> gridsOf(long staffId) {
		return responsibilityGrids.findByMember(staffId)
			.stream()
			.map(g -> new GridViews.Membership(Objects.requireNonNull(g.getId()), g.getCode(), g.getName(),
					g.getUnitGridIds().size(), g.getMembers()
						.stream()
						.filter(m -> m.getStaffId() == staffId)
						.map(GridMember::getRole)
						.toList()))
			.toList();
	}

	/** Adds a member (一格多员); a 协管员 can never be the grid's enforcement officer. */
	@Transactional
	@PreAuthorize("hasAuthority('grid:members')")
	public void addMember(long gridId, long staffId, GridMemberRole role, DataScope scope, Actor actor) {
		var grid = visibleResponsibilityGrid(gridId, scope);
		var person = staff.summaries(Set.of(staffId))
			.stream()
			.findFirst()
			.orElseThrow(() -> new GridRuleException("grid.error.noSuchStaff"));
		// 协管员只能从事辅助性工作 (安阳市城市管理综合执法条例 第七条).
		if (person.auxiliary() && role == GridMemberRole.ENFORCEMENT_OFFICER) {
			throw new GridRuleException("grid.error.auxiliaryEnforcement");
		}
		grid.addMember(staffId, role, LocalDate.now(clock));
		responsibilityGrids.saveAndFlush(grid);
		events.publishEvent(new GridEvents.AdminChanged(clock.instant(), actor.username(), "grid.member.add",
				"responsibilityGrid:" + gridId, null, "staff:" + staffId + " " + role));
	}

	@Transactional
	@PreAuthorize("hasAuthority('grid:members')")
	public void removeMember(long gridId, long memberId, DataScope scope, Actor actor) {
		var grid = visibleResponsibilityGrid(gridId, scope);
		var member = grid.getMembers().stream().filter(m -> Objects.equals(m.getId(), memberId)).findFirst();
		grid.removeMember(memberId);
		responsibilityGrids.saveAndFlush(grid);
		events.publishEvent(new GridEvents.AdminChanged(clock.instant(), actor.username(), "grid.member.remove",
				"responsibilityGrid:" + gridId,
				member.map(m -> "staff:" + m.getStaffId() + " " + m.getRole()).orElse(null), null));
	}

	/** The map's layers within the scope. */
	@PreAuthorize("hasAuthority('grid:view')")
	public GridViews.MapLayers mapLayers(DataScope scope) {
		return MapLayerWriter.write(regions.findAll(GridScopes.regionsVisibleTo(scope), Sort.by("code")),
				unitGrids.findAll(GridScopes.gridsVisibleTo(scope), Sort.by("code")));
	}

	/** District, street and community outlines within the scope (no unit grids), for maps of other modules. */
	@PreAuthorize("hasAuthority('grid:view')")
	public GridViews.MapLayers outlines(DataScope scope) {
		return MapLayerWriter.write(regions.findAll(GridScopes.regionsVisibleTo(scope), Sort.by("code")), List.of());
	}

	/** The centre of each of these unit grids that exists (maps of figures per grid). */
	public List<GridViews.Centroid> centroids(Collection<String> codes) {
		return centres(codes, unitGrids::findCentroids);
	}

	/** The mean centre of the unit grids of each of these communities (maps of figures per community). */
	public List<GridViews.Centroid> communityCentres(Collection<String> codes) {
		return centres(codes, unitGrids::findCommunityCentres);
	}

	/** The name of every district, street and community by its code. */
	public Map<String, String> regionNames() {
		var names = new HashMap<String, String>();
		regions.findNames().forEach(row -> names.put((String) row[0], (String) row[1]));
		return names;
	}

	/** Code, longitude and latitude rows, read in slices: a city's 50,000 codes are more than a statement may bind. */
	private static List<GridViews.Centroid> centres(Collection<String> codes,
			Function<List<String>, List<Object[]>> query) {
		var all = List.copyOf(codes);
		var centres = new ArrayList<GridViews.Centroid>(all.size());
		for (var from = 0; from < all.size(); from += 5_000) {
			for (var row : query.apply(all.subList(from, Math.min(all.size(), from + 5_000)))) {
				centres.add(new GridViews.Centroid((String) row[0], ((Number) row[1]).doubleValue(),
						((Number) row[2]).doubleValue()));
			}
		}
		return centres;
	}

	/** The configured base map (tiles), if any. */
	public GridViews.Tiles tiles() {
		return new GridViews.Tiles(properties.tileUrl(), properties.tileAttribution(), properties.tileSubdomains());
	}

	/**
	 * Imports regions and grids from GeoJSON. Every feature is checked first; on any problem nothing is stored and
	 * {@link GridImportException} lists every bad feature and why.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('grid:import')")
	public ImportResult importGeoJson(byte[] json, String actor) {
		var parsed = GeoJsonFeatures.parse(json);
		var problems = new ArrayList<>(parsed.problems());
		var plan = GridImportCheck.check(parsed.features(), importer.existing(parsed.features()), problems);
		if (!problems.isEmpty()) {
			throw new GridImportException(problems);
		}
		importer.store(plan, LocalDate.now(clock));
		var result = new ImportResult(plan.regions().size(), plan.unitGrids().size(),
				plan.responsibilityGrids().size());
		events.publishEvent(new GridEvents.Imported(clock.instant(), actor, result.regions(), result.unitGrids(),
				result.responsibilityGrids()));
		return result;
	}

	private ResponsibilityGrid visibleResponsibilityGrid(long id, DataScope scope) {
		return responsibilityGrids.findById(id)
			.filter(g -> regions.findById(g.getStreetId()).map(s -> scope.coversRegion(s.getCode())).orElse(false))
			.orElseThrow(() -> new GridNotFoundException("responsibility grid", id));
	}

	private List<Member> members(ResponsibilityGrid grid) {
		var ids = grid.getMembers().stream().map(GridMember::getStaffId).collect(Collectors.toSet());
		Map<Long, StaffSummary> people = new HashMap<>();
		staff.summaries(ids).forEach(s -> people.put(s.id(), s));
		return grid.getMembers()
			.stream()
			.filter(m -> people.containsKey(m.getStaffId()))
			.map(m -> new Member(Objects.requireNonNull(m.getId()), people.get(m.getStaffId()), m.getRole(),
					m.getSince()))
			.sorted(Comparator.comparing((Member m) -> m.role()).thenComparing(m -> m.staff().name()))
			.toList();
	}
}
