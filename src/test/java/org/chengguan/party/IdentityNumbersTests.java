package org.chengguan.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityNumbersTests {

	@ParameterizedTest
	@CsvSource({ "11010519491231002X, true", "110101200801011230, true", "440308200808081233, true",
			// wrong check digit, impossible date, too short, letters
			"110101200801011234, false", "110101200802301236, false", "11010120080101123, false",
			"1101012008010112AB, false" })
	void aResidentIdentityNumberCarriesItsCheckDigitAndARealBirthDate(String number, boolean valid) {
		assertThat(IdentityNumbers.residentIdValid(number)).isEqualTo(valid);
	}

	@ParameterizedTest
	@CsvSource({ "91350100M000100Y43, true", "913101151329876542, true",
			// wrong check character, I/O/S/V/Z are not in the GB 32100 character set, too long
			"913101151329876543, false", "91350100M0001OOY43, false", "91350100M000100Y431, false" })
	void aCreditCodeCarriesItsCheckCharacter(String code, boolean valid) {
		assertThat(IdentityNumbers.creditCodeValid(code)).isEqualTo(valid);
	}

	@Test
	void theBirthDateComesFromTheResidentNumber() {
		assertThat(IdentityNumbers.birthDate("110101200801011230")).contains(LocalDate.of(2008, 1, 1));
	}

	@Test
	void numbersAreComparedWithoutSpacesAndInUpperCase() {
		assertThat(IdentityNumbers.normalise(" 1101 0519 4912 31002x ")).isEqualTo("11010519491231002X");
	}

	@Test
	void aMaskedNumberKeepsTheRegionAndTheLastFour() {
		assertThat(IdentityNumbers.mask("11010519491231002X")).isEqualTo("110105********002X");
		assertThat(IdentityNumbers.mask("E1234567")).isEqualTo("******67");
	}

	@Test
	void otherDocumentsAreCheckedForTheirShape() {
		assertThat(IdentityNumbers.problem(IdType.PASSPORT, "E12345678")).isEmpty();
		assertThat(IdentityNumbers.problem(IdType.PASSPORT, "E1")).contains("party.error.idNumber");
		assertThat(IdentityNumbers.problem(IdType.RESIDENT_ID, "123")).contains("party.error.residentId");
		assertThat(IdentityNumbers.problem(IdType.CREDIT_CODE, "123")).contains("party.error.creditCode");
	}
}
