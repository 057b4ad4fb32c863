package org.chengguan.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestLogins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Parties on the real database: found again by number, sealed at rest, masked when shown, refused when wrong. */
@ChengguanIntegrationTest
class PartyManagementTests {

	@Autowired
	PartyManagement parties;

	@Autowired
	JdbcTemplate jdbc;

	static NewParty person(String number, String address) {
		return new NewParty(PartyKind.PERSON, IdType.RESIDENT_ID, number, "王小明", null, address, "13912345678");
	}

	long rows() {
		return jdbc.queryForObject("select count(*) from party_party", Long.class);
	}

	@Test
	void aPersonIsFoundAgainByTheirNumberAndKeepsTheLatestAddress() {
		var first = parties.register(person("440308200808081233", "福田区华强北路 1 号"), "officer01");
		var again = parties.register(person("4403 0820 0808 0812 33", "南山区科技园 8 号"), "officer02");
		assertThat(again).isEqualTo(first);
		assertThat(parties.findByIdentity(IdType.RESIDENT_ID, "440308200808081233")).contains(first);

		var shown = parties.find(first).orElseThrow();
		assertThat(shown.name()).isEqualTo("王**");
		assertThat(shown.idNumber()).isEqualTo("440308********1233");
		assertThat(shown.address()).isEqualTo("南山区科技园****");
		assertThat(shown.phone()).isEqualTo("139****5678");
		assertThat(shown.revealed()).isFalse();
		var full = TestLogins.withAuthorities(() -> parties.reveal(first, "legal"), "penalty:approve:legal")
			.orElseThrow();
		assertThat(full.name()).isEqualTo("王小明");
		assertThat(full.idNumber()).isEqualTo("440308200808081233");
	}

	@Test
	void aPersonsDataIsSealedAtRest() {
		var id = parties.register(person("11010519491231002X", "东城区和平里 3 号"), "officer01");
		var row = jdbc.queryForMap("select * from party_party where id = ?", id);
		assertThat(row.values().toString()).doesNotContain("11010519491231002X", "王小明", "和平里", "13912345678");
	}

	@Test
	void anOrganisationIsKeptWithItsRegisterDataInClear() {
		var id = parties.register(new NewParty(PartyKind.ORGANISATION, IdType.CREDIT_CODE, "91350100m000100y43",
				"某某餐饮管理有限公司", "李四", "鼓楼区五一路 9 号", "059188881234"), "officer01");
		var shown = parties.find(id).orElseThrow();
		assertThat(shown.name()).isEqualTo("某某餐饮管理有限公司");
		assertThat(shown.idNumber()).isEqualTo("91350100M000100Y43");
		assertThat(shown.legalRepresentative()).isEqualTo("李四");
		assertThat(parties.findOrganisations("餐饮管理")).extracting(PartyView::id).contains(id);
	}

	@Test
	void theAgeAtTheActComesFromTheResidentNumber() {
		var minor = parties.register(person("110101200801011230", null), "officer01");
		// 《行政处罚法》第三十条：不满十四周岁不予处罚，已满十四周岁不满十八周岁从轻或者减轻
		assertThat(parties.ageAt(minor, LocalDate.of(2025, 12, 31))).contains(17);
		assertThat(parties.ageAt(minor, LocalDate.of(2026, 1, 1))).contains(18);
		var passport = parties.register(new NewParty(PartyKind.PERSON, IdType.PASSPORT, "E12345678", "Anna Berg", null,
				null, null), "officer01");
		assertThat(parties.ageAt(passport, LocalDate.of(2026, 1, 1))).isEmpty();
	}

	@Test
	void aWrongPartyIsRefusedAndNothingIsStored() {
		var before = rows();
		assertThatThrownBy(() -> parties.register(person("110101200801011234", null), "officer01"))
			.isInstanceOf(PartyRuleException.class)
			.hasMessage("party.error.residentId");
		assertThatThrownBy(() -> parties.register(new NewParty(PartyKind.ORGANISATION, IdType.CREDIT_CODE,
				"913101151329876543", "某公司", "张三", null, null), "officer01"))
			.hasMessage("party.error.creditCode");
		assertThatThrownBy(() -> parties.register(new NewParty(PartyKind.ORGANISATION, IdType.CREDIT_CODE,
				"913101151329876542", "某公司", " ", null, null), "officer01"))
			.hasMessage("party.error.legalRepresentative");
		assertThatThrownBy(() -> parties.register(new NewParty(PartyKind.PERSON, IdType.CREDIT_CODE,
				"913101151329876542", "某人", null, null, null), "officer01"))
			.hasMessage("party.error.idTypeKind");
		assertThatThrownBy(() -> parties.register(new NewParty(PartyKind.PERSON, IdType.RESIDENT_ID,
				"440308200808081233", "王小明", null, null, "call me"), "officer01"))
			.hasMessage("party.error.phone");
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void onlyThoseWhoHandleProceedingsSeeAPersonUnmasked() {
		var id = parties.register(person("440308200808081233", null), "officer01");
		assertThatThrownBy(() -> TestLogins.withAuthorities(() -> parties.reveal(id, "intake"), "case:accept"))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}
}
