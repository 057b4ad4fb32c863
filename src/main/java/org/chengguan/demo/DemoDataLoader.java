package org.chengguan.demo;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import org.chengguan.category.CategoryForms.RouteForm;
import org.chengguan.category.CategoryKind;
import org.chengguan.category.CategoryManagement;
import org.chengguan.intake.Channel;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.grid.GridManagement;
import org.chengguan.grid.GridMemberRole;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.OrgManagement;
import org.chengguan.staff.OrgUnitType;
import org.chengguan.staff.StaffManagement;
import org.chengguan.staff.StaffSummary;
import org.chengguan.video.CameraForm;
import org.chengguan.video.VideoManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo city into an empty database, once, through the same module APIs an administrator uses (so the demo
 * city passes the same GeoJSON validation and lands in the audit trail as the work of {@code demo-loader}).
 */
@Component
@ConditionalOnBooleanProperty("chengguan.demo.enabled")
class DemoDataLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private static final Actor LOADER = new Actor(0, "demo-loader", "演示数据");

	private final GridManagement grids;

	private final OrgManagement org;

	private final StaffManagement staff;

	private final Environment environment;

	private final EntityManager entityManager;

	private final CategoryManagement categories;

	private final IntakeManagement intake;

	private final VideoManagement video;

	private final DemoProceedings proceedings;

	private final DemoFrontages frontages;

	private final DemoRoads roads;

	private final DemoCampaigns campaigns;

	private final DemoDuty duty;

	private final DemoAuxiliaries auxiliaries;

	private final DemoFootage footage;

	DemoDataLoader(GridManagement grids, OrgManagement org, StaffManagement staff, CategoryManagement categories,
			IntakeManagement intake, VideoManagement video, DemoProceedings proceedings, DemoFrontages frontages,
			DemoRoads roads, DemoCampaigns campaigns, DemoDuty duty, DemoAuxiliaries auxiliaries, DemoFootage footage,
			Environment environment, EntityManager entityManager) {
		this.duty = duty;
		this.auxiliaries = auxiliaries;
		this.footage = footage;
		this.roads = roads;
		this.campaigns = campaigns;
		this.frontages = frontages;
		this.proceedings = proceedings;
		this.intake = intake;
		this.video = video;
		this.categories = categories;
		this.entityManager = entityManager;
		this.grids = grids;
		this.org = org;
		this.staff = staff;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	@Transactional
	public void load() {
		long videoPlatform = 0;
		for (var platform : DemoPlatforms.ALL) {
			var client = intake.registerClient(platform.code(), platform.name(), platform.channel(), platform.apiKey());
			if (platform.channel() == Channel.VIDEO_AI) {
				videoPlatform = video.registerPlatform(client.id(), DemoPlatforms.VIDEO_VENDOR);
			}
		}
		if (org.tree().stream().anyMatch(row -> row.unit().getCode().equals("COMMAND"))) {
			logAccounts();
			return;
		}
		var started = System.nanoTime();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(LOADER.username(), null,
				AuthorityUtils.createAuthorityList("admin:org", "admin:staff", "grid:import", "grid:members",
						"grid:view", "staff:view", "data:citywide", "category:manage", "penalty:handle", "frontage:manage",
						"road:manage", "campaign:manage", "campaign:report", "duty:roster", "penalty:approve:legal",
						"footage:manage", "footage:upload", "footage:view"));
		SecurityContextHolder.getContext().setAuthentication(authentication);
		try {
			// The benchmarks load the large city (50,400 unit grids) instead of the demo one.
			var large = environment.getProperty("chengguan.demo.large-city", Boolean.class, false);
			var city = new DemoCity(large ? DemoCity.Spec.large() : DemoCity.Spec.demo()).generate();
			var imported = grids.importGeoJson(city.geoJson().getBytes(StandardCharsets.UTF_8), LOADER.username());
			// One transaction keeps the load all-or-nothing; clearing keeps its persistence context small.
			entityManager.flush();
			entityManager.clear();
			var bureau = new DemoBureau();
			var ids = new HashMap<String, Long>();
			var root = org.tree().get(0).unit();
			ids.put(null, root.getId());
			var order = 0;
			for (var unit : bureau.units(city)) {
				var parent = Objects.requireNonNull(ids.get(unit.parentCode()));
				ids.put(unit.code(), org.create(unit.form(parent, order++), LOADER));
			}
			staff.provision(bureau.accounts(city), DemoBureau.PASSWORD, true, LOADER);
			entityManager.flush();
			entityManager.clear();
			assignMembers(city);
			configureCategories(city, ids);
			registerCameras(city, videoPlatform);
			namePlaces(city);
			roads.load(city, LOADER);
			var people = staff.summariesInScope(DataScope.everything());
			frontages.load(city, people, LOADER);
			campaigns.load(city, people, LOADER);
			duty.load(city, people, LOADER);
			auxiliaries.load(city, people, LOADER);
			footage.load(city, people, LOADER);
			entityManager.flush();
			entityManager.clear();
			proceedings.allocateForms(org.tree().stream().filter(row -> row.unit().getType() == OrgUnitType.SQUAD)
				.map(row -> Objects.requireNonNull(row.unit().getId())).toList());
			proceedings.load();
			log.info("Demo city loaded in {} ms: {} regions, {} unit grids, {} responsibility grids",
					(System.nanoTime() - started) / 1_000_000, imported.regions(), imported.unitGrids(),
					imported.responsibilityGrids());
			logAccounts();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * 一格多员: each responsibility grid gets its street's grid officer, enforcement officer and auxiliary; the 监督员
	 * some of them.
	 */
	private void assignMembers(DemoCity.City city) {
		var byUsername = new HashMap<String, StaffSummary>();
		staff.summariesInScope(DataScope.everything()).forEach(s -> byUsername.put(s.username(), s));
		var streetIndex = new HashMap<String, String>();
		for (var n = 0; n < city.streets().size(); n++) {
			streetIndex.put(city.streets().get(n).code(), String.format("%02d", n + 1));
		}
		var inspected = new java.util.HashSet<String>();
		for (var row : grids.responsibilityGrids(DataScope.everything())) {
			var street = row.street().getCode();
			var nn = streetIndex.get(street);
			var gridId = Objects.requireNonNull(row.grid().getId());
			// The demo 监督员 patrols the first responsibility grid of every street: someone outside the squads who
			// can check (核查) what a squad disposed there.
			if (inspected.add(street)) {
				grids.addMember(gridId, byUsername.get("inspector").id(), GridMemberRole.INSPECTOR,
						DataScope.everything(), LOADER);
			}
			for (var member : List.of(new Object[] { "grid" + nn, GridMemberRole.GRID_OFFICER },
					new Object[] { "officer" + nn, GridMemberRole.ENFORCEMENT_OFFICER },
					new Object[] { "aux" + nn, GridMemberRole.AUXILIARY })) {
				var person = byUsername.get((String) member[0]);
				grids.addMember(gridId, person.id(), (GridMemberRole) member[1], DataScope.everything(), LOADER);
			}
		}
	}

	/** 立案条件 and routing rules of the demo bureau. */
	private void configureCategories(DemoCity.City city, java.util.Map<String, Long> units) {
		for (var condition : DemoCategories.conditions()) {
			categories.addCondition(categoryId(condition.kind(), condition.code()), condition.form(), LOADER);
		}
		for (var street : city.streets()) {
			categories.addRoute(new RouteForm(street.code(), null, units.get(DemoBureau.squad(street))), LOADER);
		}
		for (var district : city.districts()) {
			for (var code : DemoCategories.SANITATION_EVENTS) {
				categories.addRoute(new RouteForm(district[0], categoryId(CategoryKind.EVENT, code),
						units.get("SANITATION")), LOADER);
			}
		}
	}

	/**
	 * The demo gazetteer: each street's office and main road at its centre, each district's government at the centre of
	 * its streets (the names are the city's own, so a caller's "枫林路" or "枫林街道办事处" is found).
	 */
	private void namePlaces(DemoCity.City city) {
		for (var street : city.streets()) {
			var base = street.name().replace("街道", "");
			grids.addPlace(street.name() + "办事处", false, street.centre()[0], street.centre()[1]);
			grids.addPlace(base + "路", true, street.centre()[0], street.centre()[1] + 0.0003);
		}
		for (var district : city.districts()) {
			var streets = city.streets().stream().filter(s -> s.districtCode().equals(district[0])).toList();
			var lon = streets.stream().mapToDouble(s -> s.centre()[0]).average().orElseThrow();
			var lat = streets.stream().mapToDouble(s -> s.centre()[1]).average().orElseThrow();
			grids.addPlace(district[1] + "人民政府", false, lon, lat);
		}
	}

	/** One camera in the middle of each street, on the demo video platform. */
	private void registerCameras(DemoCity.City city, long platformId) {
		for (var street : city.streets()) {
			video.registerCamera(new CameraForm(platformId, "CAM-" + street.code(), street.name() + "主干道监控点",
					street.centre()[0], street.centre()[1], false, null, null));
		}
	}

	private long categoryId(CategoryKind kind, String code) {
		return categories.search(kind, code)
			.stream()
			.filter(c -> c.getCode().equals(code))
			.findFirst()
			.map(c -> Objects.requireNonNull(c.getId()))
			.orElseThrow(() -> new IllegalStateException("No category " + kind + " " + code));
	}

	/** One line, when the app is ready: where it is and how to sign in (the README has the rest). */
	private void logAccounts() {
		log.info("Chengguan is ready at http://localhost:{}/ — sign in as intake, dispatcher, shift, hotline, inspector, "
				+ "handler, squad01, officer01, grid01, legal, finance, supervisor, director, ops or admin with the demo password "
				+ "{}; demo API keys: {}; API document at /api-docs", environment.getProperty("local.server.port", "8080"), DemoBureau.PASSWORD,
				DemoPlatforms.ALL.stream().map(p -> p.code() + "=" + p.apiKey()).toList());
	}
}
