package org.chengguan.grid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The command-line path of the GeoJSON import, for the first load of a city:
 * {@code ./mvnw spring-boot:run -Dspring-boot.run.arguments="--grid-import=city.geojson --spring.main.web-application-type=none"}.
 * The same checks as the upload; prints every problem and exits 0 when stored, 4 when refused.
 */
@Component
class GridImportCommand implements ApplicationRunner {

	static final String ACTOR = "cli-import";

	private static final Logger log = LoggerFactory.getLogger(GridImportCommand.class);

	private final GridManagement grids;

	private final ApplicationContext context;

	GridImportCommand(GridManagement grids, ApplicationContext context) {
		this.grids = grids;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		var files = args.getOptionValues("grid-import");
		if (files == null || files.isEmpty()) {
			return;
		}
		var code = importFile(Path.of(files.get(0)));
		System.exit(SpringApplication.exit(context, () -> code));
	}

	int importFile(Path file) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ACTOR, null,
					AuthorityUtils.createAuthorityList("grid:import")));
		try {
			var result = grids.importGeoJson(Files.readAllBytes(file), ACTOR);
			log.info("Imported {}: {} regions, {} unit grids, {} responsibility grids", file, result.regions(),
					result.unitGrids(), result.responsibilityGrids());
			return 0;
		}
		catch (GridImportException ex) {
			log.error("Import of {} refused, nothing stored. {} problems:", file, ex.getProblems().size());
			ex.getProblems().forEach(p -> log.error("  {}: {} {}", p.feature(), p.messageKey(), p.args()));
			return 4;
		}
		catch (IOException ex) {
			log.error("Cannot read {}: {}", file, ex.getMessage());
			return 4;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
