package org.chengguan.penalty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.chengguan.staff.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 裁量基准 as the 法制股 keeps them: every version readable, new entries and revisions from a date on. A revision is a
 * new version; the proceedings that used the old one keep it.
 */
@Service
@Transactional(readOnly = true)
public class BenchmarkManagement {

	/** 法制股: the legal reviewers keep the benchmarks. */
	static final String LEGAL_SECTION = "hasAuthority('penalty:approve:legal')";

	private final BenchmarkRepository entries;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BenchmarkManagement(BenchmarkRepository entries, ApplicationEventPublisher events, Clock clock) {
		this.entries = entries;
		this.events = events;
		this.clock = clock;
	}

	/** Every version of every entry, by code and version. */
	public List<BenchmarkEntry> allVersions() {
		return entries.findAllVersions();
	}

	/** The entries valid on a day, one version of each code. */
	public List<BenchmarkEntry> validOn(LocalDate day) {
		return entries.findAllVersions().stream().filter(e -> e.isValidOn(day)).toList();
	}

	public Optional<BenchmarkEntry> find(long id) {
		return entries.findWithLevels(id);
	}

	/** A new entry (version 1) valid from a day; refused with {@link BenchmarkRuleException}. */
	@Transactional
	@PreAuthorize(LEGAL_SECTION)
	public BenchmarkEntry create(String code, BenchmarkTerms terms, LocalDate validFrom, Actor by) {
		var normalised = code.strip().toUpperCase(Locale.ROOT);
		if (!normalised.matches("[A-Z0-9-]{3,20}")) {
			throw new BenchmarkRuleException("penalty.benchmark.error.code");
		}
		if (entries.existsByCode(normalised)) {
			throw new BenchmarkRuleException("penalty.benchmark.error.codeTaken");
		}
		var entry = entries.save(BenchmarkEntry.of(normalised, 1, terms, validFrom, by.username(), clock.instant()));
		events.publishEvent(new PenaltyEvents.BenchmarkPublished(entry.getCode(), entry.getVersion(),
				entry.getValidFrom(), by.username(), clock.instant()));
		return entry;
	}

	/** The next version of an entry from a day on; the current one ends the day before. */
	@Transactional
	@PreAuthorize(LEGAL_SECTION)
	public BenchmarkEntry revise(String code, BenchmarkTerms terms, LocalDate from, Actor by) {
		var latest = entries.lockLatest(code)
			.orElseThrow(() -> new BenchmarkRuleException("penalty.benchmark.error.unknown"));
		var next = entries.save(latest.revise(terms, from, by.username(), clock.instant()));
		events.publishEvent(new PenaltyEvents.BenchmarkPublished(next.getCode(), next.getVersion(), next.getValidFrom(),
				by.username(), clock.instant()));
		return next;
	}
}
