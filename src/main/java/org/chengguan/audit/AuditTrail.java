package org.chengguan.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.chengguan.audit.AuditChain.Break;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Appends to the hash chain, pages through it, and verifies it. */
@Service
public class AuditTrail {

	/** pg_advisory_xact_lock key: one appender at a time, so sequence and chain stay linear across instances. */
	private static final long CHAIN_LOCK = 0x41554449544c4bL;

	private static final String COLUMNS = "seq, occurred_at, recorded_at, category, action, actor, target, "
			+ "remote_address, before_state, after_state, prev_hash, hash";

	/** At most this many entries per transaction. */
	static final int BATCH = 500;

	private final int batchSize;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();

	private final ReentrantLock writer = new ReentrantLock();

	@Autowired
	AuditTrail(DataSource dataSource, Clock clock, PlatformTransactionManager transactions) {
		this(dataSource, clock, transactions, BATCH);
	}

	AuditTrail(DataSource dataSource, Clock clock, PlatformTransactionManager transactions, int batchSize) {
		this.batchSize = batchSize;
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(1000);
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The outcome of a verification run. */
	public record Verification(long checked, @Nullable Break firstBreak) {

		public boolean intact() {
			return firstBreak == null;
		}
	}

	/**
	 * Appends one entry and returns it once it is committed. Appends are group-committed: callers queue their draft,
	 * and whoever holds the writer writes everything queued so far in one transaction (one chain lock, one read of the
	 * chain's end, one batch insert), so concurrent callers neither queue up for the database lock while holding a
	 * connection each nor pay a commit each. A draft the database refuses fails its own caller only (the event
	 * registry retries that listener).
	 */
	AuditEntry append(AuditEntry.Draft draft) {
		var pending = new Pending(draft, new CompletableFuture<>());
		queue.add(pending);
		// A batch takes the oldest drafts first, so this one may need the writer more than once.
		while (!pending.done().isDone()) {
			writer.lock();
			try {
				if (!pending.done().isDone()) {
					writeQueued();
				}
			}
			finally {
				writer.unlock();
			}
		}
		try {
			return pending.done().join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
	}

	private record Pending(AuditEntry.Draft draft, CompletableFuture<AuditEntry> done) {
	}

	private void writeQueued() {
		var batch = new ArrayList<Pending>();
		for (Pending next; batch.size() < batchSize && (next = queue.poll()) != null;) {
			batch.add(next);
		}
		try {
			var written = transaction.execute(tx -> write(batch.stream().map(Pending::draft).toList()));
			for (var i = 0; i < batch.size(); i++) {
				batch.get(i).done().complete(Objects.requireNonNull(written).get(i));
			}
		}
		catch (RuntimeException ex) {
			if (batch.size() == 1) {
				batch.get(0).done().completeExceptionally(ex);
				return;
			}
			// One bad draft must not fail the others: each on its own.
			for (var one : batch) {
				try {
					one.done().complete(Objects.requireNonNull(transaction.execute(tx -> write(List.of(one.draft()))))
						.get(0));
				}
				catch (RuntimeException failed) {
					one.done().completeExceptionally(failed);
				}
			}
		}
	}

	private List<AuditEntry> write(List<AuditEntry.Draft> drafts) {
		jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, CHAIN_LOCK);
		var last = jdbc.query("select seq, hash from audit_entry order by seq desc limit 1",
				(rs, i) -> new Object[] { rs.getLong(1), rs.getString(2) });
		var seq = last.isEmpty() ? 0 : (long) last.get(0)[0];
		var prev = last.isEmpty() ? AuditChain.GENESIS : (String) last.get(0)[1];
		var recorded = micros(clock.instant());
		var entries = new ArrayList<AuditEntry>();
		for (var draft : drafts) {
			seq++;
			var occurred = micros(draft.occurredAt());
			var hash = AuditChain.hash(seq, prev, occurred, recorded, draft.category(), draft.action(), draft.actor(),
					draft.target(), draft.remoteAddress(), draft.before(), draft.after());
			entries.add(new AuditEntry(seq, occurred, recorded, draft.category(), draft.action(), draft.actor(),
					draft.target(), draft.remoteAddress(), draft.before(), draft.after(), prev, hash));
			prev = hash;
		}
		jdbc.batchUpdate("insert into audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				entries.stream()
					.map(e -> new Object[] { e.seq(), Timestamp.from(e.occurredAt()), Timestamp.from(e.recordedAt()),
							e.category(), e.action(), e.actor(), e.target(), e.remoteAddress(), e.before(), e.after(),
							e.prevHash(), e.hash() })
					.toList());
		return entries;
	}

	/** Newest first, keyset-paged: entries with {@code seq} below {@code before} (none = from the newest). */
	@PreAuthorize("hasAuthority('audit:view')")
	@Transactional(readOnly = true)
	public List<AuditEntry> page(@Nullable Long before, String actor, int size) {
		return jdbc.query("select " + COLUMNS + " from audit_entry where seq < ? and (? = '' or actor = ?) "
				+ "order by seq desc limit ?", AuditTrail::map, before == null ? Long.MAX_VALUE : before, actor, actor,
				size);
	}

	/**
	 * Recomputes the whole chain in order and names the first entry that does not fit; the result is recorded, so that
	 * every instance reports the latest verification as a metric.
	 */
	@Transactional
	public Verification verify() {
		var verifier = new AuditChain.Verifier();
		jdbc.query("select " + COLUMNS + " from audit_entry order by seq",
				(RowCallbackHandler) rs -> verifier.accept(map(rs, 0)));
		var result = new Verification(verifier.checked(), verifier.firstBreak().orElse(null));
		jdbc.update("insert into audit_verification (verified_at, checked, intact, broken_seq) values (now(), ?, ?, ?)",
				result.checked(), result.intact(), result.firstBreak() == null ? null : result.firstBreak().seq());
		return result;
	}

	private static AuditEntry map(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("seq"), instant(rs, "occurred_at"), instant(rs, "recorded_at"),
				rs.getString("category"), rs.getString("action"), rs.getString("actor"), rs.getString("target"),
				rs.getString("remote_address"), rs.getString("before_state"), rs.getString("after_state"),
				rs.getString("prev_hash"), rs.getString("hash"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	/** PostgreSQL keeps microseconds: hash exactly what is stored. */
	private static Instant micros(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}
}
