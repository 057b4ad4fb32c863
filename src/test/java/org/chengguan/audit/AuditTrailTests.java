package org.chengguan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;

import org.chengguan.ChengguanJpaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@ChengguanJpaTest
@Import({ AuditTrail.class, AuditTrailTests.Config.class })
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AuditTrailTests {

	static class Config {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}
	}

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	AuditEntry append(String action) {
		return trail.append(new AuditEntry.Draft(Instant.now(), "ADMIN", action, "tester", "test:1", "127.0.0.1",
				"before", "after"));
	}

	@Test
	void chainsEachEntryToThePreviousOne() {
		var first = append("test.first");
		var second = append("test.second");
		assertThat(second.seq()).isEqualTo(first.seq() + 1);
		assertThat(second.prevHash()).isEqualTo(first.hash());
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void databaseRefusesUpdateDeleteAndTruncate() {
		var entry = append("test.immutable");
		assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'mallory' where seq = ?", entry.seq()))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("delete from audit_entry where seq = ?", entry.seq()))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.execute("truncate audit_entry")).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThat(jdbc.queryForObject("select actor from audit_entry where seq = ?", String.class, entry.seq()))
			.isEqualTo("tester");
	}

	@Test
	void verificationNamesTheFirstTamperedEntry() {
		var tampered = append("test.tampered");
		append("test.after");
		var template = new TransactionTemplate(transactions);
		var result = template.execute(status -> {
			// Only a superuser bypassing the trigger can do this; roll it back so the shared chain stays intact.
			jdbc.execute("alter table audit_entry disable trigger audit_entry_no_change");
			jdbc.update("update audit_entry set after_state = 'forged' where seq = ?", tampered.seq());
			var verification = trail.verify();
			status.setRollbackOnly();
			return verification;
		});
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBreak()).isEqualTo(new AuditChain.Break(tampered.seq(), "audit.break.hash"));
		assertThat(trail.verify().intact()).isTrue();
	}
}
