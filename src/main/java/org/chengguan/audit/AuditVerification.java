package org.chengguan.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Verifies the chain every night (once across instances), and on demand from the command line:
 * {@code ./mvnw spring-boot:run -Dspring-boot.run.arguments="--audit-verify --spring.main.web-application-type=none"}
 * prints the result and exits 0 when intact, 3 when broken.
 */
@Component
class AuditVerification implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AuditVerification.class);

	private final AuditTrail trail;

	private final ApplicationContext context;

	AuditVerification(AuditTrail trail, ApplicationContext context) {
		this.trail = trail;
		this.context = context;
	}

	@Scheduled(cron = "0 30 2 * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = "audit-verify", lockAtMostFor = "PT2H")
	public void nightly() {
		report(trail.verify());
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption("audit-verify")) {
			return;
		}
		var result = trail.verify();
		report(result);
		System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> result.intact() ? 0 : 3));
	}

	private static void report(AuditTrail.Verification result) {
		if (result.intact()) {
			log.info("Audit chain intact: {} entries verified", result.checked());
		}
		else {
			log.error("Audit chain BROKEN at entry {} ({}); {} entries read", result.firstBreak().seq(),
					result.firstBreak().reason(), result.checked());
		}
	}
}
