package org.chengguan.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.chengguan.penalty.ClosedFileManagement;
import org.chengguan.staff.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 案卷评查: a random sample of the files closed in a period (none sampled twice), and each file's review by someone who
 * did not work the case.
 */
@Service
@Transactional(readOnly = true)
public class ReviewManagement {

	static final String REVIEWER = "hasAuthority('penalty:approve:legal')";

	/** The most files one sample may hold. */
	static final int MOST = 50;

	private final ReviewBatchRepository batches;

	private final ReviewFileRepository files;

	private final ClosedFileManagement closed;

	private final Clock clock;

	private final Random random;

	ReviewManagement(ReviewBatchRepository batches, ReviewFileRepository files, ClosedFileManagement closed,
			Clock clock) {
		this.batches = batches;
		this.files = files;
		this.closed = closed;
		this.clock = clock;
		this.random = new java.security.SecureRandom();
	}

	/** Draws up to {@code size} files closed in the period and not sampled before, at random. */
	@Transactional
	@PreAuthorize(REVIEWER)
	public ReviewBatch draw(LocalDate from, LocalDate to, int size, Actor by) {
		if (to.isBefore(from) || size < 1 || size > MOST) {
			throw new ReviewRuleException("review.error.sample");
		}
		var candidates = new ArrayList<>(closed.closedBetween(from, to)
			.stream()
			.filter(f -> !files.existsByProceedingId(f.proceedingId()))
			.toList());
		if (candidates.isEmpty()) {
			throw new ReviewRuleException("review.error.none");
		}
		Collections.shuffle(candidates, random);
		var batch = batches.save(new ReviewBatch(from, to, size, by.username(), clock.instant()));
		candidates.subList(0, Math.min(size, candidates.size()))
			.forEach(file -> files.save(new ReviewFile(batch.getId(), file)));
		return batch;
	}

	/** The review of a sampled file, by someone who did not work its case. */
	@Transactional
	@PreAuthorize(REVIEWER)
	public void review(long fileId, long version, Map<Criterion, Integer> scores, String findings, Actor by) {
		var file = files.findById(fileId).orElseThrow(() -> new ReviewNotFoundException(fileId));
		if (file.getVersion() != version) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(ReviewFile.class, fileId);
		}
		// 评查人员不得评查本人承办的案件
		if (closed.closedFile(file.getProceedingId()).filter(f -> f.workedBy(by.id())).isPresent()) {
			throw new ReviewRuleException("review.error.ownCase");
		}
		file.review(scores, findings, by.id(), by.name(), clock.instant());
		files.save(file);
	}

	/** The latest samples, newest first. */
	public List<ReviewBatch> batches() {
		return batches.findTop50ByOrderByDrawnAtDescIdDesc();
	}

	public ReviewBatch batch(long id) {
		return batches.findById(id).orElseThrow(() -> new ReviewNotFoundException(id));
	}

	public List<ReviewFile> filesOf(long batchId) {
		return files.findByBatchIdOrderByIdAsc(batchId);
	}

	/** The files of these batches, for their counts and averages. */
	public List<ReviewFile> filesOf(List<ReviewBatch> of) {
		return of.isEmpty() ? List.of() : files.findByBatchIdIn(of.stream().map(ReviewBatch::getId).toList());
	}

	public ReviewFile file(long id) {
		return files.findById(id).orElseThrow(() -> new ReviewNotFoundException(id));
	}
}
