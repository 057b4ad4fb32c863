package org.chengguan.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.chengguan.demo.DemoCity;
import org.junit.jupiter.api.Test;

class GridImportCheckTests {

	static final String DISTRICT = feature("DISTRICT", "990101", "临江区", "[[113.0,34.0],[113.1,34.0],[113.1,34.1],[113.0,34.1],[113.0,34.0]]");

	static final String STREET = feature("STREET", "990101001", "枫林街道", "[[113.0,34.0],[113.1,34.0],[113.1,34.1],[113.0,34.1],[113.0,34.0]]");

	static final String COMMUNITY = feature("COMMUNITY", "990101001001", "枫林社区", "[[113.0,34.0],[113.01,34.0],[113.01,34.01],[113.0,34.01],[113.0,34.0]]");

	static String feature(String level, String code, String name, String ring) {
		return "{\"type\":\"Feature\",\"properties\":{\"level\":\"" + level + "\",\"code\":\"" + code
				+ "\",\"name\":\"" + name + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}";
	}

	static String collection(String... features) {
		return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
	}

	static List<ImportProblem> problems(String json) {
		var parsed = GeoJsonFeatures.parse(json.getBytes(StandardCharsets.UTF_8));
		var problems = new ArrayList<>(parsed.problems());
		GridImportCheck.check(parsed.features(), GridImportCheck.Existing.none(), problems);
		return problems;
	}

	@Test
	void acceptsTheWholeDemoCity() {
		var city = new DemoCity(DemoCity.Spec.demo()).generate();
		var parsed = GeoJsonFeatures.parse(city.geoJson().getBytes(StandardCharsets.UTF_8));
		var problems = new ArrayList<ImportProblem>();
		var plan = GridImportCheck.check(parsed.features(), GridImportCheck.Existing.none(), problems);
		assertThat(problems).isEmpty();
		assertThat(plan.unitGrids()).hasSize(2100);
		assertThat(plan.regions()).hasSize(3 + 21 + 105);
		assertThat(plan.responsibilityGrids()).hasSize(63);
	}

	@Test
	void acceptsAValidHierarchy() {
		var grid = feature("UNIT_GRID", "990101001001001", "", "[[113.0,34.0],[113.001,34.0],[113.001,34.001],[113.0,34.001],[113.0,34.0]]");
		assertThat(problems(collection(DISTRICT, STREET, COMMUNITY, grid))).isEmpty();
	}

	@Test
	void namesAnUnclosedRing() {
		var grid = feature("UNIT_GRID", "990101001001001", "", "[[113.0,34.0],[113.001,34.0],[113.001,34.001],[113.0,34.001]]");
		assertThat(problems(collection(DISTRICT, STREET, COMMUNITY, grid)))
			.containsExactly(ImportProblem.of("990101001001001", "grid.import.notClosed", 1));
	}

	@Test
	void namesASelfIntersectingPolygon() {
		var bowTie = feature("UNIT_GRID", "990101001001001", "", "[[113.0,34.0],[113.001,34.001],[113.001,34.0],[113.0,34.001],[113.0,34.0]]");
		var problems = problems(collection(DISTRICT, STREET, COMMUNITY, bowTie));
		assertThat(problems).hasSize(1);
		assertThat(problems.get(0).feature()).isEqualTo("990101001001001");
		assertThat(problems.get(0).messageKey()).isEqualTo("grid.import.invalidPolygon");
		assertThat(((org.springframework.context.MessageSourceResolvable) problems.get(0).args().get(0)).getCodes())
			.containsExactly("grid.import.fault.5");
	}

	@Test
	void namesEveryBadFeatureAtOnce() {
		var badCode = feature("UNIT_GRID", "99010100100100", "", "[[113.005,34.0],[113.006,34.0],[113.006,34.001],[113.005,34.001],[113.005,34.0]]");
		var orphan = feature("UNIT_GRID", "990101001002001", "", "[[113.0,34.0],[113.001,34.0],[113.001,34.001],[113.0,34.001],[113.0,34.0]]");
		var outside = feature("UNIT_GRID", "990101001001002", "", "[[113.02,34.02],[113.021,34.02],[113.021,34.021],[113.02,34.021],[113.02,34.02]]");
		var badLevel = "{\"type\":\"Feature\",\"properties\":{\"level\":\"CITY\",\"code\":\"99\",\"name\":\"x\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}";
		assertThat(problems(collection(DISTRICT, STREET, COMMUNITY, badCode, orphan, outside, badLevel)))
			.extracting(p -> p.feature() + " " + p.messageKey())
			.containsExactlyInAnyOrder("99010100100100 grid.import.badCode", "990101001002001 grid.import.noParent",
					"990101001001002 grid.import.outsideParent", "99 grid.import.badLevel",
					"99 grid.import.badGeometryType");
	}

	@Test
	void namesOverlapsAndDuplicates() {
		var a = feature("UNIT_GRID", "990101001001001", "", "[[113.0,34.0],[113.002,34.0],[113.002,34.002],[113.0,34.002],[113.0,34.0]]");
		var b = feature("UNIT_GRID", "990101001001002", "", "[[113.001,34.0],[113.003,34.0],[113.003,34.002],[113.001,34.002],[113.001,34.0]]");
		assertThat(problems(collection(DISTRICT, STREET, COMMUNITY, a, b, a)))
			.extracting(p -> p.feature() + " " + p.messageKey())
			.containsExactlyInAnyOrder("990101001001001 grid.import.overlaps", "990101001001001 grid.import.duplicateCode");
	}

	@Test
	void refusesAResponsibilityGridAcrossStreets() {
		var street2 = feature("STREET", "990101002", "桂园街道", "[[113.1,34.0],[113.2,34.0],[113.2,34.1],[113.1,34.1],[113.1,34.0]]");
		var community2 = feature("COMMUNITY", "990101002001", "桂园社区", "[[113.1,34.0],[113.11,34.0],[113.11,34.01],[113.1,34.01],[113.1,34.0]]");
		var district = feature("DISTRICT", "990101", "临江区", "[[113.0,34.0],[113.2,34.0],[113.2,34.1],[113.0,34.1],[113.0,34.0]]");
		var g1 = feature("UNIT_GRID", "990101001001001", "", "[[113.0,34.0],[113.001,34.0],[113.001,34.001],[113.0,34.001],[113.0,34.0]]")
			.replace("\"name\":\"\"", "\"name\":\"\",\"responsibilityGrid\":\"RG1\",\"responsibilityGridName\":\"一网格\"");
		var g2 = feature("UNIT_GRID", "990101002001001", "", "[[113.1,34.0],[113.101,34.0],[113.101,34.001],[113.1,34.001],[113.1,34.0]]")
			.replace("\"name\":\"\"", "\"name\":\"\",\"responsibilityGrid\":\"RG1\"");
		assertThat(problems(collection(district, STREET, street2, COMMUNITY, community2, g1, g2)))
			.containsExactly(ImportProblem.of("RG1", "grid.import.responsibilityGridCrossesStreet", 2));
	}

	@Test
	void refusesWhatIsNotAFeatureCollection() {
		assertThat(problems("not json")).extracting(ImportProblem::messageKey).containsExactly("grid.import.notJson");
		assertThat(problems("{\"type\":\"Feature\"}")).extracting(ImportProblem::messageKey)
			.containsExactly("grid.import.notFeatureCollection");
		assertThat(problems(collection())).extracting(ImportProblem::messageKey).containsExactly("grid.import.empty");
	}
}
