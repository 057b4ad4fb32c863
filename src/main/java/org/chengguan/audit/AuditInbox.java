package org.chengguan.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit records of a transaction are written in that transaction: an action and its record commit together, and
 * nothing is left to a listener after the commit. One writer then chains them into the trail in batches, after each
 * commit that wrote some and every few seconds for those another instance or a crash left behind (issue 14: this
 * replaced a listener per event tracked by the event publication registry, three statements and two commits each).
 */
@Component
class AuditInbox implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(AuditInbox.class);

	static final String COLUMNS = "occurred_at, category, action, actor, target, remote_address, before_state, "
			+ "after_state";

	/** At most this many records per transaction of the writer. */
	static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	private final AuditTrail trail;

	private final TransactionTemplate separately;

	private final int batchSize;

	private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
		var thread = new Thread(task, "audit-chain");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean wanted = new AtomicBoolean();

	@Autowired
	AuditInbox(DataSource dataSource, PlatformTransactionManager transactions, AuditTrail trail) {
		this(dataSource, transactions, trail, BATCH);
	}

	AuditInbox(DataSource dataSource, PlatformTransactionManager transactions, AuditTrail trail, int batchSize) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.trail = trail;
		this.batchSize = batchSize;
	}

	/**
	 * Writes the record in the current transaction (or on its own without one); chained once that commits. A
	 * read-only transaction (a person's data read unmasked) writes nothing else: its record is written on its own,
	 * before the data is shown.
	 */
	void put(AuditEntry.Draft draft) {
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			separately.executeWithoutResult(tx -> put(draft));
			return;
		}
		jdbc.update("insert into audit_inbox (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)",
				Timestamp.from(draft.occurredAt()), draft.category(), draft.action(), draft.actor(), draft.target(),
				draft.remoteAddress(), draft.before(), draft.after());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					signal();
				}
			});
		}
		else {
			signal();
		}
	}

	/**
	 * Asks the writer to chain what is waiting. Signals while it is busy coalesce into one more run, which starts
	 * after the running one and so sees every record committed before the signal.
	 */
	void signal() {
		if (wanted.compareAndSet(false, true)) {
			writer.execute(() -> {
				wanted.set(false);
				try {
					drain();
				}
				catch (RuntimeException ex) {
					// Kept in the inbox: the next commit or sweep chains it.
					log.warn("Audit records wait in the inbox: {}", ex.getMessage());
				}
			});
		}
	}

	/** Chains everything in the inbox now, in batches; how many records. */
	int drain() {
		var chained = 0;
		for (int n; (n = trail.chainInbox(batchSize)) > 0;) {
			chained += n;
		}
		return chained;
	}

	/** What another instance or a crash left behind (the writer runs after every commit that wrote records). */
	@Scheduled(initialDelayString = "PT5S", fixedDelayString = "${chengguan.audit.sweep-interval:PT10S}")
	@SchedulerLock(name = "audit-inbox-sweep", lockAtMostFor = "PT1M")
	void sweep() {
		signal();
	}

	@Override
	public void destroy() throws InterruptedException {
		writer.shutdown();
		writer.awaitTermination(10, TimeUnit.SECONDS);
	}

	static AuditEntry.Draft draft(ResultSet rs) throws SQLException {
		return new AuditEntry.Draft(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("category"), rs.getString("action"), rs.getString("actor"), rs.getString("target"),
				rs.getString("remote_address"), rs.getString("before_state"), rs.getString("after_state"));
	}
}
