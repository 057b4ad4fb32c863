package org.chengguan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;

/** Rules of style.md that the compiler does not check. */
class ArchitectureTests {

	static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.chengguan");

	@Test
	void repositoriesArePackagePrivate() {
		noClasses().that().areAssignableTo(Repository.class).should().bePublic().check(MAIN);
	}

	@Test
	void controllersArePackagePrivate() {
		noClasses().that().areAnnotatedWith(Controller.class).should().bePublic().check(MAIN);
	}

	@Test
	void noFieldInjection() {
		fields().should().notBeAnnotatedWith(Autowired.class).check(MAIN);
	}

	@Test
	void noLombok() {
		noClasses().should().dependOnClassesThat().resideInAPackage("lombok..").check(MAIN);
	}

	@Test
	void onlyTheCalendarReadsTheWallClock() {
		noClasses().that()
			.resideOutsideOfPackage("org.chengguan.calendar..")
			.should()
			.callMethod(java.time.Instant.class, "now")
			.orShould()
			.callMethod(java.time.LocalDate.class, "now")
			.orShould()
			.callMethod(java.time.LocalDateTime.class, "now")
			.orShould()
			.callMethod(java.time.ZonedDateTime.class, "now")
			.orShould()
			.callMethod(System.class, "currentTimeMillis")
			.because("time comes from the injected Clock (style.md §7)")
			.check(MAIN);
	}
}
