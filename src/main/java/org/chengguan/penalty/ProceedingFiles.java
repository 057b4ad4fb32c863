package org.chengguan.penalty;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.chengguan.evidence.EvidenceManagement;
import org.chengguan.evidence.EvidenceSource;
import org.chengguan.evidence.Upload;
import org.chengguan.staff.Actor;
import org.springframework.stereotype.Component;

/** The files that come with a record or a service attempt, stored as evidence in the caller's transaction. */
@Component
class ProceedingFiles {

	private final EvidenceManagement evidence;

	ProceedingFiles(EvidenceManagement evidence) {
		this.evidence = evidence;
	}

	/** The stored files' ids; refused as a whole when there are too many or one is not accepted. */
	List<Long> store(List<Upload> files, Actor actor) {
		if (files.size() > EvidenceManagement.MAX_PHOTOS) {
			throw new PenaltyTransitionException("penalty.error.tooManyFiles");
		}
		var ids = new ArrayList<Long>();
		for (var file : files) {
			try (var in = file.content().getInputStream()) {
				ids.add(Objects.requireNonNull(
						evidence.store(in, file.name(), new EvidenceSource("PENALTY", null, actor.username())).getId()));
			}
			catch (IOException ex) {
				throw new PenaltyTransitionException("evidence.rejected.unreadable");
			}
		}
		return ids;
	}
}
