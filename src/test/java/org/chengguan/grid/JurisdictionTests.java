package org.chengguan.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestLogins;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.StaffManagement;
import org.chengguan.staff.StaffNotFoundException;
import org.chengguan.staff.StaffSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A squad in one street cannot read another street's grids or staff (辖区, style.md §8). */
@ChengguanIntegrationTest
class JurisdictionTests {

	@Autowired
	GridManagement grids;

	@Autowired
	StaffManagement staff;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	StaffSummary person(String username) {
		return staff.summariesInScope(DataScope.everything())
			.stream()
			.filter(s -> s.username().equals(username))
			.findFirst()
			.orElseThrow();
	}

	DataScope scopeOf(String username) {
		return staff.scopeOf(person(username).id());
	}

	@Test
	void squadScopeIsItsStreet() {
		var scope = scopeOf("squad01");
		assertThat(scope.citywide()).isFalse();
		assertThat(scope.regionPrefixes()).containsExactly("990101001");
		assertThat(scopeOf("admin").citywide()).isTrue();
	}

	@Test
	void squadReadsOnlyItsOwnStreetsGrids() {
		var scope = scopeOf("squad01");
		TestLogins.withAuthorities(() -> {
			assertThat(grids.unitGrid("990101001001001", scope).street().getCode()).isEqualTo("990101001");
			assertThatThrownBy(() -> grids.unitGrid("990101002001001", scope))
				.isInstanceOf(GridNotFoundException.class);
			assertThat(grids.responsibilityGrids(scope)).isNotEmpty()
				.allSatisfy(row -> assertThat(row.street().getCode()).isEqualTo("990101001"));
			assertThat(grids.regions(scope)).extracting(row -> row.region().getCode())
				.allSatisfy(code -> assertThat(code.startsWith("990101001") || "990101".equals(code)).isTrue())
				.doesNotContain("990101002");
			assertThat(grids.mapLayers(scope).unitGrids()).isEqualTo(100);
			return null;
		}, "grid:view");
	}

	@Test
	void squadReadsOnlyItsOwnStaff() {
		var scope = scopeOf("squad01");
		var colleague = person("officer01");
		var stranger = person("officer02");
		TestLogins.withAuthorities(() -> {
			assertThat(staff.get(colleague.id(), scope).getUsername()).isEqualTo("officer01");
			assertThatThrownBy(() -> staff.get(stranger.id(), scope)).isInstanceOf(StaffNotFoundException.class);
			assertThat(staff.search("", scope, org.springframework.data.domain.PageRequest.of(0, 100)))
				.extracting(m -> m.getOrgUnit().getCode())
				.containsOnly("SQUAD-990101001");
			return null;
		}, "staff:view");
	}

	@Test
	void outOfScopeAnswers404OverHttp() throws Exception {
		var squad = TestLogins.as(users, "squad01");
		mvc.perform(get("/grids/990101002001001").with(squad)).andExpect(status().isNotFound());
		mvc.perform(get("/grids/990101001001001").with(squad)).andExpect(status().isOk());
		mvc.perform(get("/staff/" + person("officer02").id()).with(squad)).andExpect(status().isNotFound());
		mvc.perform(get("/staff/" + person("officer01").id()).with(squad)).andExpect(status().isOk());
		var responsibility = grids.gridsOf(person("officer02").id()).get(0);
		mvc.perform(get("/grids/responsibility/" + responsibility.gridId()).with(squad))
			.andExpect(status().isNotFound());
	}

	@Test
	void locatesAPointAndReportsOutsideEveryGrid() {
		var detail = TestLogins.withAuthorities(() -> grids.unitGrid("990102003002007", DataScope.everything()),
				"grid:view");
		var located = grids.gridAt(detail.grid().getCentroidLon(), detail.grid().getCentroidLat());
		assertThat(located).map(GridLocation::unitGridCode).contains("990102003002007");
		assertThat(located.get().streetCode()).isEqualTo("990102003");
		assertThat(grids.gridAt(100.0, 20.0)).isEmpty();
	}
}
