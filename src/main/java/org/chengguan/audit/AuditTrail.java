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

import javax.sql.DataSource;

import org.chengguan.audit.AuditChain.Break;
import org.jspecify.annotations.Nullable;
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

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final TransactionTemplate transaction;

	AuditTrail(DataSource dataSource, Clock clock, PlatformTransactionManager transactions) {
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
	 * Chains the oldest records of the inbox — at most {@code limit} — into the trail and removes them from the inbox,
	 * in one transaction under the chain's lock (so that two instances never chain the same record); how many.
	 */
	int chainInbox(int limit) {
		return Objects.requireNonNull(transaction.execute(tx -> {
			jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, CHAIN_LOCK);
			var ids = new ArrayList<Long>();
			var drafts = jdbc.query("select id, " + AuditInbox.COLUMNS + " from audit_inbox order by id limit ?",
					(rs, i) -> {
						ids.add(rs.getLong("id"));
						return AuditInbox.draft(rs);
					}, limit);
			if (drafts.isEmpty()) {
				return 0;
			}
			write(drafts);
			jdbc.update("delete from audit_inbox where id = any(?)", (Object) ids.toArray(Long[]::new));
			return drafts.size();
		}));
	}

	/** Appends the drafts after the chain's end; the caller holds the chain's lock. */
	private void write(List<AuditEntry.Draft> drafts) {
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
