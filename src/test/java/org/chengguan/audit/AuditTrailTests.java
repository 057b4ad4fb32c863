package org.chengguan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.chengguan.ChengguanJpaTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

	@Autowired
	DataSource dataSource;

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

	@ParameterizedTest
	@ValueSource(ints = { AuditTrail.BATCH, 3 })
	void concurrentAppendsAreGroupCommittedIntoOneLinearChain(int batchSize) throws Exception {
		var trail = new AuditTrail(dataSource, Clock.systemUTC(), transactions, batchSize);
		var before = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
		var pool = Executors.newFixedThreadPool(16);
		try {
			var appends = new ArrayList<Future<AuditEntry>>();
			for (var i = 0; i < 320; i++) {
				var n = i;
				appends.add(pool.submit(() -> trail.append(new AuditEntry.Draft(Instant.now(), "ADMIN",
						"test.concurrent." + n, "tester", null, null, null, null))));
			}
			var seqs = new ArrayList<Long>();
			for (var f : appends) {
				seqs.add(f.get().seq());
			}
			assertThat(seqs).doesNotHaveDuplicates();
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(before + 320);
		assertThat(jdbc.queryForObject("select max(seq) - min(seq) + 1 = count(*) from audit_entry", Boolean.class))
			.isTrue();
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void aDraftTheDatabaseRefusesFailsAloneNotTheOthersWrittenWithIt() throws Exception {
		var tooLong = "x".repeat(10_000);
		var pool = Executors.newFixedThreadPool(8);
		try {
			var good = new ArrayList<Future<AuditEntry>>();
			Future<AuditEntry> bad = null;
			for (var i = 0; i < 40; i++) {
				var n = i;
				if (i == 20) {
					bad = pool.submit(() -> trail.append(new AuditEntry.Draft(Instant.now(), "ADMIN", tooLong, "tester",
							null, null, null, null)));
				}
				good.add(pool.submit(() -> append("test.beside." + n)));
			}
			assertThatThrownBy(bad::get).hasCauseInstanceOf(DataAccessException.class);
			for (var f : good) {
				assertThat(f.get().seq()).isPositive();
			}
		}
		finally {
			pool.shutdownNow();
		}
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
