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
@Import({ AuditTrail.class, AuditInbox.class, AuditTrailTests.Config.class })
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
	AuditInbox inbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DataSource dataSource;

	/** Writes a record into the inbox as a module's transaction would, chains the inbox, and reads the entry back. */
	Link append(String action) {
		inbox.put(new AuditEntry.Draft(Instant.now(), "ADMIN", action, "tester", "test:1", "127.0.0.1", "before",
				"after"));
		inbox.drain();
		return link(action);
	}

	/** Where an entry sits in the chain. */
	record Link(long seq, String prevHash, String hash) {
	}

	Link link(String action) {
		return jdbc.queryForObject("select seq, prev_hash, hash from audit_entry where action = ?",
				(rs, i) -> new Link(rs.getLong(1), rs.getString(2), rs.getString(3)), action);
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
	@ValueSource(ints = { AuditInbox.BATCH, 3 })
	void recordsWrittenConcurrentlyAreChainedInBatchesIntoOneLinearChain(int batchSize) throws Exception {
		var inbox = new AuditInbox(dataSource, transactions, trail, batchSize);
		var before = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
		var pool = Executors.newFixedThreadPool(16);
		try {
			var writes = new ArrayList<Future<?>>();
			for (var i = 0; i < 320; i++) {
				var n = i;
				writes.add(pool.submit(() -> inbox.put(new AuditEntry.Draft(Instant.now(), "ADMIN",
						"test.concurrent." + batchSize + "." + n, "tester", null, null, null, null))));
				if (i % 40 == 0) {
					writes.add(pool.submit(inbox::drain));
				}
			}
			for (var f : writes) {
				f.get();
			}
			inbox.drain();
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.queryForObject("select count(*) from audit_inbox where action like ?", Long.class,
				"test.concurrent." + batchSize + ".%")).isZero();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(before + 320);
		assertThat(jdbc.queryForObject("select count(distinct action) from audit_entry where action like ?", Long.class,
				"test.concurrent." + batchSize + ".%")).isEqualTo(320);
		assertThat(jdbc.queryForObject("select max(seq) - min(seq) + 1 = count(*) from audit_entry", Boolean.class))
			.isTrue();
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void aRecordThatDoesNotFitFailsItsOwnTransactionAndLeavesNothingInTheInbox() {
		var template = new TransactionTemplate(transactions);
		assertThatThrownBy(() -> template.executeWithoutResult(tx -> {
			inbox.put(new AuditEntry.Draft(Instant.now(), "ADMIN", "test.sameTransaction", "tester", null, null, null,
					null));
			inbox.put(new AuditEntry.Draft(Instant.now(), "ADMIN", "x".repeat(10_000), "tester", null, null, null,
					null));
		})).isInstanceOf(DataAccessException.class);
		assertThat(jdbc.queryForObject("select count(*) from audit_inbox where action = 'test.sameTransaction'",
				Long.class)).isZero();
		var beside = append("test.beside");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'test.sameTransaction'",
				Long.class)).isZero();
		assertThat(beside.seq()).isPositive();
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void aRecordIsChainedOnlyOnceItsTransactionCommits() {
		var template = new TransactionTemplate(transactions);
		template.executeWithoutResult(tx -> {
			inbox.put(new AuditEntry.Draft(Instant.now(), "ADMIN", "test.rolledBack", "tester", null, null, null,
					null));
			tx.setRollbackOnly();
		});
		template.executeWithoutResult(tx -> inbox.put(new AuditEntry.Draft(Instant.now(), "ADMIN", "test.committed",
				"tester", null, null, null, null)));
		inbox.drain();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'test.rolledBack'", Long.class))
			.isZero();
		assertThat(link("test.committed").seq()).isPositive();
	}

	@Test
	void aReadOnlyTransactionHasItsRecordWrittenOnItsOwn() {
		var template = new TransactionTemplate(transactions);
		template.setReadOnly(true);
		template.executeWithoutResult(tx -> inbox.put(new AuditEntry.Draft(Instant.now(), "PRIVACY", "test.readOnly",
				"tester", null, null, null, null)));
		inbox.drain();
		assertThat(link("test.readOnly").seq()).isPositive();
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
